import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { linkQuotes } from "../../src/plan/linkQuotes.ts";

const html = `<h3 id="ch3-s5">（五）推动陆海统筹</h3><p id="p1">到2025年，全省建成“美丽海湾”10个左右，岸线长度不少于400千米。</p><p id="p2">坚持<strong>一是</strong>保护优先，到2025年完成。</p>`;
const label = (id: string) => `link to ${id}`;
const doc = (s: string) => parseHTML(`<!doctype html><html><body>${s}</body></html>`).document;

describe("linkQuotes", () => {
  it("marks a quote inside one text node and links it, keeping the paragraph's text", () => {
    const quote = "全省建成“美丽海湾”10个左右";
    const out = linkQuotes(html, [{ paragraphId: "p1", quote, href: "/indicators/x/#target-t", label: "target t" }], label);
    const d = doc(out.html);
    expect(out.missing).toEqual([]);
    expect(d.querySelector("#p1 mark")?.textContent).toBe(quote);
    expect(d.querySelector("#p1 a.quote-link")?.getAttribute("href")).toBe("/indicators/x/#target-t");
    expect(d.querySelector("#p1")?.textContent?.replace(/[↗¶\s]/g, "")).toBe("到2025年，全省建成“美丽海湾”10个左右，岸线长度不少于400千米。");
  });

  it("marks a quote that crosses markup without losing text", () => {
    const before = doc(html).querySelector("#p2")!.textContent;
    const out = linkQuotes(html, [{ paragraphId: "p2", quote: "坚持一是保护", href: "/x/", label: "x" }], label);
    const p = doc(out.html).querySelector("#p2")!;
    expect([...p.querySelectorAll("mark")].map((m) => m.textContent).join("")).toBe("坚持一是保护");
    expect(p.textContent!.replace(/[↗¶\s]/g, "")).toBe(before!.replace(/\s/g, ""));
  });

  it("reports a quote that is not in its paragraph verbatim", () => {
    const q = { paragraphId: "p1", quote: "全省建成“美丽海湾”11个左右", href: "/x/", label: "x" };
    expect(linkQuotes(html, [q], label).missing).toEqual([q]);
  });

  it("adds a permalink to every paragraph with an id", () => {
    const d = doc(linkQuotes(html, [], label).html);
    expect([...d.querySelectorAll("a.permalink")].map((a) => a.getAttribute("href"))).toEqual(["#p1", "#p2"]);
    expect(d.querySelector("#p1 a.permalink")?.getAttribute("aria-label")).toBe("link to p1");
  });
});

describe("linkQuotes with overlapping quotes", () => {
  it("finds a quote that contains another quote already linked in the same paragraph", () => {
    const quotes = [
      { paragraphId: "p1", quote: "全省建成“美丽海湾”10个左右", href: "/a/", label: "a" },
      { paragraphId: "p1", quote: "全省建成“美丽海湾”10个左右，岸线长度不少于400千米", href: "/b/", label: "b" },
    ];
    const out = linkQuotes(html, quotes, label);
    expect(out.missing).toEqual([]);
    const hrefs = [...doc(out.html).querySelectorAll("#p1 a.quote-link")].map((a) => a.getAttribute("href"));
    expect(hrefs.sort()).toEqual(["/a/", "/b/"]);
    // The longer quote's highlight runs on from the shorter one's mark: no mark inside a mark.
    const p = doc(out.html).querySelector("#p1")!;
    expect([...p.querySelectorAll("mark")].filter((m) => m.parentElement?.closest("mark"))).toEqual([]);
    expect([...p.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["全省建成“美丽海湾”10个左右", "，岸线长度不少于400千米"]);
  });
});

describe("linkQuotes with targets quoting the same words", () => {
  it("marks the words once and numbers the links in one group, instead of nesting marks and running arrows together", () => {
    const quote = "全省建成“美丽海湾”10个左右";
    const quotes = [
      { paragraphId: "p1", quote, href: "/tn/", label: "total nitrogen" },
      { paragraphId: "p1", quote, href: "/tp/", label: "total phosphorus" },
    ];
    const out = linkQuotes(html, quotes, label);
    const p = doc(out.html).querySelector("#p1")!;
    expect(out.missing).toEqual([]);
    expect([...p.querySelectorAll("mark")].map((m) => m.textContent)).toEqual([quote]);
    expect(p.querySelector("mark mark")).toBeNull();
    const links = [...p.querySelectorAll(".quote-links a.quote-link")];
    expect(links.map((a) => [a.textContent, a.getAttribute("href"), a.getAttribute("aria-label")])).toEqual([
      ["↗1", "/tn/", "total nitrogen"],
      ["↗2", "/tp/", "total phosphorus"],
    ]);
    // The group follows the mark directly.
    expect(p.querySelector("mark")!.nextElementSibling?.className).toBe("quote-links");
  });
});
