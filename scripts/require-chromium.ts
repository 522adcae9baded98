/** The accessibility and browser tests need Debian's Chromium; say how to get it rather than skip. */
import { existsSync } from "node:fs";

export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  console.error(
    `Chromium was not found at ${CHROMIUM}. The accessibility (pa11y-ci) and browser tests need it.\n` +
      `Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary)`,
  );
  process.exit(1);
}
