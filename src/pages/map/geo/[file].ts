/**
 * The map data and its licence, published byte for byte from data/geo/ at /map/geo/<file> so that the
 * city map page can link to its provenance, LICENSE and NOTICE (Apache-2.0 §4) with no dead link.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute } from "astro";
import { GEO_FILES } from "../../../charts/cityMaps.ts";

const TYPES: Record<string, string> = {
  md: "text/markdown; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export function getStaticPaths() {
  return GEO_FILES.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const file = String(params["file"]);
  const bytes = readFileSync(join(process.cwd(), "data/geo", file));
  return new Response(bytes, { headers: { "content-type": TYPES[file.split(".").at(-1) ?? ""] ?? "application/octet-stream" } });
};
