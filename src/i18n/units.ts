/**
 * English for the data's Chinese units (data/indicators.csv `unit`). Units written in symbols
 * (%, km, μg/m³) are the same in both languages and are not listed. Chinese measure words that only
 * count things (个, 条) have no English suffix: "10 个" is "10".
 */
import type { Locale } from "./locales.ts";

interface UnitEn {
  /** Appended to a number in English ("" for a bare count). */
  readonly suffix: string;
  /** The unit's name where a page says "Unit: …". */
  readonly name: string;
}

export const unitsEn: Readonly<Record<string, UnitEn>> = {
  个: { suffix: "", name: "number" },
  条: { suffix: "", name: "number of rivers and lakes" },
  起: { suffix: " incidents", name: "incidents" },
  分: { suffix: " points", name: "points (score)" },
  指数: { suffix: "", name: "index" },
  天: { suffix: " days", name: "days" },
  台: { suffix: " units", name: "units (boilers)" },
  家: { suffix: " enterprises", name: "enterprises" },
  辆: { suffix: " vehicles", name: "vehicles" },
  "万吨/日": { suffix: " × 10,000 t/day", name: "10,000 t/day" },
  "亿m³": { suffix: " × 100 million m³", name: "100 million m³" },
  "万亩": { suffix: " × 10,000 mu", name: "10,000 mu (1 mu = 1/15 ha)" },
  "起/万枚·年": { suffix: " incidents per 10,000 sources per year", name: "incidents per 10,000 radioactive sources per year" },
};

/** The unit as a page names it ("Unit: …"). */
export function unitName(unit: string, locale: Locale): string {
  return locale === "en" ? (unitsEn[unit]?.name ?? unit) : unit;
}

/** What follows a number in running text ("49 → 53 个" / "49 → 53"). */
export function unitAfterNumber(unit: string, locale: Locale): string {
  return locale === "en" ? (unitsEn[unit]?.suffix.trim() ?? unit) : unit;
}
