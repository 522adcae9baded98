/**
 * Generic, mechanical normalisations of extraction artefacts, applied to every text line (table
 * cell lines excepted) after the errata. Each rule is named and documented; judgement calls belong
 * in errata.json instead. Emphasis markers (`**…**`) are kept here and turned into inline runs
 * by {@link parseInline}.
 */
import type { Inline } from "./model.ts";

export interface NormalisationRule {
  readonly name: string;
  readonly description: string;
  readonly apply: (line: string) => string;
}

const SUBSCRIPT: Readonly<Record<string, string>> = {
  "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
  "+": "₊", "-": "₋", "=": "₌", "(": "₍", ")": "₎",
  a: "ₐ", e: "ₑ", h: "ₕ", k: "ₖ", l: "ₗ", m: "ₘ", n: "ₙ", o: "ₒ", p: "ₚ", s: "ₛ", t: "ₜ", x: "ₓ",
  // There is no subscript full stop; PM₂.₅ is the conventional spelling.
  ".": ".",
};

function subscript(text: string): string {
  return Array.from(text, (ch) => {
    const mapped = SUBSCRIPT[ch];
    if (mapped === undefined) throw new Error(`normalise: no Unicode subscript for ${JSON.stringify(ch)} in _{${text}}`);
    return mapped;
  }).join("");
}

/** Chinese full-width punctuation around which the extraction's spaces are dropped. */
export const FULL_WIDTH_PUNCTUATION = "，。、；：？！“”‘’（）《》〔〕【】「」『』";
const CJK = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";
const CJK_CLOSING = "”’）》〕】」』";

const HEADING_NUMERAL = "一二三四五六七八九十";

export const NORMALISATION_RULES: readonly NormalisationRule[] = [
  {
    name: "tex-subscript",
    description: "TeX-style subscripts after a Latin letter become Unicode subscripts: `PM_{2.5}` and `PM _{2.5}` → `PM₂.₅`, `NO_x` → `NOₓ`.",
    apply: (line) =>
      line
        .replace(/([A-Za-z]) ?_\{([^{}]+)\}/g, (_m, letter: string, sub: string) => letter + subscript(sub))
        .replace(/([A-Za-z])_([0-9a-z])(?![0-9A-Za-z])/g, (_m, letter: string, sub: string) => letter + subscript(sub)),
  },
  {
    name: "unit-superscript",
    description: "A superscript detached from its unit by a space is reattached: `μg/m ³` → `μg/m³`.",
    apply: (line) => line.replace(/([A-Za-z]) +([²³])/g, "$1$2"),
  },
  {
    name: "heading-brackets",
    description: "A section number in half-width brackets at the start of a line becomes full-width, as in the other headings: `(二) 当前…` → `（二）当前…`.",
    apply: (line) => line.replace(new RegExp(`^\\(([${HEADING_NUMERAL}]+)\\)\\s*`), "（$1）"),
  },
  {
    name: "cjk-comma",
    description: "A half-width comma following Chinese text becomes the full-width comma `，` (the extraction switched to `,` for a few paragraphs of chapter 三 section （三）).",
    apply: (line) => line.replace(new RegExp(`([${CJK}${CJK_CLOSING}]) ?, ?`, "g"), "$1，"),
  },
  {
    name: "whitespace",
    description:
      "Runs of spaces collapse to one and lines are trimmed; a space between full-width punctuation and a Chinese character or other full-width punctuation is dropped (`100%， “千吨万人”` → `100%，“千吨万人”`). Spaces next to Latin text or numbers (`到 2025 年`, `表 1 “十三五”`) and between Chinese characters (`示范创建 高水平建设`, part of a document title) are kept as printed.",
    apply: (line) =>
      line
        .replace(/[ \u00a0\u3000]+/g, " ")
        .trim()
        .replace(new RegExp(`(?<=[${FULL_WIDTH_PUNCTUATION}]) (?=[${CJK}${FULL_WIDTH_PUNCTUATION}])`, "g"), "")
        .replace(new RegExp(`(?<=[${CJK}]) (?=[${FULL_WIDTH_PUNCTUATION}])`, "g"), ""),
  },
];

/** Apply every normalisation rule, in order, to one source line. */
export function normaliseLine(line: string): string {
  let out = line;
  for (const rule of NORMALISATION_RULES) out = rule.apply(out);
  return out;
}

/** Remove the emphasis markers, giving the plain text. */
export function plainText(text: string): string {
  return text.replaceAll("**", "");
}

/** Split text carrying `**…**` emphasis markers into inline runs. Unbalanced markers throw. */
export function parseInline(text: string): Inline[] {
  const parts = text.split("**");
  if (parts.length % 2 === 0) throw new Error(`normalise: unbalanced ** emphasis in ${JSON.stringify(text.slice(0, 60))}`);
  const out: Inline[] = [];
  parts.forEach((part, index) => {
    const strong = index % 2 === 1;
    if (strong && part.trim() === "") throw new Error(`normalise: empty ** emphasis in ${JSON.stringify(text.slice(0, 60))}`);
    if (part !== "") out.push({ kind: strong ? "strong" : "text", text: part });
  });
  return out;
}

/** Sentence-final punctuation: a paragraph ending otherwise was cut by a page break. */
const SENTENCE_FINAL = /[。！？；…!?]$/;
const TRAILING_CLOSERS = /[”’）》」』】)\]]+$/;

export function endsSentence(text: string): boolean {
  return SENTENCE_FINAL.test(plainText(text).trimEnd().replace(TRAILING_CLOSERS, ""));
}
