/**
 * The language split of a built page: an English page must carry no Chinese (Han) text outside
 * elements marked lang="zh-CN", and a Chinese page no English prose nor repository file paths
 * outside elements marked lang="en". Names, units and codes pass by rule: only Han characters count
 * as Chinese, and English prose is a run of at least {@link PROSE_WORDS} words with lower-case
 * letters (so "PM₂.₅", "CC BY 4.0", "CSV", "GitHub" or a single name are not prose). Pure: HTML in,
 * findings out; the built test (tests/built/language-scan.test.ts) runs it on every page.
 */
import { parseHTML } from "linkedom";
import type { Locale } from "./locales.ts";

export const PROSE_WORDS = 3;

export interface LanguageFinding {
  readonly rule: "han-on-en" | "prose-on-zh" | "path-on-zh";
  /** The offending text (a text node or an attribute value), whitespace collapsed. */
  readonly text: string;
  /** Where: the nearest element's tag, id or class, e.g. `p#ch1-s1-p2` or `td.note`. */
  readonly where: string;
}

const HAN = /\p{Script=Han}/u;
/** Words of letters with at least one lower-case letter, separated by spaces or light punctuation. */
const WORD = String.raw`[A-Za-z]*[a-z][A-Za-z]*(?:['’-][A-Za-z]+)*(?![\w])`;
const PROSE = new RegExp(String.raw`(?<![\w./-])${WORD}(?:[ ,;:]+${WORD}){${PROSE_WORDS - 1},}`);
/** Repository paths (source folders), which mean nothing to a reader of the Chinese site. */
const REPO_PATH = /(?<![\w/])(?:src|scripts|tests|content)\/[\w.\-/[\]]+/;
/** Web addresses and e-mail addresses are names, not prose. */
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s，。、；：）]+|[\w.+-]+@[\w-]+\.[\w.]+|\/[\w\-./]+\//g;
/** A comma-separated list of lower-case codes ("at-least, at-most, zero"): enumeration values, not prose. */
const CODE_LIST = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:, [a-z0-9]+(?:-[a-z0-9]+)*)+$/;
/** Attributes whose text is read to users. */
const READ_ATTRIBUTES = ["aria-label", "title", "alt", "placeholder"] as const;
/**
 * Not text for reading: scripts and styles, and text to copy — embed markup in a <textarea>, data rows in
 * <code>/<pre> (a CSV row to fill in holds both languages' columns).
 */
const SKIP = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "TEXTAREA", "CODE", "PRE"]);

type El = Element;

/** The language an element's text is declared in: its own or its nearest ancestor's lang. */
function declaredLang(el: El | null): string | null {
  for (let e = el; e !== null; e = e.parentElement) {
    const lang = e.getAttribute("lang");
    if (lang !== null) return lang.toLowerCase();
  }
  return null;
}

function describe(el: El): string {
  const id = el.getAttribute("id");
  const cls = el.getAttribute("class")?.split(/\s+/)[0];
  return `${el.tagName.toLowerCase()}${id ? `#${id}` : cls ? `.${cls}` : ""}`;
}

function check(text: string, lang: string | null, locale: Locale, where: string, out: LanguageFinding[]): void {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean === "") return;
  if (locale === "en") {
    if (!lang?.startsWith("zh") && HAN.test(clean)) out.push({ rule: "han-on-en", text: clean, where });
    return;
  }
  if (lang?.startsWith("en")) return;
  if (REPO_PATH.test(clean)) out.push({ rule: "path-on-zh", text: clean, where });
  else if (!CODE_LIST.test(clean) && PROSE.test(clean.replace(ADDRESS, " "))) out.push({ rule: "prose-on-zh", text: clean, where });
}

/** Every piece of text on the page in the wrong language for `locale`. */
export function scanLanguage(html: string, locale: Locale): LanguageFinding[] {
  const { document } = parseHTML(html);
  const out: LanguageFinding[] = [];
  const walk = (el: El) => {
    if (SKIP.has(el.tagName)) return;
    const lang = declaredLang(el);
    for (const name of READ_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== null) check(value, lang, locale, `${describe(el)}[${name}]`, out);
    }
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) check(child.textContent ?? "", lang, locale, describe(el), out);
      else if (child.nodeType === 1) walk(child as El);
    }
  };
  // <head> holds the title and meta descriptions: check the title only (meta is for machines).
  const title = document.querySelector("title");
  if (title) check(title.textContent ?? "", declaredLang(title), locale, "title", out);
  if (document.body) walk(document.body);
  return out;
}
