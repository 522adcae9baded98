/**
 * The ZIP holds every file of the release byte for byte at its root (datapackage.json at the root, as
 * Frictionless needs), its own SHA256SUMS, README, licence and CITATION.cff; fixed timestamps.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { release, utf8 } from "./export-support.ts";

const { files } = await release();
const zip = files.get("zj-eco-tracker.zip")!;
const entries = unzipSync(zip);

describe("ZIP", () => {
  it("holds every other file of the release, byte for byte, at its root, datapackage.json and CITATION.cff included", () => {
    const names = Object.keys(entries);
    expect(names).toContain("datapackage.json");
    expect(names).toContain("CITATION.cff");
    expect(names.filter((n) => n.includes("/")).every((n) => n.startsWith("by-indicator/"))).toBe(true);
    const inside = [...names].sort();
    const expected = [...files.keys()].filter((p) => p !== "zj-eco-tracker.zip").sort();
    expect(inside).toEqual(expected); // SHA256SUMS inside is the ZIP's own (see below)
    for (const path of expected) {
      if (path === "SHA256SUMS") continue;
      expect(Buffer.compare(Buffer.from(entries[path]!), Buffer.from(files.get(path)!)), path).toBe(0);
    }
  });

  it("its SHA256SUMS verifies every other entry (as sha256sum -c would)", () => {
    const lines = utf8(entries[`SHA256SUMS`]!).trimEnd().split("\n");
    const listed = new Map(lines.map((l) => [l.slice(66), l.slice(0, 64)]));
    expect(lines.every((l) => /^[0-9a-f]{64}  \S/.test(l))).toBe(true);
    const others = Object.keys(entries).filter((n) => n !== `SHA256SUMS`);
    expect([...listed.keys()].sort()).toEqual([...others].sort());
    for (const n of others) expect(listed.get(n), n).toBe(createHash("sha256").update(entries[n]!).digest("hex"));
  });

  it("carries the README (Chinese and English) and the CC BY 4.0 legal code", () => {
    const readme = utf8(entries[`README.zh-en.md`]!);
    for (const phrase of ["CC BY 4.0", "SHA256SUMS", "浙发改规划〔2021〕204号", "How to cite", "如何引用", "GB/T 7714", "APA", "@misc{"]) expect(readme).toContain(phrase);
    expect(utf8(entries[`LICENSE.txt`]!)).toBe(readFileSync(join(process.cwd(), "LICENSE-DATA.txt"), "utf-8"));
  });

  it("stamps every entry with the release date (DOS date in each local header), not the time it was built", () => {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let offset = 0;
    let count = 0;
    while (view.getUint32(offset, true) === 0x04034b50) {
      const date = view.getUint16(offset + 12, true);
      const time = view.getUint16(offset + 10, true);
      expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31, time]).toEqual([2025, 7, 1, 0]);
      const compressed = view.getUint32(offset + 18, true);
      offset += 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true) + compressed;
      count++;
    }
    expect(count).toBe(Object.keys(entries).length);
  });
});
