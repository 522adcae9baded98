/** /apple-touch-icon.png: 180 px, the size iOS asks for (it also requests this path unprompted). */
import type { APIRoute } from "astro";
import { faviconPng } from "../share/favicon.ts";

export const GET: APIRoute = () => new Response(faviconPng(180) as Uint8Array<ArrayBuffer>);
