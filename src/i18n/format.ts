import type { Locale } from "./locales.ts";
import { htmlLang } from "./locales.ts";
import { en } from "./en.ts";
import { zh, type Strings } from "./zh.ts";
import { unitsEn } from "./units.ts";

const strings: Record<Locale, Strings> = { zh, en };

/** The UI string `key` in `locale`, with `{name}` placeholders filled. */
export function t(locale: Locale, key: keyof Strings, vars: Record<string, string | number> = {}): string {
  return strings[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/**
 * One formatter per locale and grouping, made once: building an Intl.NumberFormat costs far more than
 * formatting, and a build formats every value of every chart, table and map several times.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, grouping: boolean): Intl.NumberFormat {
  const key = `${locale}/${grouping}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(htmlLang[locale], { maximumFractionDigits: 6, useGrouping: grouping });
    numberFormats.set(key, format);
  }
  return format;
}

/** Numbers are shown with the precision the source printed (never rounded); only grouping is localised. */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale, Math.abs(value) >= 10000).format(value);
}

/** A value with its unit; "%" and "‰" attach without a space, other units after a thin space in English. */
export function formatValue(value: number, unit: string, locale: Locale): string {
  const n = formatNumber(value, locale);
  if (unit === "%" || unit === "‰") return `${n}${unit}`;
  if (unit === "指数") return n;
  if (locale === "zh") return `${n}${unit}`;
  const en = unitsEn[unit];
  return en === undefined ? `${n} ${unit}` : `${n}${en.suffix}`;
}

export function formatShare(share: number, locale: Locale): string {
  return new Intl.NumberFormat(htmlLang[locale], { style: "percent", maximumFractionDigits: 1 }).format(share);
}

/** "24μg/m³（2021年）" in Chinese, "24 μg/m³ (2021)" in English. */
export function formatValueInYear(value: number, unit: string, year: number, locale: Locale): string {
  const v = formatValue(value, unit, locale);
  return locale === "zh" ? `${v}（${year}年）` : `${v} (${year})`;
}
