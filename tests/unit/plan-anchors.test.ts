/**
 * Anchors: unique, derived from the plan's numbering, listed in the committed manifest exactly as
 * the generator produces them now; the generator is deterministic; and the import refuses to
 * change or remove a committed id.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compareAnchors, isBreaking, parseManifest } from "../../src/plan/anchors.ts";
import { buildPlan } from "../../src/plan/build.ts";
import { parseErrata } from "../../src/plan/errata.ts";
import { GENERATED_MARKER } from "../../src/plan/mdx.ts";
import { generatedFiles, MANIFEST_PATH, PLAN_DIR, readErrataJson, readSource, renderAll, runImport, removeTempDirs, squeeze, tempDir } from "./plan-support.ts";

const ID = /^(?:plan-title|preamble-p\d+|ch\d+(?:-s\d+(?:-i\d+)?)?(?:-p\d+)?|box-\d+(?:-i\d+)?|table-\d+(?:-n\d+)?)$/;

function mdxIds(): { id: string; file: string }[] {
  return generatedFiles().flatMap((file) => [...file.content.matchAll(/ id="([^"]+)"/g)].map((m) => ({ id: m[1] ?? "", file: file.name })));
}

describe("plan anchors", () => {
  afterAll(removeTempDirs);
  const build = () => buildPlan(readSource(), parseErrata(readErrataJson()));
  const manifest = parseManifest(readFileSync(MANIFEST_PATH, "utf8"));

  it("every id in the MDX is unique and well-formed", () => {
    const ids = mdxIds().map((entry) => entry.id);
    expect(ids.length).toBeGreaterThan(150);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID);
  });

  it("every id's parent in the numbering precedes it (ch3-s2-p4 comes after ch3-s2, which comes after ch3)", () => {
    const seen = new Set<string>();
    for (const { id } of mdxIds()) {
      const parent = id.replace(/-(?:s|p|i|n)\d+$/, "");
      if (parent !== id && !parent.startsWith("preamble")) expect(seen.has(parent), `${id} after ${parent}`).toBe(true);
      seen.add(id);
    }
  });

  it("chapter ids and files follow the chapter numbers", () => {
    for (const { id, file } of mdxIds()) {
      const chapter = /^ch(\d+)/.exec(id)?.[1];
      if (chapter !== undefined) expect(file.startsWith(chapter.padStart(2, "0")), `${id} in ${file}`).toBe(true);
    }
  });

  it("the committed manifest lists exactly the MDX ids, in document order, with their files", () => {
    expect(manifest.map((entry) => ({ id: entry.id, file: entry.file }))).toEqual(mdxIds());
  });

  it("the committed manifest is byte-identical to what the generator produces now", () => {
    expect(readFileSync(MANIFEST_PATH, "utf8")).toBe(build().manifest);
  });

  it("each manifest excerpt is the beginning (20 characters) of the anchored element's rendered text", () => {
    const byId = new Map(renderAll().elements.flatMap((e) => (e.id === undefined ? [] : [[e.id, e] as const])));
    for (const entry of manifest) {
      const element = byId.get(entry.id);
      expect(element, entry.id).toBeDefined();
      const text = squeeze(element?.text ?? "");
      expect(text.startsWith(squeeze(entry.text)), `${entry.id}: "${entry.text}" vs "${text.slice(0, 30)}"`).toBe(true);
      expect(Array.from(entry.text).length).toBe(Math.min(20, Array.from(entry.text).length));
    }
    const kinds = Object.fromEntries(["chapter", "section", "subitem", "box", "box-item", "table", "table-note", "title"].map((k) => [k, 0]));
    for (const entry of manifest) if (entry.kind in kinds) kinds[entry.kind] = (kinds[entry.kind] ?? 0) + 1;
    expect(kinds).toMatchObject({ chapter: 4, box: 12, table: 2, title: 1 });
  });

  it("the generator is deterministic in memory", () => {
    const a = build();
    const b = build();
    expect(b.files).toEqual(a.files);
    expect(b.manifest).toBe(a.manifest);
  });

  it("the import script writes byte-identical files on every run, equal to the committed ones", () => {
    const first = tempDir();
    const second = tempDir();
    for (const dir of [first, second]) {
      const run = runImport(["--out-dir", dir]);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    }
    const committed = generatedFiles();
    expect(committed.map((f) => f.name)).toEqual(generatedFiles(first).map((f) => f.name));
    for (const file of committed) {
      const a = readFileSync(join(first, file.name));
      const b = readFileSync(join(second, file.name));
      expect(a.equals(b), file.name).toBe(true);
      expect(a.toString("utf8") === file.content, `${file.name} is up to date`).toBe(true);
      expect(file.content).toContain(GENERATED_MARKER);
      expect(file.content).toContain("npm run plan:import");
      expect(file.content).not.toMatch(/^\s*(import|export)\s/m);
    }
    expect(runImport(["--check"]).status).toBe(0);
  });

  it("compareAnchors flags vanished and changed ids but not additions", () => {
    const [first, second, ...rest] = manifest;
    if (first === undefined || second === undefined) throw new Error("manifest too short");
    const next = [first, { ...second, text: "something else" }, ...rest, { id: "ch9", kind: "chapter" as const, file: "09.mdx", text: "九、" }];
    const diff = compareAnchors([...manifest, { id: "gone", kind: "paragraph", file: "x.mdx", text: "x" }], next);
    expect(diff.vanished.map((e) => e.id)).toEqual(["gone"]);
    expect(diff.changed.map((c) => c.id)).toEqual([second.id]);
    expect(diff.added.map((e) => e.id)).toEqual(["ch9"]);
    expect(isBreaking(diff)).toBe(true);
    expect(isBreaking(compareAnchors(manifest, [...manifest, { id: "ch9", kind: "chapter", file: "09.mdx", text: "九、" }]))).toBe(false);
  });

  it("the import script refuses when a committed id would change or vanish, unless --update-anchors", () => {
    const dir = tempDir();
    const tampered = join(dir, "anchors.json");
    const original = readFileSync(MANIFEST_PATH, "utf8");
    // A manifest that promises an id the plan does not have, and a different text for ch3-s2-p4.
    const edited = original
      .replace('"anchors": [\n', '"anchors": [\n    {"id":"ch3-s2-p99","kind":"paragraph","file":"03-key-tasks.mdx","text":"不存在"},\n')
      .replace(/("id":"ch3-s2-p4","kind":"paragraph","file":"[^"]+","text":")[^"]*"/, '$1改过的文字"');
    expect(edited).not.toBe(original);
    writeFileSync(tampered, edited);
    const out = join(dir, "out");

    const refused = runImport(["--manifest", tampered, "--out-dir", out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("refusing to change or remove anchor ids");
    expect(refused.stderr).toContain("vanished: ch3-s2-p99");
    expect(refused.stderr).toContain("changed:  ch3-s2-p4");
    expect(existsSync(out)).toBe(false); // nothing written

    const accepted = runImport(["--manifest", tampered, "--out-dir", out, "--update-anchors"]);
    expect(accepted.status).toBe(0);
    expect(accepted.stdout).toContain("accepted anchor changes");
    expect(readFileSync(tampered, "utf8")).toBe(edited); // --out-dir never writes the manifest
  });

  it("the committed output directory holds only generated files", () => {
    for (const file of generatedFiles(PLAN_DIR)) expect(file.content.startsWith("---\nchapter: ")).toBe(true);
  });
});
