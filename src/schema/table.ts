import type { z } from "zod";

/** One published table: its CSV file, its row schema and its keys. */
export interface TableDef<Shape extends z.ZodRawShape = z.ZodRawShape> {
  name: string;
  file: string;
  zh: string;
  en: string;
  schema: z.ZodObject<Shape>;
  primaryKey: readonly string[];
}

export const defineTable = <Shape extends z.ZodRawShape>(def: TableDef<Shape>) => def;
