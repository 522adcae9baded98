/**
 * The plan registry: the one place that knows which plan is current, which came before, their labels and
 * which of their years are complete. Everything follows from data/plans.csv and the build date, so that a
 * new five-year plan is a new row of data, never a code change.
 */
import type { Plan } from "../schema/tables.ts";
import type { Locale } from "../i18n/locales.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The date the site describes the world at. TRACKER_BUILD_DATE (YYYY-MM-DD) fixes it, so that fixture
 * builds and tests are reproducible whatever the clock says; otherwise it is today (UTC).
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const fixed = env["TRACKER_BUILD_DATE"];
  if (fixed === undefined || fixed === "") return new Date().toISOString().slice(0, 10);
  if (!DATE.test(fixed) || Number.isNaN(Date.parse(fixed))) throw new Error(`TRACKER_BUILD_DATE must be a date written YYYY-MM-DD, not "${fixed}"`);
  return fixed;
}

export interface PlanRegistry {
  /** YYYY-MM-DD. */
  buildDate: string;
  /** Every plan, oldest first. */
  all: readonly Plan[];
  /** The plan in force at the build date, or, between plans, the one that ended last: the dashboard's plan. */
  current: Plan;
  /** Plans whose period is over at the build date (the current one too once it has ended), newest first: each has a results page. */
  completed: readonly Plan[];
  /** The plan whose full text the site publishes at /plan/, if any. */
  withText: Plan | null;
  /** The same for the /plan/ pages, which cannot be built without it. */
  textPlan: () => Plan;
  byId: (id: string) => Plan;
  /** Short label, e.g. “十四五” / 14th plan. */
  short: (plan: Plan, locale: Locale) => string;
  name: (plan: Plan, locale: Locale) => string;
  /** The name as a title with its document number where it has one: 《…》（浙发改规划〔2021〕204号） / … (document 浙发改规划〔2021〕204号). */
  title: (plan: Plan, locale: Locale) => string;
  /** The plan's years that have ended by the build date: first year … min(last year, year before the build). */
  completeYears: (plan: Plan) => number[];
  /** The results page of a plan. */
  path: (plan: Plan) => string;
}

export function planRegistry(plans: readonly Plan[], date: string): PlanRegistry {
  const year = Number(date.slice(0, 4));
  const all = [...plans].sort((a, b) => a.period_start - b.period_start || a.id.localeCompare(b.id));
  // A plan published ahead of its period is not yet current; the rules forbid overlapping periods.
  const current = all.filter((p) => p.period_start <= year).at(-1);
  if (!current) throw new Error(`no plan in data/plans.csv has begun by the build date ${date}`);
  const withText = all.filter((p) => p.full_text);
  if (withText.length > 1) throw new Error(`only one plan's text can be published at /plan/, but ${withText.map((p) => p.id).join(", ")} have full_text = true`);
  const byId = new Map(all.map((p) => [p.id, p]));
  return {
    buildDate: date,
    all,
    current,
    completed: all.filter((p) => p.period_end < year).reverse(),
    withText: withText[0] ?? null,
    textPlan: () => {
      if (!withText[0]) throw new Error("content/plan/ holds a plan text, but no plan in plans.csv has full_text = true");
      return withText[0];
    },
    byId: (id) => {
      const found = byId.get(id);
      if (!found) throw new Error(`unknown plan "${id}"`);
      return found;
    },
    short: (plan, locale) => (locale === "zh" ? plan.short_zh : plan.short_en),
    name: (plan, locale) => (locale === "zh" ? plan.name_zh : plan.name_en),
    title: (plan, locale) => {
      const doc = plan.document_number;
      if (locale === "zh") return doc ? `《${plan.name_zh}》（${doc}）` : plan.name_zh;
      return doc ? `${plan.name_en} (document ${doc})` : plan.name_en;
    },
    completeYears: (plan) => {
      const last = Math.min(plan.period_end, year - 1);
      return Array.from({ length: Math.max(0, last - plan.period_start + 1) }, (_, i) => plan.period_start + i);
    },
    path: (plan) => `/plans/${plan.id}/`,
  };
}
