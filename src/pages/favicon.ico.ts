/** /favicon.ico: browsers ask for it whatever the page says; a 32 px PNG inside an ICO. */
import type { APIRoute } from "astro";
import { faviconPng } from "../share/favicon.ts";
import { pngToIco } from "../share/ico.ts";

export const GET: APIRoute = () => new Response(pngToIco(faviconPng(32), 32) as Uint8Array<ArrayBuffer>);
