/** Chinese numerals as used in the plan's headings (一 … 九十九). */

const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parse 一 … 九十九; throws on anything else. */
export function parseChineseNumeral(numeral: string): number {
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(numeral);
  if (match === null || numeral === "") throw new Error(`numeral: cannot read ${JSON.stringify(numeral)}`);
  const [, tensDigit = "", ten = "", units = ""] = match;
  if (ten === "") {
    if (tensDigit === "" || units !== "") throw new Error(`numeral: cannot read ${JSON.stringify(numeral)}`);
    return DIGITS[tensDigit] ?? 0;
  }
  const tens = tensDigit === "" ? 1 : (DIGITS[tensDigit] ?? 0);
  return tens * 10 + (units === "" ? 0 : (DIGITS[units] ?? 0));
}
