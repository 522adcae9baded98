/**
 * Errata: every reviewed erratum matches its line in the untouched source and shows up in the
 * output; an erratum whose original text is not at its line makes the import fail.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildPlan } from "../../src/plan/build.ts";
import { applyErrata, ErrataError, parseErrata, type Erratum } from "../../src/plan/errata.ts";
import { ERRATA_PATH, readErrataJson, readSource, renderAll, runImport, removeTempDirs, SOURCE_PATH, sourceLines, squeeze, tempDir } from "./plan-support.ts";

const SOURCE_SHA256 = "540db44f8c1bb2c7d4fc774f80ef5116a5ede3581724ecd9d2dbf1d4ca2ef972";

describe("plan errata", () => {
  afterAll(removeTempDirs);
  const raw = readErrataJson();
  const errata = parseErrata(raw);

  it("the source copy is the received file, byte for byte (SHA-256 recorded in the README)", () => {
    expect(createHash("sha256").update(readFileSync(SOURCE_PATH)).digest("hex")).toBe(SOURCE_SHA256);
    expect(readFileSync(join(SOURCE_PATH, "..", "README.md"), "utf8")).toContain(SOURCE_SHA256);
  });

  it("each erratum has a unique sequential id and a reason", () => {
    expect(errata.map((e) => e.id)).toEqual(errata.map((_, i) => `E${String(i + 1).padStart(2, "0")}`));
    for (const e of errata) expect(e.reason.length).toBeGreaterThan(20);
  });

  it("each erratum's original text occurs exactly once on its line of the untouched source", () => {
    const lines = sourceLines();
    for (const e of raw) expect((lines[e.line - 1] ?? "").split(e.original).length - 1, e.id).toBe(1);
  });

  it("includes the three ' and ' → 和 repairs the source README lists", () => {
    const andFixes = errata.filter((e) => / and /.test(e.original) && e.replacement === e.original.replace(" and ", "和"));
    expect(andFixes).toHaveLength(3);
  });

  it("each repair is visible in the generated text", () => {
    const { text } = renderAll();
    for (const e of errata) expect(text, e.id).toContain(squeeze(e.replacement.replaceAll("**", "")));
  });

  it("fails when an erratum's original text is not at its line (in-memory errata)", () => {
    const source = readSource();
    expect(() => buildPlan(source, errata)).not.toThrow();
    const first = errata[0] as Erratum;
    const variants: { name: string; list: Erratum[] }[] = [
      { name: "line shifted", list: [{ ...first, line: first.line + 1 }, ...errata.slice(1)] },
      { name: "original changed", list: [{ ...first, original: `${first.original}X` }, ...errata.slice(1)] },
      { name: "line past the end", list: [...errata, { ...first, id: "E99", line: 10_000 }] },
      { name: "applied twice", list: [...errata, { ...first, id: "E99" }] },
    ];
    for (const variant of variants) {
      expect(() => buildPlan(source, variant.list), variant.name).toThrow(ErrataError);
    }
    expect(() => buildPlan(source, variants[0]?.list ?? [])).toThrow(new RegExp(`^${first.id}: expected`));
  });

  it("fails when the source changes under an erratum", () => {
    const lines = sourceLines();
    const first = errata[0] as Erratum;
    lines.splice(first.line - 2, 0, "插入的一行。"); // every later line moves down by one
    expect(() => applyErrata(lines, errata)).toThrow(ErrataError);
  });

  it("rejects malformed errata files", () => {
    const good = raw[0];
    expect(() => parseErrata({})).toThrow(ErrataError);
    expect(() => parseErrata([{ ...good, reason: "" }])).toThrow(/reason/);
    expect(() => parseErrata([{ ...good, extra: 1 }])).toThrow(/keys/);
    expect(() => parseErrata([good, good])).toThrow(/duplicate/);
    expect(() => parseErrata([{ ...good, line: 0 }])).toThrow(/line/);
  });

  it("the import script exits non-zero, names the erratum and writes nothing when an erratum does not match", () => {
    const dir = tempDir();
    const errataFile = join(dir, "errata.json");
    const edited = readErrataJson().map((e, i) => (i === 1 ? { ...e, line: e.line - 1 } : e));
    writeFileSync(errataFile, JSON.stringify(edited, null, 2));
    const out = join(dir, "out");
    const run = runImport(["--errata", errataFile, "--out-dir", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${edited[1]?.id}: expected`);
    expect(run.stderr).toContain("nothing written");
    expect(existsSync(out)).toBe(false);
    expect(existsSync(ERRATA_PATH)).toBe(true);
  });
});
