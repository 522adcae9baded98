/**
 * Validates the data tables and nothing else (no build), with the same loader and rules as the site.
 *
 *   npm run data:check                 checks data/
 *   npm run data:check -- some/dir     checks the tables in another directory
 *
 * Exit code 0 when valid, 1 when there are problems (each printed with file, line, column and reason).
 */
import { join, resolve } from "node:path";
import { checkData, report } from "../src/data/check.ts";

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, "..", "data"));
const result = checkData(dir);
console.log(report(result));
process.exitCode = result.ok ? 0 : 1;
