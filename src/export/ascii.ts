/**
 * Plain forms of typographic text, for search and for tools limited to ASCII: "PM₂.₅" → "PM2.5",
 * "CO₂" → "CO2", "Ⅲ类" → "III类", "μg/m³" → "ug/m3". Used for the derived search columns of the released
 * tables and for BibTeX, which pdfLaTeX cannot set in any other form.
 */

/** Superscript and subscript digits and Roman numerals: the characters whose plain form is digits or letters. */
const SYMBOLS = /[\u00B2\u00B3\u00B9\u2070-\u209F\u2160-\u217F]/gu;

/** The text with its typographic digits and numerals made plain (NFKC of those characters only); Chinese untouched. */
export const plainSymbols = (text: string) => text.replace(SYMBOLS, (ch) => ch.normalize("NFKC"));

const PUNCTUATION: Readonly<Record<string, string>> = {
  "–": "-",
  "—": "-",
  "‘": "'",
  "’": "'",
  "“": '"',
  "”": '"',
  "μ": "u",
  "×": "x",
  "≤": "<=",
  "≥": ">=",
  "≈": "~",
  "·": "-",
};

/**
 * The text in printable ASCII: compatibility decomposition (₂ → 2, Ⅲ → III, é → e + accent), accents
 * dropped, the punctuation above replaced. Throws when a character has no ASCII form (e.g. Chinese), so
 * that nothing is dropped silently.
 */
export function asciiText(text: string): string {
  const out = [...text]
    .map((ch) => PUNCTUATION[ch] ?? PUNCTUATION[ch.normalize("NFKC")] ?? ch)
    .join("")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "");
  const rest = [...out].filter((ch) => !/[\x20-\x7e]/.test(ch));
  if (rest.length > 0) throw new Error(`${JSON.stringify(text)} has no ASCII form: ${rest.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(", ")}`);
  return out;
}
