/** Build-time post-processing of English pages: Chinese glosses get lang="zh-CN" (src/i18n/markGlosses.ts). */
import { defineMiddleware } from "astro:middleware";
import { localeOfUrl } from "./i18n/locales.ts";
import { markGlosses } from "./i18n/markGlosses.ts";

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (localeOfUrl(context.url) !== "en" || !(response.headers.get("content-type") ?? "").includes("text/html")) return response;
  const html = await response.text();
  return new Response(markGlosses(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
