import { placesTable } from "./places.ts";
import { sourcesTable } from "./sources.ts";
import { plansTable } from "./plans.ts";
import { indicatorsTable } from "./indicators.ts";
import { seriesTable } from "./series.ts";
import { targetsTable } from "./targets.ts";
import { laterTargetsTable } from "./laterTargets.ts";
import { observationsTable } from "./observations.ts";
import { projectsTable } from "./projects.ts";

/** Every published table, referenced tables first. */
export const tables = [
  placesTable,
  sourcesTable,
  plansTable,
  indicatorsTable,
  seriesTable,
  targetsTable,
  laterTargetsTable,
  observationsTable,
  projectsTable,
] as const;

export type { Place } from "./places.ts";
export type { Source } from "./sources.ts";
export type { Plan } from "./plans.ts";
export type { Indicator } from "./indicators.ts";
export type { Series } from "./series.ts";
export type { Target } from "./targets.ts";
export type { LaterTarget } from "./laterTargets.ts";
export type { Observation } from "./observations.ts";
export type { Project } from "./projects.ts";
