/**
 * Every published data file, byte for byte: /data/v<version>/… (committed releases), /data/latest/… (the
 * newest release) and /data/unreleased/… (the working copy, when there is one). See src/export/published.ts.
 */
import type { APIRoute } from "astro";
import { publishedBytes, publishedPaths } from "../../../export/published.ts";

export async function getStaticPaths() {
  return (await publishedPaths()).map(({ dir, path }) => ({ params: { dir, file: path } }));
}

export const GET: APIRoute = async ({ params }) => {
  const bytes = await publishedBytes(params.dir!, params.file!);
  return new Response(bytes as Uint8Array<ArrayBuffer>);
};
