/** SHA-256 checksums in the format of GNU `sha256sum` (so that `sha256sum -c SHA256SUMS` verifies them). */
import { createHash } from "node:crypto";

export const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

export interface Checksum {
  sha256: string;
  path: string;
}

/** "<hex>  <path>\n" per file, sorted by path (byte order). */
export function formatSums(entries: Iterable<Checksum>): string {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sorted.map((e) => `${e.sha256}  ${e.path}\n`).join("");
}

/** Parses a SHA256SUMS file; throws on any line that is not "<64 hex>  <path>". */
export function parseSums(text: string, file = "SHA256SUMS"): Checksum[] {
  if (text === "") return [];
  if (!text.endsWith("\n")) throw new Error(`${file}: must end with a line break`);
  return text
    .slice(0, -1)
    .split("\n")
    .map((line, i) => {
      const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
      if (!m) throw new Error(`${file}:${i + 1}: not a sha256sum line: ${JSON.stringify(line)}`);
      return { sha256: m[1]!, path: m[2]! };
    });
}
