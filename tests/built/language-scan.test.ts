/**
 * The language split of every built page: no Chinese outside lang="zh-CN" on English pages, no
 * English prose or repository path outside lang="en" on Chinese pages (rules in
 * src/i18n/languageScan.ts), except the findings listed with a reason in language-scan-allow.txt.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlFiles, sitePath } from "../../scripts/dist-pages.ts";
import { scanLanguage, type LanguageFinding } from "../../src/i18n/languageScan.ts";

const dist = join(process.cwd(), "dist");
const ALLOW_FILE = join(import.meta.dirname, "language-scan-allow.txt");

interface Allowance {
  readonly line: number;
  readonly rule: string;
  readonly contains: string;
}

function allowances(): Allowance[] {
  return readFileSync(ALLOW_FILE, "utf8")
    .split("\n")
    .map((text, index) => ({ text, line: index + 1 }))
    .filter(({ text }) => text.trim() !== "" && !text.startsWith("#"))
    .map(({ text, line }) => {
      const [rule, contains, reason] = text.split("\t");
      if (!rule || !contains || !reason) throw new Error(`language-scan-allow.txt:${line}: expected rule<TAB>text<TAB>reason`);
      return { line, rule, contains };
    });
}

describe("language split of the built site", () => {
  const allowed = allowances();
  const used = new Set<number>();
  const problems: string[] = [];
  let pages = 0;
  for (const file of htmlFiles(dist)) {
    const path = sitePath(dist, file);
    const locale = path === "/en/" || path.startsWith("/en/") ? "en" : "zh";
    pages += 1;
    for (const finding of scanLanguage(readFileSync(file, "utf8"), locale)) {
      const allowance = allowed.find((a) => a.rule === finding.rule && finding.text.includes(a.contains));
      if (allowance) used.add(allowance.line);
      else problems.push(describe_(path, finding));
    }
  }

  it("scans every page", () => {
    expect(pages).toBeGreaterThan(100);
  });

  it("has no Chinese outside lang=zh-CN on English pages and no English prose or file path outside lang=en on Chinese pages", () => {
    expect(problems).toEqual([]);
  });

  it("lists in the allow-list only findings that still occur", () => {
    expect(allowed.filter((a) => !used.has(a.line)).map((a) => `line ${a.line}: ${a.contains}`)).toEqual([]);
  });
});

function describe_(path: string, f: LanguageFinding): string {
  return `${path} ${f.where} [${f.rule}]: ${f.text.length > 120 ? `${f.text.slice(0, 117)}…` : f.text}`;
}
