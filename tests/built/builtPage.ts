/**
 * A page of the built site as a document, read and parsed once per test file. Tests look up the same
 * page once per record (observation, target …); parsing it again each time makes a test file's time grow
 * with records × page size. Loops over every page should parse each file directly instead, so that the
 * whole site is not held in memory.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { expect } from "vitest";

const parsed = new Map<string, ReturnType<typeof parseHTML>["document"]>();

/** `path` is a site path such as "/en/indicators/pm25/"; the page must exist in `dist`. */
export function builtPage(dist: string, path: string) {
  const file = join(dist, path, "index.html");
  let doc = parsed.get(file);
  if (!doc) {
    expect(existsSync(file), `${path} was not built`).toBe(true);
    doc = parseHTML(readFileSync(file, "utf-8")).document;
    parsed.set(file, doc);
  }
  return doc;
}
