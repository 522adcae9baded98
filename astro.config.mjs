// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

export default defineConfig({
  site: "https://zj-eco-tracker.example.org",
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx()],
});
