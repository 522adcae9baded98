// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { satteri } from "@astrojs/markdown-satteri";
// The site's public address is set in one place, shared with the open-data files and CITATION.cff.
import { SITE_URL } from "./src/export/siteUrl.ts";
// Stories may state numbers only through data components; the check also tells each component its file and line.
import { storyCheck } from "./src/stories/storyCheck.ts";
import { buildDate } from "./src/data/plans.ts";

export default defineConfig({
  site: SITE_URL,
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [
    mdx({ processor: satteri({ mdastPlugins: [storyCheck()] }) }),
    sitemap({
      // HTML pages only: the data files are listed on the data page and in each release's SHA256SUMS.
      // Embed pages repeat an indicator page's chart and search pages have no content of their own.
      filter: (page) => page.endsWith("/") && !/\/404\/?$/.test(page) && !/\/(embed|search)\//.test(page),
      // Every page is rebuilt from the data on each build: the build date (TRACKER_BUILD_DATE) is when it last changed.
      lastmod: new Date(`${buildDate()}T00:00:00Z`),
      i18n: { defaultLocale: "zh", locales: { zh: "zh-CN", en: "en" } },
    }),
  ],
});
