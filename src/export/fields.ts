/**
 * The published tables as the export writers see them: each table's fields with their documentation
 * (taken from `fieldDocs`, never restated), and the one way a value becomes a cell.
 */
import type { z } from "zod";
import { fieldDocs, type FieldDoc } from "../schema/field.ts";
import type { TableDef } from "../schema/table.ts";

export interface ExportField {
  name: string;
  doc: FieldDoc;
}

/** A record's value as the loader produced it: lists are arrays, empty optional cells are null. */
export type Value = string | number | boolean | null | readonly string[];
export type Row = Readonly<Record<string, unknown>>;

export interface ExportTable {
  def: TableDef;
  fields: readonly ExportField[];
  rows: readonly Row[];
}

/** The fields of a table in column order, each with its registered documentation. */
export function fieldsOf(def: TableDef): ExportField[] {
  return Object.entries(def.schema.shape).map(([name, schema]) => {
    const doc = fieldDocs.get(schema as z.ZodType);
    if (!doc) throw new Error(`field "${def.name}.${name}" has no documentation in fieldDocs: build it with a builder from src/schema/field.ts`);
    return { name, doc };
  });
}

export const exportTable = (def: TableDef, rows: readonly Row[]): ExportTable => ({ def, fields: fieldsOf(def), rows });

/** Spreadsheets run cells that begin with these characters as formulas. */
export const FORMULA_START = /^[=+\-@]/;
/** The form every number takes in the CSV files (the loader's own number syntax). */
export const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** True when a cell would be read as a formula: it begins with = + - @ and is not a plain number. */
export const isFormulaLike = (cell: string) => FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell);

function safeText(text: string, where: string): string {
  if (isFormulaLike(text)) throw new Error(`${where}: refusing to write a cell beginning with = + - or @ (${JSON.stringify(text)})`);
  return text;
}

/** A number exactly as JavaScript prints its shortest form; refused if that form is not a plain decimal. */
export function numberText(value: number, where = "value"): string {
  const text = String(value);
  if (!Number.isFinite(value) || !PLAIN_NUMBER.test(text)) throw new Error(`${where}: ${text} cannot be written as a plain decimal number`);
  return text;
}

/** The value a JSON file carries: as loaded, with lists as arrays and missing values as null. */
export function jsonValue(value: unknown, where = "value"): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number(numberText(value, where));
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return safeText(value, where);
  if (Array.isArray(value)) return value.map((item) => safeText(String(item), where));
  throw new Error(`${where}: cannot export a value of type ${typeof value}`);
}

/**
 * The text of a CSV or spreadsheet cell: empty for a missing value, `true`/`false`, numbers in plain
 * decimal notation, list items joined with `;` (the loader's own list syntax).
 */
export function cellText(value: unknown, where = "value"): string {
  const v = jsonValue(value, where);
  if (v === null) return "";
  if (typeof v === "number") return numberText(v, where);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "string") return v;
  return v.join(";");
}

/** The record in JSON form, keys in column order. */
export function jsonRecord(table: ExportTable, row: Row): Record<string, Value> {
  return Object.fromEntries(table.fields.map((f) => [f.name, jsonValue(row[f.name], `${table.def.name}.${f.name}`)]));
}

/**
 * The body B of a JavaScript regular expression such that a value matches `js` exactly when it matches
 * /^(?:B)$/: a leading `^` and trailing `$` are dropped, an unanchored start or end becomes `.*`.
 */
export function anchoredBody(js: string): string {
  let p = js.startsWith("^") ? js.slice(1) : `.*${js}`;
  p = p.endsWith("$") && !p.endsWith("\\$") ? p.slice(0, -1) : `${p}.*`;
  return p;
}

/**
 * Pattern every value of the field matches (anchored JavaScript source), derived from its documentation:
 * the allowed values of an enumeration, or its pattern; for a list, `;`-separated items of that kind.
 */
export function valuePattern(doc: FieldDoc): string | undefined {
  const item = doc.values ? doc.values.map(escapeRegex).join("|") : doc.pattern ? anchoredBody(doc.pattern) : undefined;
  if (item === undefined) return undefined;
  return doc.type === "list" ? `^(?:${item})(?:;(?:${item}))*$` : `^(?:${item})$`;
}

/**
 * The same pattern in XML Schema syntax, which Table Schema prescribes for `pattern`: XML Schema
 * patterns are implicitly anchored and have no `^`, `$` or `(?:`.
 */
export function xsdPattern(anchoredJs: string): string {
  return anchoredBody(anchoredJs).replaceAll("(?:", "(");
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
