// pa11y-ci drives Puppeteer; CI has no network for Chrome downloads, so use Debian's Chromium.
module.exports = { skipDownload: true, executablePath: "/usr/bin/chromium" };
