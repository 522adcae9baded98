/**
 * English for the plan's printed wording of targets, baselines and results (the verbatim cells of
 * data/targets.csv), from content/plan-source/cells.en.json. English pages show the English; the
 * Chinese, the text of record, stays on the Chinese pages and in the data.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const cellsSchema = z.strictObject({
  note: z.string(),
  cells: z.record(z.string().min(1), z.string().min(1)),
});

export const CELLS_FILE = join(process.cwd(), "content/plan-source/cells.en.json");

let cached: ReadonlyMap<string, string> | undefined;
export function planCells(): ReadonlyMap<string, string> {
  cached ??= new Map(Object.entries(cellsSchema.parse(JSON.parse(readFileSync(CELLS_FILE, "utf-8"))).cells));
  return cached;
}

/** The columns of data/targets.csv that hold the plan's printed wording. */
export const VERBATIM_COLUMNS = ["baseline_text", "target_text", "result_text", "completion_zh"] as const;

/** The wording as shown in `locale`: the printed text on Chinese pages, its English on English pages (the printed text while none exists). */
export function planWording(text: string, locale: "zh" | "en"): string {
  return locale === "en" ? (planCells().get(text) ?? text) : text;
}
