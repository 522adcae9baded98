/**
 * The English translation of the plan (content/plan-source/translation.en.json): complete or
 * knowingly pending, tied to the Chinese it was written from, its quotations verbatim, its terms
 * the glossary's, and rendered under the same anchors by the import.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGlossary } from "../../src/data/glossary.ts";
import { loadDataset } from "../../src/data/load.ts";
import { readPlanText } from "../../src/data/planQuotes.ts";
import { buildPlan } from "../../src/plan/build.ts";
import { parseErrata } from "../../src/plan/errata.ts";
import { parseTranslation, translationProblems, zhHash, type Translation } from "../../src/plan/translation.ts";
import { ERRATA_PATH, readSource, ROOT } from "./plan-support.ts";

const FILE = join(ROOT, "content", "plan-source", "translation.en.json");
const real = (): Translation => parseTranslation(readFileSync(FILE, "utf8"));
const zh = readPlanText().text;
const targets = loadDataset(join(ROOT, "data")).targets;

/** A copy of the real translation changed by `edit`. */
function edited(edit: (t: Translation) => void): Translation {
  const copy = structuredClone(real());
  edit(copy);
  return copy;
}
const rules = (t: Translation, chinese = zh) => translationProblems(chinese, t, targets).map((p) => `${p.rule} ${p.id}`);

