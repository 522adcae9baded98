/**
 * Which statuses rest on a figure the project had to interpret: a status judged from a value (met …
 * moving away) whose caliber or year the source did not state. Such a status carries the caveat wherever
 * it is shown, not only in its working (see StatusCaveat.astro and the verdict).
 */
import type { StatusCode, StatusResult } from "./computeStatus.ts";

/** Statuses that compare a value with the target; the others (pending, insufficient, not assessable) judge nothing. */
export const judgedStatuses: ReadonlySet<StatusCode> = new Set(["met", "not-met", "achieved", "on-track", "at-risk", "off-track", "moving-away"]);

/** Flags meaning the project inferred what the source left unsaid. */
const ASSUMED = ["caliber-assumed", "year-inferred"] as const;
export type AssumedFlag = (typeof ASSUMED)[number];

/** The assumed flags a judged status rests on (empty when it rests on printed facts or judges nothing). */
export function assumedBasis(result: Pick<StatusResult, "status"> & { working: Pick<StatusResult["working"], "caveats"> }): AssumedFlag[] {
  if (!judgedStatuses.has(result.status)) return [];
  return ASSUMED.filter((f) => result.working.caveats.includes(f));
}
