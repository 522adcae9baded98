/**
 * Page middleware (runs at build time for the static pages). Only HTML is touched; data files pass
 * through byte for byte.
 * - Glossary terms link to the glossary only on their first use per page: components mark every use
 *   and this pass, which sees the page in document order, unlinks the repeats.
 * - The cells of phone-first `stack` tables get their column's name.
 * - On English pages, Chinese glosses get lang="zh-CN" (src/i18n/markGlosses.ts).
 */
import { defineMiddleware } from "astro:middleware";
import { keepFirstTermLinks } from "./glossary/terms.ts";
import { labelStackedTables } from "./html/stackedTables.ts";
import { localeOfUrl } from "./i18n/locales.ts";
import { markGlosses } from "./i18n/markGlosses.ts";

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const linked = labelStackedTables(keepFirstTermLinks(await response.text()));
  const html = localeOfUrl(context.url) === "en" ? markGlosses(linked) : linked;
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
