/**
 * Maintain content/plan-source/translation.en.json.
 *
 *   node scripts/plan-translation.ts --fold DRAFT.json   add or replace entries from a translator's draft
 *                                                        ({ "<anchor>": { "en", "quotes" } }) and stamp them
 *   node scripts/plan-translation.ts --stamp ID [ID…]    after reviewing the English of these anchors against
 *                                                        their changed Chinese, record the current Chinese hash
 *   node scripts/plan-translation.ts --review REVIEW.json apply a second reviewer's corrections
 *                                                        ([{ anchor, find, replace, quotes? }], anchor
 *                                                        "cells:<Chinese cell>" for cells.en.json); each `find`
 *                                                        must occur exactly once, so a stale review fails
 *
 * Both rewrite `pending` (the anchors still without English) and keep entries in document order.
 * Run `npm run plan:import` afterwards to regenerate content/plan-en/.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { join, resolve } from "node:path";
import { readPlanText } from "../src/data/planQuotes.ts";
import { parseTranslation, serialiseTranslation, untranslated, zhHash, type Translation, type TranslationEntry } from "../src/plan/translation.ts";

const FILE = join(resolve(import.meta.dirname, ".."), "content", "plan-source", "translation.en.json");
const CELLS_FILE = join(resolve(import.meta.dirname, ".."), "content", "plan-source", "cells.en.json");
const reviewSchema = z.array(z.object({
  anchor: z.string().min(1),
  find: z.string().min(1),
  replace: z.string(),
  kind: z.enum(["meaning", "omission", "number", "term", "minor"]),
  reason: z.string().min(1),
  quotes: z.record(z.string(), z.string()).default({}),
}));

function fail(message: string): never {
  process.stderr.write(`plan-translation: ${message}\n`);
  process.exit(1);
}

const zh = readPlanText().text;
const translation = parseTranslation(readFileSync(FILE, "utf8"));
const entries: Record<string, TranslationEntry> = { ...translation.entries };
const [command, ...args] = process.argv.slice(2);

const stamp = (id: string): string => {
  const chinese = zh.get(id);
  if (chinese === undefined) fail(`${id} is not an anchor of the plan`);
  return zhHash(chinese);
};

if (command === "--fold" && args.length === 1) {
  const draft = JSON.parse(readFileSync(resolve(args[0]!), "utf8")) as Record<string, { en?: unknown; quotes?: unknown }>;
  let count = 0;
  for (const [id, value] of Object.entries(draft)) {
    if (typeof value.en !== "string" || value.en.trim() === "") fail(`draft entry ${id} has no English`);
    const quotes = (value.quotes ?? {}) as Record<string, string>;
    entries[id] = { zh_sha256: stamp(id), en: value.en, quotes };
    count += 1;
  }
  process.stdout.write(`plan-translation: folded ${count} entries from ${args[0]}\n`);
} else if (command === "--stamp" && args.length > 0) {
  for (const id of args) {
    const entry = entries[id];
    if (entry === undefined) fail(`${id} has no English to stamp`);
    entries[id] = { ...entry, zh_sha256: stamp(id) };
  }
} else if (command === "--review" && args.length === 1) {
  const corrections = reviewSchema.parse(JSON.parse(readFileSync(resolve(args[0]!), "utf8")));
  const cells = JSON.parse(readFileSync(CELLS_FILE, "utf8")) as { cells: Record<string, string> };
  const once = (text: string, find: string, where: string): void => {
    if (text.split(find).length !== 2) fail(`review: ${JSON.stringify(find)} does not occur exactly once in ${where}`);
  };
  for (const c of corrections) {
    if (c.anchor.startsWith("cells:")) {
      const key = c.anchor.slice("cells:".length);
      const en = cells.cells[key];
      if (en === undefined) fail(`review: cells.en.json has no cell ${JSON.stringify(key)}`);
      once(en, c.find, c.anchor);
      cells.cells[key] = en.replace(c.find, () => c.replace);
      continue;
    }
    const entry = entries[c.anchor];
    if (entry === undefined) fail(`review: ${c.anchor} has no English`);
    once(entry.en, c.find, c.anchor);
    // The Chinese is unchanged, so the stored hash stays; quotes the reviewer re-derived replace the old ones.
    entries[c.anchor] = { ...entry, en: entry.en.replace(c.find, () => c.replace), quotes: { ...entry.quotes, ...c.quotes } };
  }
  writeFileSync(CELLS_FILE, `${JSON.stringify(cells, null, 2)}\n`);
  process.stdout.write(`plan-translation: applied ${corrections.length} corrections from ${args[0]}\n`);
} else {
  fail("usage: node scripts/plan-translation.ts --fold DRAFT.json | --stamp ID [ID…] | --review REVIEW.json");
}

const next: Translation = { ...translation, entries, pending: [] };
next.pending = untranslated(zh, next);
writeFileSync(FILE, serialiseTranslation(next, [...zh.keys()]));
process.stdout.write(`plan-translation: ${Object.keys(entries).length} entries, ${next.pending.length} anchors pending\n`);
