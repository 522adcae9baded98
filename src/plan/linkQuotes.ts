/**
 * Marks each target's quote inside the rendered plan text and links it to the target's place on the
 * site; adds a permalink (¶) to every paragraph so that readers can cite it. Pure: HTML in, HTML out.
 */
import { parseHTML } from "linkedom";

export interface QuoteLink {
  paragraphId: string;
  quote: string;
  href: string;
  /** Accessible description of the link, e.g. the target's indicator name. */
  label: string;
}

export interface LinkedText {
  html: string;
  /** Quotes whose paragraph is on this page but whose text was not found in it verbatim. */
  missing: QuoteLink[];
}

type Doc = ReturnType<typeof parseHTML>["document"];
type TextNode = { data: string; parentNode: Node | null; nextSibling: Node | null };

function textNodes(root: Node): TextNode[] {
  const out: TextNode[] = [];
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) out.push(c as unknown as TextNode);
      else walk(c);
    }
  };
  walk(root);
  return out;
}

/**
 * Wraps [start, end) of the element's text in <mark>, across text nodes if it must; returns the last mark.
 * Text already marked for an overlapping quote is not marked again (no nested marks): the highlight runs on
 * through the existing mark, which is then the one the range ends in.
 */
function markRange(doc: Doc, el: Element, start: number, end: number): Element | null {
  let offset = 0;
  let last: Element | null = null;
  for (const node of textNodes(el)) {
    const from = Math.max(start, offset) - offset;
    const to = Math.min(end, offset + node.data.length) - offset;
    offset += node.data.length;
    if (from >= to) continue;
    const marked = (node.parentNode as Element | null)?.closest?.("mark") ?? null;
    if (marked) {
      last = marked;
      continue;
    }
    const text = node.data;
    const mark = doc.createElement("mark");
    mark.textContent = text.slice(from, to);
    const parent = node.parentNode!;
    const after = doc.createTextNode(text.slice(to));
    node.data = text.slice(0, from);
    parent.insertBefore(after, node.nextSibling);
    parent.insertBefore(mark, after);
    last = mark;
  }
  return last;
}

export function linkQuotes(html: string, quotes: readonly QuoteLink[], permalinkLabel: (id: string) => string): LinkedText {
  const { document } = parseHTML(`<!doctype html><html><body><div id="__root">${html}</div></body></html>`);
  const root = document.getElementById("__root")!;
  const missing: QuoteLink[] = [];
  // Marks leave the text intact, so every quote is found first; the ↗ links, which add text, come after.
  // Targets that quote the very same words (total nitrogen and total phosphorus in one sentence) share
  // one mark and one group of links, numbered, instead of nested marks and arrows run together (↗↗).
  const groups = new Map<string, { mark: Element; quotes: QuoteLink[] }>();
  for (const q of quotes) {
    const key = `${q.paragraphId}\u0000${q.quote}`;
    const group = groups.get(key);
    if (group) {
      group.quotes.push(q);
      continue;
    }
    const el = document.getElementById(q.paragraphId);
    if (!el) continue;
    const start = (el.textContent ?? "").indexOf(q.quote);
    if (start < 0) {
      missing.push(q);
      continue;
    }
    groups.set(key, { mark: markRange(document, el, start, start + q.quote.length)!, quotes: [q] });
  }
  const linkTo = (quote: QuoteLink, text: string) => {
    const link = document.createElement("a");
    link.setAttribute("href", quote.href);
    link.setAttribute("class", "quote-link");
    link.textContent = text;
    link.setAttribute("aria-label", quote.label);
    return link;
  };
  for (const { mark, quotes: shared } of groups.values()) {
    if (shared.length === 1) {
      mark.parentNode!.insertBefore(linkTo(shared[0]!, "↗"), mark.nextSibling);
      continue;
    }
    const span = document.createElement("span");
    span.setAttribute("class", "quote-links");
    shared.forEach((q, i) => span.appendChild(linkTo(q, `↗${i + 1}`)));
    mark.parentNode!.insertBefore(span, mark.nextSibling);
  }
  for (const p of Array.from(root.querySelectorAll("p[id]"))) {
    const a = document.createElement("a");
    a.setAttribute("href", `#${p.id}`);
    a.setAttribute("class", "permalink");
    a.setAttribute("aria-label", permalinkLabel(p.id));
    a.textContent = "¶";
    p.appendChild(document.createTextNode(" "));
    p.appendChild(a);
  }
  return { html: root.innerHTML, missing };
}
