/**
 * Link-preview images (og:image, twitter:image): 1200 × 630 PNGs drawn at build time. The site's default
 * image is here; charts' images come from src/share/chartExport.ts.
 */
import type { Locale } from "../i18n/locales.ts";
import { zh } from "../i18n/zh.ts";
import { en } from "../i18n/en.ts";
import { shareStrings } from "../i18n/share.ts";
import { EXPORT_FONT_FAMILY } from "./png.ts";
import { escapeXml } from "../charts/svg.ts";

export interface ShareImage {
  /** Site path of the PNG. */
  path: string;
  width: number;
  height: number;
  alt: string;
}

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
export const SITE_SHARE_PATH = "/share/site.png";

export const siteShareImage = (locale: Locale): ShareImage => ({
  path: SITE_SHARE_PATH,
  width: SHARE_WIDTH,
  height: SHARE_HEIGHT,
  alt: shareStrings[locale].siteImageAlt,
});

/** The default image: the site's name and promise in both languages, and its address. */
export function siteShareSvg(host: string): string {
  const text = (x: number, y: number, size: number, content: string, weight = 400, fill = "#1b1f24") =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}" font-family="${EXPORT_FONT_FAMILY}, sans-serif">`,
    `<rect width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${SHARE_WIDTH}" height="24" fill="#0f6b3a"/>`,
    `<g transform="translate(80 110) scale(2)"><rect width="64" height="64" rx="12" fill="#0f6b3a"/><path d="M14 50C14 28 29 14 52 12c0 24-14 38-36 38z" fill="#fff"/><path d="M17 47L41 23" stroke="#0f6b3a" stroke-width="3.5" stroke-linecap="round"/></g>`,
    text(80, 330, 60, zh.siteTitle, 700),
    text(80, 400, 40, en.siteTitle, 700, "#0f6b3a"),
    text(80, 470, 30, zh.siteTagline, 400, "#505a66"),
    text(80, 515, 24, en.siteTagline, 400, "#505a66"),
    text(80, 585, 26, host, 400, "#0b57a4"),
    `</svg>`,
  ].join("");
}
