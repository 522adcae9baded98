/** scripts/budget.ts on a small fake site written to a temporary directory. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { JS_BUDGET, pageWeights } from "../../scripts/budget.ts";

const root = mkdtempSync(join(tmpdir(), "zj-budget-"));
const gz = (s: string) => gzipSync(s, { level: 9 }).length;
const css = "body{color:#123}".repeat(50);
const js = "console.log(1);".repeat(40);
const inline = "document.title='x';";
const page = `<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="alternate" href="/en/"></head><body><script type="module" src="/_astro/b.js"></script><script>${inline}</script><p>hello</p></body></html>`;
mkdirSync(join(root, "_astro"), { recursive: true });
mkdirSync(join(root, "big"), { recursive: true });
writeFileSync(join(root, "_astro/a.css"), css);
writeFileSync(join(root, "_astro/b.js"), js);
writeFileSync(join(root, "index.html"), page);
// A page whose JS alone is over budget: incompressible random-looking text.
let noise = "";
for (let i = 0; noise.length < JS_BUDGET * 3; i++) noise += ((i * 2654435761) >>> 0).toString(36);
writeFileSync(join(root, "_astro/big.js"), `var x="${noise}";`);
writeFileSync(join(root, "big/index.html"), `<!doctype html><html><body><script src="/_astro/big.js"></script></body></html>`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("budget", () => {
  it("counts each page's gzipped HTML, linked CSS and JS (external and inline), inline JS once in the total", () => {
    const home = pageWeights(root).find((w) => w.path === "/")!;
    expect(home.css).toBe(gz(css));
    expect(home.js).toBe(gz(js) + gz(inline));
    expect(home.html).toBe(gz(page));
    expect(home.total).toBe(gz(page) + gz(css) + gz(js));
  });

  it("fails when a page is over budget and prints the heaviest page first", () => {
    const run = spawnSync("npx", ["node", "scripts/budget.ts", root], { encoding: "utf-8" });
    expect(run.status).toBe(1);
    const rows = run.stdout.split("\n").filter((l) => /^\s*\d+\.\d/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("/big/");
    expect(rows[0]).toContain("over budget");
    expect(rows[1]).not.toContain("over budget");
    expect(run.stderr).toContain("/big/");
  });

  it("passes a site within budget, and refuses a missing directory", () => {
    rmSync(join(root, "big"), { recursive: true });
    expect(spawnSync("npx", ["node", "scripts/budget.ts", root], { encoding: "utf-8" }).status).toBe(0);
    expect(spawnSync("npx", ["node", "scripts/budget.ts", join(root, "nope")], { encoding: "utf-8" }).status).toBe(1);
    // Two child processes through npx: seconds each on a busy 2-core machine, so not the 5 s default.
  }, 60_000);
});
