/**
 * datapackage.json validates against the official Frictionless Data Package v2 JSON Schema (vendored in
 * tests/vendor/frictionless/), every resource exists with the stated bytes and hash, and the actual files
 * satisfy the declared Table Schemas: types, constraints, primary keys and foreign keys.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { parseCsv, recordsOf, release, utf8 } from "./export-support.ts";

const VENDOR = join(process.cwd(), "tests/vendor/frictionless");
const { files } = await release();
const pkg = JSON.parse(utf8(files.get("datapackage.json")!)) as Package;

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
  trueValues?: string[];
  falseValues?: string[];
}
interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[]; missingValues: string[] };
}
interface Package {
  $schema: string;
  version: string;
  licenses: { name: string }[];
  resources: Resource[];
}

function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat("uri", (s: string) => URL.canParse(s));
  ajv.addFormat("date-time", (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(Date.parse(s)));
  ajv.addFormat("email", (s: string) => /^[^@\s]+@[^@\s]+$/.test(s));
  ajv.addFormat("textarea", true);
  return ajv.compile(JSON.parse(readFileSync(join(VENDOR, "frictionless-2.0-datapackage.json"), "utf-8")));
}
const validate = validator();

/** Problems of the actual CSV files against the declared Table Schemas (an independent, minimal checker). */
function tableSchemaProblems(p: Package, read: (path: string) => Uint8Array): string[] {
  const problems: string[] = [];
  const rowsOf = new Map(p.resources.map((r) => [r.name, recordsOf(parseCsv(read(r.path), r.path))]));
  for (const r of p.resources) {
    const rows = rowsOf.get(r.name)!;
    const header = parseCsv(read(r.path)).header;
    if (header.join() !== r.schema.fields.map((f) => f.name).join()) problems.push(`${r.name}: header differs from schema fields`);
    for (const [i, row] of rows.entries()) {
      for (const f of r.schema.fields) {
        const v = row[f.name] ?? "";
        const where = `${r.name} row ${i + 1} ${f.name}=${JSON.stringify(v)}`;
        if (r.schema.missingValues.includes(v)) {
          if (f.constraints?.required) problems.push(`${where}: required`);
          continue;
        }
        if (f.type === "integer" && !/^-?\d+$/.test(v)) problems.push(`${where}: not an integer`);
        if (f.type === "number" && !/^-?\d+(\.\d+)?$/.test(v)) problems.push(`${where}: not a number`);
        if (f.type === "boolean" && ![...(f.trueValues ?? []), ...(f.falseValues ?? [])].includes(v)) problems.push(`${where}: not a boolean`);
        if (f.constraints?.enum && !f.constraints.enum.includes(v)) problems.push(`${where}: not in enum`);
        // XML Schema patterns are anchored; as a JavaScript expression: ^(?:pattern)$.
        if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`, "u").test(v)) problems.push(`${where}: does not match ${f.constraints.pattern}`);
      }
    }
    const keys = rows.map((row) => r.schema.primaryKey.map((k) => row[k]).join("\u0000"));
    if (new Set(keys).size !== keys.length) problems.push(`${r.name}: primary key ${r.schema.primaryKey.join(",")} is not unique`);
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = rowsOf.get(fk.reference.resource);
      if (!target) {
        problems.push(`${r.name}: foreign key to missing resource ${fk.reference.resource}`);
        continue;
      }
      const allowed = new Set(target.map((t) => fk.reference.fields.map((k) => t[k]).join("\u0000")));
      for (const row of rows) {
        const value = fk.fields.map((k) => row[k] ?? "");
        if (value.every((x) => x === "")) continue;
        if (!allowed.has(value.join("\u0000"))) problems.push(`${r.name}.${fk.fields.join(",")}=${value.join(",")}: not in ${fk.reference.resource}`);
      }
    }
  }
  return problems;
}

describe("datapackage.json", () => {
  it("uses the vendored official schemas, unchanged (SHA-256 as recorded in tests/vendor/frictionless/README.md)", () => {
    const readme = readFileSync(join(VENDOR, "README.md"), "utf-8");
    for (const name of ["datapackage", "dataresource", "tableschema", "tabledialect"]) {
      const file = `frictionless-2.0-${name}.json`;
      const digest = createHash("sha256").update(readFileSync(join(VENDOR, file))).digest("hex");
      expect(readme, file).toMatch(new RegExp(`\\| \`${file}\` \\|[^|]+\\| \`${digest}\` \\|`));
    }
  });

  it("validates against the Frictionless Data Package v2 JSON Schema (draft-07)", () => {
    const ok = validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(pkg.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
  });

  it("the validator rejects what v2 forbids (it can fail): a field type the profile does not know", () => {
    const broken = structuredClone(pkg);
    broken.resources[0]!.schema.fields[0]!.type = "list";
    expect(validate(broken)).toBe(false);
    const noPath = structuredClone(pkg) as unknown as { resources: Record<string, unknown>[] };
    delete noPath.resources[0]!["path"];
    expect(validate(noPath)).toBe(false);
  });

  it("names CC BY 4.0 and the release version", () => {
    expect(pkg.licenses.map((l) => l.name)).toEqual(["CC-BY-4.0"]);
    expect(pkg.version).toBe("1.0.0");
  });

  it("every resource path exists, with the stated size and SHA-256", () => {
    // Nine collected tables (later_targets among them) and statuses.
    expect(pkg.resources.length).toBe(10);
    for (const r of pkg.resources) {
      const bytes = files.get(r.path);
      expect(bytes, r.path).toBeDefined();
      expect(r.bytes, r.path).toBe(bytes!.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash("sha256").update(bytes!).digest("hex")}`);
    }
  });

  it("declares the foreign keys of observations, later_targets and statuses", () => {
    const fks = (name: string) => pkg.resources.find((r) => r.name === name)!.schema.foreignKeys!.map((k) => `${k.fields.join()}→${k.reference.resource}.${k.reference.fields.join()}`).sort();
    expect(fks("observations")).toEqual(["indicator_id→indicators.id", "place_id→places.id", "series_id→series.id", "source_id→sources.id"]);
    expect(fks("later_targets")).toEqual(["source_id→sources.id", "target_id→targets.id"]);
    expect(fks("statuses")).toEqual(["indicator_id→indicators.id", "later_source_id→sources.id", "latest_source_id→sources.id", "plan_id→plans.id", "series_id→series.id", "target_id→targets.id"]);
  });

  it("the actual files satisfy every declared type, constraint, primary key and foreign key", () => {
    expect(tableSchemaProblems(pkg, (p) => files.get(p)!)).toEqual([]);
  });

  it("the checker finds a broken foreign key and a value outside an enum (it can fail)", () => {
    const obs = utf8(files.get("observations.csv")!).split("\n");
    const cells = obs[1]!.split(",");
    cells[1] = '"atlantis"'; // place_id
    obs[1] = cells.join(",");
    const flags = pkg.resources.find((r) => r.name === "indicators")!.schema.fields.find((f) => f.name === "measure")!;
    expect(flags.constraints?.enum).toBeDefined();
    const ind = utf8(files.get("indicators.csv")!).replace(',"share",', ',"portion",');
    const read = (p: string) => (p === "observations.csv" ? new TextEncoder().encode(obs.join("\n")) : p === "indicators.csv" ? new TextEncoder().encode(ind) : files.get(p)!);
    const problems = tableSchemaProblems(pkg, read);
    expect(problems.some((m) => m.includes("place_id=atlantis: not in places"))).toBe(true);
    expect(problems.some((m) => m.includes("measure") && m.includes("not in enum"))).toBe(true);
  });
});
