/** Partial dates as the sources give them (YYYY, YYYY-MM, YYYY-MM-DD), formatted per locale. */
import type { Locale } from "../i18n/locales.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2023-06-07" → "2023年6月7日" / "7 June 2023"; "2022-07" → "2022年7月" / "July 2022"; "2022" → "2022年" / "2022". */
export function formatDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split("-").map(Number);
  if (locale === "zh") return `${y}年${m ? `${m}月` : ""}${d ? `${d}日` : ""}`;
  if (!m) return String(y);
  return `${d ? `${d} ` : ""}${MONTHS[m - 1]} ${y}`;
}
