/** The plan's chapter pages as built: every anchor once, tables from data, quotes linked both ways. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { builtPage } from "./builtPage.ts";
import { describe, expect, it } from "vitest";
import { getSite } from "../../src/data/dataset.ts";
import { chapterSlug, planAnchors, planHref } from "../../src/plan/links.ts";
import { parseTranslation } from "../../src/plan/translation.ts";

const dist = join(process.cwd(), "dist");
const site = getSite();
const anchors = [...planAnchors().values()];
const chapterDoc = (prefix: string, slug: string) => {
  const file = join(dist, prefix, "plan", slug, "index.html");
  expect(existsSync(file), file).toBe(true);
  return parseHTML(readFileSync(file, "utf-8")).document;
};

describe.each(["", "en"])("plan pages (%s)", (prefix) => {
  const docs = new Map([...new Set(anchors.map((a) => chapterSlug(a.file)))].map((slug) => [slug, chapterDoc(prefix, slug)]));

  it("carry every anchor of the manifest exactly once, on its chapter's page", () => {
    for (const a of anchors) expect(docs.get(chapterSlug(a.file))!.querySelectorAll(`[id="${a.id}"]`).length, a.id).toBe(1);
  });

  it("render Tables 1 and 2 from the target records, one row per record", () => {
    for (const table of ["1", "2"]) {
      const rendered = [...docs.values()].flatMap((d) => [...d.querySelectorAll(`table[data-plan-table="${table}"] tbody tr`)]);
      const records = site.data.targets.filter((t) => t.source_table === `table-${table}`);
      expect(rendered.map((r) => r.getAttribute("id"))).toEqual(records.map((r) => `row-${r.id}`));
    }
  });

  it("mark every target quote in its paragraph and link it to the target", () => {
    for (const t of site.data.targets.filter((x) => x.quote_zh && x.paragraph_id)) {
      const anchor = planAnchors().get(t.paragraph_id!)!;
      const p = docs.get(chapterSlug(anchor.file))!.getElementById(t.paragraph_id!);
      expect(p?.querySelector(`a.quote-link[href$="/indicators/${t.indicator_id}/#target-${t.id}"]`), t.id).not.toBeNull();
    }
  });

  it("give every paragraph a permalink to itself", () => {
    for (const a of anchors.filter((x) => x.kind === "paragraph")) {
      const p = docs.get(chapterSlug(a.file))!.getElementById(a.id)!;
      expect(p.querySelector(`a.permalink[href="#${a.id}"]`), a.id).not.toBeNull();
    }
  });
});

describe("links from data back to the plan", () => {
  it("every target's paragraph_id resolves to an anchor of the plan", () => {
    for (const t of site.data.targets.filter((x) => x.paragraph_id)) expect(planHref(t.paragraph_id!, "zh"), t.id).not.toBeNull();
  });
  it("each target's card on its indicator page links back to its paragraph in the plan", () => {
    for (const t of site.data.targets.filter((x) => x.paragraph_id)) {
      const card = builtPage(dist, `/indicators/${t.indicator_id}/`).getElementById(`target-${t.id}`);
      expect(card?.querySelector(`a[href="${planHref(t.paragraph_id!, "zh")}"]`), t.id).not.toBeNull();
      if (t.quote_zh) expect(card?.querySelector("blockquote")?.textContent?.trim(), t.id).toBe(t.quote_zh);
    }
  });
  it("English chapter pages give the translation under the Chinese anchors, marked unofficial, and mark passages still in Chinese", () => {
    const translation = parseTranslation(readFileSync(join(process.cwd(), "content/plan-source/translation.en.json"), "utf-8"));
    for (const slug of ["preamble", "ch1", "ch2", "ch3", "ch4"]) {
      const doc = chapterDoc("en", slug);
      expect(doc.querySelector(".plan-text")?.getAttribute("lang"), slug).toBe("en");
      expect(doc.querySelector("main")?.textContent, slug).toContain("Unofficial translation by this project");
    }
    for (const a of anchors) {
      const el = chapterDoc("en", chapterSlug(a.file)).getElementById(a.id)!;
      const entry = translation.entries[a.id];
      if (entry === undefined) expect(el.querySelector('span[lang="zh-CN"] + .untranslated'), a.id).not.toBeNull();
      else if (a.kind !== "box") expect(el.textContent, a.id).toContain(entry.en.replaceAll("**", "").slice(0, 40));
    }
  });
});
