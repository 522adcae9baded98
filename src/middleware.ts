/**
 * Page middleware (runs at build time for the static pages): passes over each page's HTML in document
 * order. Glossary terms link to the glossary only on their first use per page (components mark every
 * use; rendering order is not document order, so the repeats are unlinked here), and the cells of
 * phone-first `stack` tables get their column's name. Only HTML is touched; data files pass through
 * byte for byte.
 */
import { defineMiddleware } from "astro:middleware";
import { keepFirstTermLinks } from "./glossary/terms.ts";
import { labelStackedTables } from "./html/stackedTables.ts";

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = await response.text();
  return new Response(labelStackedTables(keepFirstTermLinks(html)), { status: response.status, statusText: response.statusText, headers: response.headers });
});
