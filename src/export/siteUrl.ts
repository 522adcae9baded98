/**
 * The public address of the site, without a trailing slash: the one place to set it. astro.config.mjs,
 * the release script and every generated file (datapackage.json, CITATION.cff, README, citations) read it
 * from here. A placeholder until the site has a host. This module imports nothing, so that the Astro
 * config can load it on its own.
 */
export const SITE_URL = "https://zj-eco-tracker.example.org";
