/** UI strings of the plan's English translation (issue 13); they appear on English pages only. */
const strings = {
  translationBanner:
    "Unofficial translation by this project, version {version} of {date}. The Chinese text is the only authoritative version; each paragraph keeps the anchor it has in the original.",
  translationOriginal: "Read this chapter in the original Chinese",
  translationPending: "{count} passages of this chapter are not yet translated; they are shown in Chinese.",
} as const;

/** The English string `key`, with `{name}` placeholders filled. */
export function tr(key: keyof typeof strings, vars: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
