/**
 * Maintain content/plan-source/translation.en.json.
 *
 *   node scripts/plan-translation.ts --fold DRAFT.json   add or replace entries from a translator's draft
 *                                                        ({ "<anchor>": { "en", "quotes" } }) and stamp them
 *   node scripts/plan-translation.ts --stamp ID [ID…]    after reviewing the English of these anchors against
 *                                                        their changed Chinese, record the current Chinese hash
 *
 * Both rewrite `pending` (the anchors still without English) and keep entries in document order.
 * Run `npm run plan:import` afterwards to regenerate content/plan-en/.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readPlanText } from "../src/data/planQuotes.ts";
import { parseTranslation, serialiseTranslation, untranslated, zhHash, type Translation, type TranslationEntry } from "../src/plan/translation.ts";

const FILE = join(resolve(import.meta.dirname, ".."), "content", "plan-source", "translation.en.json");

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
} else {
  fail("usage: node scripts/plan-translation.ts --fold DRAFT.json | --stamp ID [ID…]");
}

const next: Translation = { ...translation, entries, pending: [] };
next.pending = untranslated(zh, next);
writeFileSync(FILE, serialiseTranslation(next, [...zh.keys()]));
process.stdout.write(`plan-translation: ${Object.keys(entries).length} entries, ${next.pending.length} anchors pending\n`);
