// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
// The site's public address is set in one place, shared with the open-data files and CITATION.cff.
import { SITE_URL } from "./src/export/siteUrl.ts";

export default defineConfig({
  site: SITE_URL,
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [
    mdx(),
    sitemap({
      // HTML pages only: the data files are listed on the data page and in each release's SHA256SUMS.
      filter: (page) => page.endsWith("/") && !/\/404\/?$/.test(page),
      i18n: { defaultLocale: "zh", locales: { zh: "zh-CN", en: "en" } },
    }),
  ],
});
