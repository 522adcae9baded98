/** /robots.txt: everything may be crawled; the sitemap is named with the site's absolute address (SITE_URL). */
import type { APIRoute } from "astro";
import { SITE_URL } from "../export/siteUrl.ts";

export const GET: APIRoute = () =>
  new Response(["User-agent: *", "Allow: /", "", `Sitemap: ${SITE_URL}/sitemap-index.xml`, ""].join("\n"), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
