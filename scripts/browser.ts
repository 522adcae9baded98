/** Launch flags for Debian's Chromium as root with no network (see /work/shared/notes/toolchain.md). */
export const BROWSER_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
