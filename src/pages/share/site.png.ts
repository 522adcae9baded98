/** The default link-preview image of every page that has no chart of its own. */
import type { APIRoute } from "astro";
import { SITE_URL } from "../../export/siteUrl.ts";
import { svgToPng } from "../../share/png.ts";
import { SHARE_WIDTH, siteShareSvg } from "../../share/shareImage.ts";

export const GET: APIRoute = () => new Response(svgToPng(siteShareSvg(new URL(SITE_URL).host), SHARE_WIDTH) as Uint8Array<ArrayBuffer>);
