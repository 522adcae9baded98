/**
 * Builds the search index of the built site with Pagefind (after `astro build`, as part of `npm run build`):
 * every page whose <main> carries data-pagefind-body (Base.astro: all content pages), one index per page
 * language (zh-cn at /, en at /en/), written to dist/pagefind/. Pagefind's extended binary segments Chinese
 * text into words, so a substring such as 钱塘江 is found. Fails on any indexing error.
 *
 *   node scripts/search-index.ts [dist-directory]
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import * as pagefind from "pagefind";

const root = resolve(process.argv[2] ?? join(process.cwd(), "dist"));
if (!existsSync(root)) {
  console.error(`search-index: ${root} does not exist (run astro build first)`);
  process.exit(1);
}
const started = performance.now();
const fail = async (what: string, errors: string[]) => {
  await pagefind.close();
  console.error(`search-index: ${what} failed:\n  ${errors.join("\n  ")}`);
  process.exit(1);
};
const { index, errors } = await pagefind.createIndex({});
if (!index || errors.length > 0) await fail("creating the index", errors);
const added = await index!.addDirectory({ path: root });
if (added.errors.length > 0) await fail(`indexing ${root}`, added.errors);
const written = await index!.writeFiles({ outputPath: join(root, "pagefind") });
if (written.errors.length > 0) await fail("writing the index", written.errors);
await pagefind.close();
console.log(`search-index: ${added.page_count} pages indexed into ${written.outputPath} in ${Math.round(performance.now() - started)} ms`);
