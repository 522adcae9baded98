import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GLOSSARY_FILE, loadGlossary } from "../../src/data/glossary.ts";
import { DataValidationError, formatIssue } from "../../src/data/issue.ts";
import { statusTerms } from "../../src/i18n/terms.ts";
import { statusCodes } from "../../src/status/computeStatus.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Json = { entries: Record<string, unknown>[] };
const real = (): Json => JSON.parse(readFileSync(GLOSSARY_FILE, "utf8")) as Json;

/** The real glossary with `edit` applied, written to a temporary file; returns the reported problems. */
function problemsAfter(edit: (g: Json) => void): string[] {
  const g = real();
  edit(g);
  const dir = mkdtempSync(join(tmpdir(), "zj-glossary-"));
  dirs.push(dir);
  const path = join(dir, "glossary.json");
  writeFileSync(path, JSON.stringify(g, null, 2));
  try {
    loadGlossary(path);
  } catch (e) {
    if (e instanceof DataValidationError) return e.issues.map((i) => formatIssue({ ...i, file: "glossary.json" }));
    throw e;
  }
  return [];
}
const entry = (g: Json, id: string) => g.entries.find((e) => e["id"] === id)!;

describe("the glossary", () => {
  it("loads, and explains every status with the label the site shows", () => {
    const entries = loadGlossary();
    for (const code of statusCodes) {
      const e = entries.find((x) => x.status === code);
      expect(e?.zh).toBe(statusTerms[code].zh);
      expect(e?.en).toBe(statusTerms[code].en);
    }
  });

  it("holds the fixed English terms the translation relies on", () => {
    const en = Object.fromEntries(loadGlossary().map((e) => [e.zh, e.en]));
    expect(en).toMatchObject({
      约束性: "binding",
      预期性: "expected",
      国家下达指标: "set by the national government",
      统计口径: "statistical caliber",
      原发布页: "original publication",
      转载页: "reprint",
      专栏: "box",
      设区市: "prefecture-level city",
      省控断面: "provincially monitored section",
      国省控断面: "nationally and provincially monitored sections",
      "目标值未公开（国家下达）": "Target value not published (set by the national government)",
    });
  });

  it("reports an empty explanation with file, line, entry, field and rule", () => {
    const problems = problemsAfter((g) => (entry(g, "box")["explain_en"] = ""));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^glossary\.json:\d+ column "entries\[\d+\] \(box\)\.explain_en" = "": explain_en must not be empty \[rule: too_small\]$/);
  });

  it("refuses unknown fields and a missing alias list", () => {
    const problems = problemsAfter((g) => {
      entry(g, "box")["explain"] = "x";
      delete entry(g, "reprint")["aliases_zh"];
    });
    expect(problems.join("\n")).toContain("(box)");
    expect(problems.join("\n")).toContain("unknown field(s) explain");
    expect(problems.join("\n")).toContain("(reprint).aliases_zh");
  });

  it("refuses a term that would lead to two entries", () => {
    const problems = problemsAfter((g) => (entry(g, "reprint")["aliases_zh"] = ["口径"]));
    expect(problems).toEqual([expect.stringContaining(`"口径" already belongs to the entry "caliber"`)]);
  });

  it("refuses a status entry whose words differ from the status label, and a status left unexplained", () => {
    const problems = problemsAfter((g) => {
      entry(g, "status-pending-assignment")["zh"] = "目标待国家下达";
      g.entries = g.entries.filter((e) => e["id"] !== "status-met");
    });
    expect(problems.join("\n")).toContain(`column "status-pending-assignment.zh" = "目标待国家下达": must equal the site's label "目标值未公开（国家下达）"`);
    expect(problems.join("\n")).toContain(`no entry explains the status "met"`);
  });

  it("reports broken JSON as one problem instead of crashing", () => {
    const dir = mkdtempSync(join(tmpdir(), "zj-glossary-"));
    dirs.push(dir);
    writeFileSync(join(dir, "g.json"), "{ entries: [");
    expect(() => loadGlossary(join(dir, "g.json"))).toThrow(/is not valid JSON/);
  });
});