describe("the committed translation", () => {
  const translation = real();

  it("has no problem: every anchor has English or is declared pending, no entry is stale or unknown, every quote is verbatim", () => {
    expect(translationProblems(zh, translation, targets).map((p) => p.message)).toEqual([]);
  });

  it("declares as pending exactly the anchors that still lack English (listed here when any are left)", () => {
    const lacking = [...zh.keys()].filter((id) => translation.entries[id] === undefined);
    expect(translation.pending).toEqual(lacking);
    expect(Object.keys(translation.entries).length + translation.pending.length).toBe(zh.size);
  });

  it("gives an English quote, found verbatim, for every target that quotes a translated paragraph", () => {
    const quoting = targets.filter((t) => t.quote_zh !== null && t.paragraph_id !== null && translation.entries[t.paragraph_id] !== undefined);
    expect(quoting.length).toBeGreaterThan(0);
    for (const t of quoting) {
      const entry = translation.entries[t.paragraph_id!]!;
      expect(entry.en.replaceAll("**", ""), t.id).toContain(entry.quotes[t.id]);
    }
  });

  it("has a version, a date and a note that it is unofficial", () => {
    expect(translation.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(translation.note).toMatch(/[Uu]nofficial/);
  });
});

describe("translation problems", () => {
  it("reports an entry that names no anchor", () => {
    const t = edited((t) => (t.entries["ch9-s1-p1"] = { zh_sha256: "0".repeat(64), en: "Nothing.", quotes: {} }));
    expect(rules(t)).toEqual(["unknown-anchor ch9-s1-p1"]);
  });

  it("reports English written from a Chinese text that has since changed", () => {
    const changed = new Map(zh);
    changed.set("ch4-s3-p1", `${zh.get("ch4-s3-p1")!}（改）`);
    expect(rules(real(), changed)).toEqual(["stale ch4-s3-p1"]);
  });

  it("reports an English quote that is not a substring of the English", () => {
    const t = edited((t) => (t.entries["ch2-s3-i1-p4"]!.quotes["fyp14-text-surface-water-good-95"] = "over 96%"));
    expect(rules(t)).toEqual(["quote-not-substring ch2-s3-i1-p4"]);
  });

  it("reports a missing English quote and a quote for a target that does not quote the paragraph", () => {
    const t = edited((t) => {
      t.entries["ch2-s3-i1-p4"]!.quotes = { "fyp14-t2-r1": "share" };
    });
    expect(rules(t).sort()).toEqual(["quote-missing ch2-s3-i1-p4", "quote-unknown-target ch2-s3-i1-p4"]);
  });

  it("names exactly the anchors that lack English and are not declared pending", () => {
    const t = edited((t) => {
      delete t.entries["ch4-s3-p1"];
      delete t.entries["ch4-s4"];
    });
    const problems = translationProblems(zh, t, targets);
    expect(problems.map((p) => p.rule)).toEqual(["missing"]);
    expect(problems[0]!.message).toBe("2 anchor(s) have no English and are not declared pending: ch4-s3-p1, ch4-s4");
  });

  it("reports a pending anchor that already has English", () => {
    const t = edited((t) => t.pending.push("ch4-s4"));
    expect(rules(t)).toEqual(["pending-mismatch ch4-s4"]);
  });
});

describe("fixed terms", () => {
  // Glossary entries that name the site's data labels rather than the plan's terms: their Chinese
  // forms are everyday words in the plan's prose.
  const NOT_PLAN_TERMS: Readonly<Record<string, string>> = {
    "lower-bound": "以上 is the plan's ordinary “or more / and above”; the entry explains the data flag",
    "progress-ratio": "its alias R is a Latin letter found inside codes such as CCER",
    provisional: "初步 is the plan's ordinary “initially, begin to”; the entry explains the data flag 初步数",
  };
  const fold = (s: string) => s.toLowerCase().replace(/[“”‘’"]/g, "");

  it("renders each glossary term that occurs in a paragraph's Chinese with the glossary's English (or a declared form)", () => {
    const translation = real();
    const terms = loadGlossary().filter((e) => e.status === undefined && NOT_PLAN_TERMS[e.id] === undefined);
    const misses: string[] = [];
    for (const [id, entry] of Object.entries(translation.entries)) {
      const chinese = zh.get(id)!;
      const english = fold(entry.en.replaceAll("**", ""));
      for (const term of terms) {
        const used = [term.zh, ...term.aliases_zh].find((form) => chinese.includes(form));
        if (used !== undefined && ![term.en, ...term.aliases_en].some((form) => english.includes(fold(form)))) {
          misses.push(`${id}: ${used} → “${term.en}”`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it("is checked on real occurrences (the glossary's plan terms do occur in translated paragraphs)", () => {
    const translation = real();
    const found = loadGlossary().filter((e) => Object.keys(translation.entries).some((id) => zh.get(id)!.includes(e.zh)));
    expect(found.map((e) => e.id)).toEqual(expect.arrayContaining(["binding", "expected", "caliber", "beautiful-zhejiang", "zero-waste-city"]));
  });
});

describe("the English chapters", () => {
  const errata = parseErrata(JSON.parse(readFileSync(ERRATA_PATH, "utf8")));
  const ch4 = readPlanText().text;
  const one = (en: string): Translation => ({
    note: "Unofficial.",
    version: "0.0.1",
    date: "2026-12-07",
    method: "test",
    pending: [],
    entries: { "ch4-s3-p1": { zh_sha256: zhHash(ch4.get("ch4-s3-p1")!), en, quotes: {} } },
  });

  it("put the English under the Chinese anchor id, with emphasis, and show untranslated text in Chinese with a note", () => {
    const file = buildPlan(readSource(), errata, one("Media will **publicise** the plan.")).filesEn.find((f) => f.name.startsWith("04-"))!;
    expect(file.content).toContain(`<p id="ch4-s3-p1">Media will <strong>publicise</strong> the plan.</p>`);
    expect(file.content).toContain(
      `<p id="ch4-s4-p1"><span lang="zh-CN">建立规划实施年度调度机制，完善规划实施的考核评估机制。`,
    );
    expect(file.content).toContain(`<span class="untranslated">(English translation not yet available)</span></p>`);
  });

  it("are not rendered from English whose Chinese has changed", () => {
    const stale = one("Media will publicise the plan.");
    stale.entries["ch4-s3-p1"]!.zh_sha256 = zhHash("别的文字");
    expect(() => buildPlan(readSource(), errata, stale)).toThrow(/ch4-s3-p1 changed after its English was written/);
  });
});
