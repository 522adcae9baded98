/**
 * Page middleware (runs at build time for the static pages). Glossary terms link to the glossary only on
 * their first use per page: components mark every use and this pass, which sees the page in document
 * order, unlinks the repeats. Only HTML is touched; data files pass through byte for byte.
 */
import { defineMiddleware } from "astro:middleware";
import { keepFirstTermLinks } from "./glossary/terms.ts";

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = await response.text();
  return new Response(keepFirstTermLinks(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
