/**
 * Machine-readable descriptions of a release, generated from the Zod tables and their `fieldDocs`:
 * datapackage.json (Frictionless Data Package v2 with Table Schemas) and csv-metadata.json (CSVW).
 */
import type { FieldDoc } from "../schema/field.ts";
import { CSV_DIALECT } from "./csv.ts";
import { sha256 } from "./checksums.ts";
import { valuePattern, xsdPattern, type ExportField, type ExportTable } from "./fields.ts";
import { CREATOR, DATASET_DESCRIPTION, DATASET_TITLE, KEYWORDS, LICENCE, PACKAGE_NAME, SITE_URL } from "./site.ts";
import type { Source } from "../schema/tables.ts";

export interface PackageMeta {
  /** "1.0.0", or the working copy's label ("unreleased", "1.0.0+unreleased"). */
  version: string;
  /** Release date YYYY-MM-DD; null for the working copy. */
  date: string | null;
  /** Absolute URL of the directory the files are published in, ending in "/". */
  baseUrl: string;
}

const PROFILE = "https://datapackage.org/profiles/2.0";
export const csvFile = (table: ExportTable) => table.def.file;

const describe = (doc: { zh: string; en: string; unit?: string }) =>
  `${doc.en} · ${doc.zh}${doc.unit ? ` · Unit 单位: ${doc.unit}` : ""}`;

