/**
 * The public address of the site, without a trailing slash: the one place it is set. astro.config.mjs,
 * the release script and every generated file (datapackage.json, CITATION.cff, README, citations, canonical
 * and hreflang links, share images) read it from here. It is chosen at build time with the environment
 * variable SITE_URL (e.g. `SITE_URL=https://eco.example.cn npm run build`); without it, the placeholder
 * below. Released files under data/releases/ keep the address they were released with: they are copied
 * byte for byte. This module imports nothing, so that the Astro config can load it on its own.
 */
export const DEFAULT_SITE_URL = "https://zj-eco-tracker.example.org";

/** The address from an environment value: an http(s) origin (no path, query or fragment); else an error naming the value. */
export function siteUrlFrom(value: string | undefined): string {
  if (value === undefined || value.trim() === "") return DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL must be an absolute address such as https://eco.example.cn, not "${value}"`);
  }
  // A path would need every internal link to carry it (Astro's `base`); the site is built for the root of its host.
  if (!/^https?:$/.test(url.protocol) || url.pathname !== "/" || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL must be an http(s) origin with no path, query or fragment (the site is served from the root of its host), not "${value}"`);
  }
  return url.origin;
}

export const SITE_URL = siteUrlFrom(process.env["SITE_URL"]);
