/**
 * Cell-level field builders. A CSV cell is always a string; each builder turns it into a typed value
 * or a named rule violation, and records the field's documentation in `fieldDocs` so that the data
 * page, the JSON Schema and datapackage.json are all derived from the same definition.
 */
import { z } from "zod";

export type FieldType = "string" | "number" | "integer" | "boolean" | "date" | "list";

export interface FieldDoc {
  type: FieldType;
  required: boolean;
  zh: string;
  en: string;
  /** Allowed values, for enumerations. */
  values?: readonly string[];
  /** Regular expression (source) a string value must match. */
  pattern?: string;
  /** Table whose `id` this field (or each list item) references. */
  references?: string;
  /** Unit of numeric values where it is fixed for the column. */
  unit?: string;
}

export const fieldDocs = z.registry<FieldDoc>();

type Parsed<T> = { ok: true; value: T } | { ok: false; rule: string; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (rule: string, message: string): Parsed<never> => ({ ok: false, rule, message });

/** Spreadsheet programs execute cells that start with these characters (CSV/formula injection). */
const FORMULA_START = /^[=+\-@]/;
const ID = /^[a-z0-9]+(?:--?[a-z0-9]+)*$/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const INTEGER = /^-?(?:0|[1-9]\d*)$/;
const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function checkText(raw: string): Parsed<string> {
  if (raw !== raw.trim()) return fail("whitespace", "has leading or trailing spaces");
  if (/[\r\n]/.test(raw)) return fail("line-break", "contains a line break (one record per line)");
  if (FORMULA_START.test(raw)) {
    return fail("formula-injection", "text must not begin with = + - or @ (spreadsheets would run it as a formula)");
  }
  return ok(raw);
}

function build<T>(doc: FieldDoc, parse: (raw: string) => Parsed<T>) {
  const schema = z.string().transform((raw, ctx): T => {
    if (raw === "") {
      if (!doc.required) return null as T;
      ctx.addIssue({ code: "custom", message: "must not be empty", params: { rule: "required" } });
      return z.NEVER;
    }
    const result = parse(raw);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.message, params: { rule: result.rule } });
    return z.NEVER;
  });
  fieldDocs.add(schema, doc);
  return schema;
}

type Docs = { zh: string; en: string; unit?: string };

function numberParser(integer: boolean) {
  return (raw: string): Parsed<number> =>
    (integer ? INTEGER : NUMBER).test(raw)
      ? ok(Number(raw))
      : fail(integer ? "integer" : "number", integer ? "must be a whole number like 2021" : "must be a plain number like 24 or 93.9 (no units, no thousands separators)");
}

function enumParser<const V extends readonly string[]>(values: V) {
  return (raw: string): Parsed<V[number]> =>
    (values as readonly string[]).includes(raw) ? ok(raw as V[number]) : fail("enum", `must be one of: ${values.join(", ")}`);
}

function idParser(raw: string): Parsed<string> {
  return ID.test(raw) ? ok(raw) : fail("id-format", "must be lower-case letters, digits and hyphens, like pm25 or air-good-days");
}

export const text = (d: Docs) => build<string>({ type: "string", required: true, ...d }, checkText);
export const optionalText = (d: Docs) => build<string | null>({ type: "string", required: false, ...d }, checkText);

export const id = (d: Docs) => build<string>({ type: "string", required: true, pattern: ID.source, ...d }, idParser);
export const ref = (table: string, d: Docs) =>
  build<string>({ type: "string", required: true, pattern: ID.source, references: table, ...d }, idParser);
export const optionalRef = (table: string, d: Docs) =>
  build<string | null>({ type: "string", required: false, pattern: ID.source, references: table, ...d }, idParser);

/** A `;`-separated list of ids; empty cell = empty list. */
export const refList = (table: string, d: Docs) => {
  const schema = z.string().transform((raw, ctx): string[] => {
    if (raw === "") return [];
    const items = raw.split(";");
    for (const item of items) {
      const r = idParser(item);
      if (!r.ok) ctx.addIssue({ code: "custom", message: `item "${item}" ${r.message}`, params: { rule: r.rule } });
    }
    return items;
  });
  fieldDocs.add(schema, { type: "list", required: false, pattern: ID.source, references: table, ...d });
  return schema;
};

export const enumList = <const V extends readonly string[]>(values: V, d: Docs) => {
  const parseItem = enumParser(values);
  const schema = z.string().transform((raw, ctx): V[number][] => {
    if (raw === "") return [];
    return raw.split(";").map((item) => {
      const r = parseItem(item);
      if (!r.ok) ctx.addIssue({ code: "custom", message: `item "${item}" ${r.message}`, params: { rule: r.rule } });
      return item as V[number];
    });
  });
  fieldDocs.add(schema, { type: "list", required: false, values, ...d });
  return schema;
};

export const number = (d: Docs) => build<number>({ type: "number", required: true, ...d }, numberParser(false));
export const optionalNumber = (d: Docs) => build<number | null>({ type: "number", required: false, ...d }, numberParser(false));
/**
 * A number kept as the text the source printed ("92.10", "89.0"): a number would lose the trailing zeros
 * that state a figure's precision. Same syntax as `number`; exported as text in every format.
 */
export const decimalText = (d: Docs) =>
  build<string>({ type: "string", required: true, pattern: NUMBER.source, ...d }, (raw) => {
    const parsed = numberParser(false)(raw);
    return parsed.ok ? ok(raw) : parsed;
  });
export const integer = (d: Docs) => build<number>({ type: "integer", required: true, ...d }, numberParser(true));
export const optionalInteger = (d: Docs) => build<number | null>({ type: "integer", required: false, ...d }, numberParser(true));

export const boolean = (d: Docs) =>
  build<boolean>({ type: "boolean", required: true, values: ["true", "false"], ...d }, (raw) =>
    raw === "true" ? ok(true) : raw === "false" ? ok(false) : fail("boolean", "must be true or false"),
  );

export const oneOf = <const V extends readonly string[]>(values: V, d: Docs) =>
  build<V[number]>({ type: "string", required: true, values, ...d }, enumParser(values));

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const optionalDate = (d: Docs) =>
  build<string | null>({ type: "date", required: false, pattern: PARTIAL_DATE.source, ...d }, (raw) =>
    PARTIAL_DATE.test(raw) ? ok(raw) : fail("date-format", "must be a date written YYYY-MM-DD, YYYY-MM or YYYY"),
  );

export const url = (d: Docs) =>
  build<string>({ type: "string", required: true, pattern: "^https?://", ...d }, (raw) => {
    try {
      const u = new URL(raw);
      return u.protocol === "http:" || u.protocol === "https:" ? ok(raw) : fail("url", "must be an http(s) URL");
    } catch {
      return fail("url", "must be an absolute http(s) URL");
    }
  });