/** Table Schema field descriptor. Lists and partial dates are strings with a pattern (Table Schema 2.0's profile has no list type). */
function tableSchemaField({ name, doc }: ExportField) {
  const constraints: Record<string, unknown> = {};
  if (doc.required) constraints["required"] = true;
  const base = { name, title: doc.en, description: describe(doc) };
  switch (doc.type) {
    case "number":
    case "integer":
      return { ...base, type: doc.type, ...(doc.required ? { constraints } : {}) };
    case "boolean":
      return { ...base, type: "boolean", trueValues: ["true"], falseValues: ["false"], ...(doc.required ? { constraints } : {}) };
    default: {
      const pattern = valuePattern(doc);
      if (doc.values && doc.type !== "list") constraints["enum"] = [...doc.values];
      else if (pattern) constraints["pattern"] = xsdPattern(pattern);
      return { ...base, type: "string", ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
    }
  }
}

/** Foreign keys for fields that hold one id of another table (lists cannot be declared in Table Schema). */
function foreignKeys(table: ExportTable, all: readonly ExportTable[]) {
  return table.fields
    .filter((f) => f.doc.references && f.doc.type !== "list")
    .map((f) => {
      const target = all.find((t) => t.def.name === f.doc.references);
      if (!target) throw new Error(`${table.def.name}.${f.name} references "${f.doc.references}", which is not a published table`);
      if (target.def.primaryKey.length !== 1) throw new Error(`"${target.def.name}" has a composite primary key and cannot be referenced by one field`);
      return { fields: [f.name], reference: { resource: target.def.name, fields: [...target.def.primaryKey] } };
    });
}

export function datapackage(all: readonly ExportTable[], files: ReadonlyMap<string, Uint8Array>, meta: PackageMeta, sources: readonly Source[]) {
  const bytesOf = (path: string) => {
    const b = files.get(path);
    if (!b) throw new Error(`datapackage.json: the resource file ${path} has not been written`);
    return b;
  };
  return {
    $schema: `${PROFILE}/datapackage.json`,
    name: PACKAGE_NAME,
    id: meta.baseUrl,
    title: DATASET_TITLE.en,
    description: `${DATASET_DESCRIPTION.en}\n\n${DATASET_TITLE.zh}：${DATASET_DESCRIPTION.zh}`,
    version: meta.version,
    ...(meta.date ? { created: `${meta.date}T00:00:00Z` } : {}),
    homepage: `${SITE_URL}/data/`,
    licenses: [{ name: LICENCE.id, path: LICENCE.url, title: LICENCE.title }],
    contributors: [{ title: CREATOR.en, roles: ["creator", "publisher"] }],
    keywords: [...KEYWORDS],
    sources: sources.map((s) => ({ title: `${s.publisher}: ${s.title}${s.date ? ` (${s.date})` : ""}`, path: s.url })),
    resources: all.map((table) => {
      const path = csvFile(table);
      const bytes = bytesOf(path);
      const keys = foreignKeys(table, all);
      return {
        name: table.def.name,
        type: "table",
        path,
        format: "csv",
        mediatype: "text/csv",
        encoding: CSV_DIALECT.encoding,
        bytes: bytes.length,
        hash: `sha256:${sha256(bytes)}`,
        title: table.def.en,
        description: `${table.def.en} · ${table.def.zh}`,
        dialect: {
          $schema: `${PROFILE}/tabledialect.json`,
          header: CSV_DIALECT.header,
          delimiter: CSV_DIALECT.delimiter,
          lineTerminator: CSV_DIALECT.lineTerminator,
          quoteChar: CSV_DIALECT.quoteChar,
          doubleQuote: CSV_DIALECT.doubleQuote,
        },
        schema: {
          $schema: `${PROFILE}/tableschema.json`,
          fields: table.fields.map(tableSchemaField),
          missingValues: [""],
          primaryKey: [...table.def.primaryKey],
          ...(keys.length > 0 ? { foreignKeys: keys } : {}),
        },
      };
    }),
  };
}

const XSD_TYPE: Record<FieldDoc["type"], string> = {
  string: "string",
  number: "decimal",
  integer: "integer",
  boolean: "boolean",
  date: "string",
  list: "string",
};

const langValues = (d: { zh: string; en: string }) => [
  { "@value": d.en, "@language": "en" },
  { "@value": d.zh, "@language": "zh-CN" },
];

function csvwColumn({ name, doc }: ExportField) {
  const pattern = valuePattern(doc);
  const datatype =
    doc.type === "boolean"
      ? { base: "boolean", format: "true|false" }
      : pattern
        ? { base: XSD_TYPE[doc.type], format: pattern }
        : XSD_TYPE[doc.type];
  // For a list the datatype applies to each item: the item pattern is the list pattern's item.
  const itemDatatype = doc.type === "list" && pattern ? { base: "string", format: valuePattern({ ...doc, type: "string" }) } : datatype;
  return {
    name,
    titles: name,
    "dc:description": langValues(doc),
    datatype: itemDatatype,
    required: doc.required,
    ...(doc.type === "list" ? { separator: ";" } : {}),
  };
}

/** CSV on the Web metadata (W3C CSVW), describing the same tables and keys. */
export function csvwMetadata(all: readonly ExportTable[], meta: PackageMeta) {
  return {
    "@context": ["http://www.w3.org/ns/csvw", { "@language": "en" }],
    "@id": `${meta.baseUrl}csv-metadata.json`,
    "dc:title": langValues(DATASET_TITLE),
    "dc:description": langValues(DATASET_DESCRIPTION),
    "dc:license": { "@id": LICENCE.url },
    "dc:publisher": CREATOR.en,
    "schema:version": meta.version,
    ...(meta.date ? { "dc:issued": { "@value": meta.date, "@type": "xsd:date" } } : {}),
    dialect: {
      encoding: CSV_DIALECT.encoding,
      lineTerminators: [CSV_DIALECT.lineTerminator],
      delimiter: CSV_DIALECT.delimiter,
      quoteChar: CSV_DIALECT.quoteChar,
      doubleQuote: CSV_DIALECT.doubleQuote,
      header: CSV_DIALECT.header,
      headerRowCount: 1,
      skipBlankRows: false,
      trim: false,
    },
    tables: all.map((table) => {
      const keys = foreignKeys(table, all);
      return {
        url: csvFile(table),
        "dc:title": langValues(table.def),
        tableSchema: {
          columns: table.fields.map(csvwColumn),
          primaryKey: [...table.def.primaryKey],
          ...(keys.length > 0
            ? {
                foreignKeys: keys.map((k) => ({
                  columnReference: k.fields,
                  reference: { resource: csvFile(all.find((t) => t.def.name === k.reference.resource)!), columnReference: k.reference.fields },
                })),
              }
            : {}),
        },
      };
    }),
  };
}
