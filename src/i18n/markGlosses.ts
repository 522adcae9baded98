/**
 * Marks Chinese glosses on English pages: a Chinese term or title quoted in brackets or quotation
 * marks inside English text ("an estimate (预计数)", "replace “[引用日期]”", "boxes (专栏) 1–12") is
 * the original beside its English, and gets lang="zh-CN" so that screen readers read it in Chinese.
 * Chinese that is not so enclosed is left alone: on an English page it is untranslated meaning,
 * which the language scan (src/i18n/languageScan.ts) reports. Pure: HTML in, HTML out.
 */
import { parseHTML } from "linkedom";
import { chineseRuns } from "./chineseRuns.ts";

const OPENERS: Readonly<Record<string, string>> = { "(": ")", "（": "）", "“": "”", "[": "]", "‘": "’", "《": "》", "〔": "〕" };
const SKIP = new Set(["SCRIPT", "STYLE", "TEMPLATE", "TITLE", "svg"]);

/** Offsets of `text` that lie inside a bracket or quotation pair. */
function enclosed(text: string): boolean[] {
  const inside = new Array<boolean>(text.length).fill(false);
  const stack: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (stack.length > 0 && ch === stack[stack.length - 1]) stack.pop();
    else if (OPENERS[ch] !== undefined) stack.push(OPENERS[ch]!);
    inside[i] = stack.length > 0 || OPENERS[ch] !== undefined;
  }
  return inside;
}

function inChinese(el: Element | null): boolean {
  for (let e = el; e !== null; e = e.parentElement) {
    const lang = e.getAttribute("lang");
    if (lang !== null) return lang.toLowerCase().startsWith("zh");
  }
  return false;
}

/** Has the page any Han character at all? (Most English pages are then left untouched and unparsed.) */
const HAN = /\p{Script=Han}/u;

export function markGlosses(html: string): string {
  if (!HAN.test(html)) return html;
  const { document } = parseHTML(html);
  type Text = { data: string; parentNode: Node | null };
  const texts: Text[] = [];
  const walk = (el: Element) => {
    if (SKIP.has(el.tagName) || inChinese(el)) return;
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) texts.push(child as unknown as Text);
      else if (child.nodeType === 1) walk(child as Element);
    }
  };
  if (document.body) walk(document.body);
  let changed = false;
  for (const node of texts) {
    if (!HAN.test(node.data) || !/[A-Za-z]{2}/.test(node.data)) continue;
    const inside = enclosed(node.data);
    let offset = 0;
    const parts = chineseRuns(node.data).map((run) => {
      const start = offset;
      offset += run.text.length;
      return { ...run, gloss: run.chinese && inside[start] === true };
    });
    if (!parts.some((p) => p.gloss)) continue;
    const parent = node.parentNode!;
    for (const part of parts) {
      if (part.gloss) {
        const span = document.createElement("span");
        span.setAttribute("lang", "zh-CN");
        span.textContent = part.text;
        parent.insertBefore(span, node as unknown as Node);
      } else {
        parent.insertBefore(document.createTextNode(part.text), node as unknown as Node);
      }
    }
    parent.removeChild(node as unknown as Node);
    changed = true;
  }
  return changed ? document.toString() : html;
}
