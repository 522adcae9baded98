/** Chinese at the site root, English under /en/. */
export const locales = ["zh", "en"] as const;
export type Locale = (typeof locales)[number];

export const htmlLang: Record<Locale, string> = { zh: "zh-CN", en: "en" };

/** The `[...locale]` route parameter: undefined for the root (Chinese). */
export const localeParam = (locale: Locale) => (locale === "zh" ? undefined : locale);
export const localeFromParam = (param: string | undefined): Locale => (param === "en" ? "en" : "zh");

/** Site path of a page in a locale; `path` is locale-neutral, starts and ends with "/". */
export function localePath(locale: Locale, path: string): string {
  return locale === "zh" ? path : `/en${path}`;
}

/** Static paths for a page that exists once per locale, with extra params/props per entry. */
export function perLocale<P extends Record<string, string>, Props extends object>(
  entries: readonly { params: P; props: Props }[],
) {
  return locales.flatMap((locale) =>
    entries.map((e) => ({ params: { ...e.params, locale: localeParam(locale) }, props: { ...e.props, locale } })),
  );
}

/** The locale of a built page from its URL (for components rendered inside locale-neutral MDX). */
export const localeOfUrl = (url: URL): Locale => (url.pathname === "/en" || url.pathname.startsWith("/en/") ? "en" : "zh");
