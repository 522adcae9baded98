/**
 * Splits text into runs of Chinese and of other text, so that Chinese quoted inside English (a
 * publication's title, a term in brackets) can be marked lang="zh-CN" without marking the English
 * around it. A Chinese run starts and ends with a Han character or full-width punctuation and may
 * hold digits inside or at its end ("2022年宁波市生态环境状况公报", "“以上”", "覆盖率升至61.24%").
 */
const CJK = String.raw`\p{Script=Han}“”‘’（）《》〔〕「」、，。：；！？…·—`;
const RUN = new RegExp(String.raw`[\d.]*[${CJK}]+(?:[\d.\s%]*[${CJK}]+)*(?:[\d.]*\d%?)?`, "gu");

export interface TextRun {
  readonly text: string;
  readonly chinese: boolean;
}

export function chineseRuns(text: string): TextRun[] {
  const out: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    // Punctuation alone (a stray “ or —) is not Chinese text.
    if (!/\p{Script=Han}/u.test(match[0])) continue;
    if (match.index > last) out.push({ text: text.slice(last, match.index), chinese: false });
    out.push({ text: match[0], chinese: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), chinese: false });
  return out;
}

/**
 * The text without its bracketed or quoted Chinese glosses ("Estimate (预计数)" → "Estimate"), for
 * places that cannot mark Chinese as Chinese, such as title attributes.
 */
export function withoutChineseGlosses(text: string): string {
  return text.replace(/\s*(?:[(（]“?[^()（）]*\p{Script=Han}[^()（）]*”?[)）]|“[^“”]*\p{Script=Han}[^“”]*”)/gu, "").trim();
}
