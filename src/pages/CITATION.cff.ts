/** /CITATION.cff: how to cite the newest release (or the project, before any), as in the repository and in each release. */
import type { APIRoute } from "astro";
import { getPublished } from "../export/published.ts";
import { citationCff } from "../export/citation.ts";

export const GET: APIRoute = async () => {
  const { latest } = await getPublished();
  return new Response(citationCff(latest ? { version: latest.version, date: latest.date } : null), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
