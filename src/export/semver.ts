/**
 * Versions of the data: semantic versioning for data. Major = a schema break (a table or column removed,
 * renamed or retyped); minor = rows or columns added; patch = corrections.
 */
export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export type Bump = "major" | "minor" | "patch";
const ORDER: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

export function parseVersion(version: string): [number, number, number] {
  const m = SEMVER.exec(version);
  if (!m) throw new Error(`"${version}" is not a version of the form MAJOR.MINOR.PATCH (e.g. 1.0.0)`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

/** The kind of step from `from` to `to` (which must be greater). */
export function bumpOf(from: string, to: string): Bump {
  const [a, b] = [parseVersion(from), parseVersion(to)];
  if (b[0] !== a[0]) return "major";
  if (b[1] !== a[1]) return "minor";
  return "patch";
}

export const atLeast = (bump: Bump, required: Bump) => ORDER[bump] >= ORDER[required];
export const larger = (a: Bump, b: Bump): Bump => (ORDER[a] >= ORDER[b] ? a : b);
