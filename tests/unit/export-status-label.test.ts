import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/data/dataset.ts";
import { loadDataset } from "../../src/data/load.ts";
import { statusRecord } from "../../src/export/statuses.ts";

describe("the exported status names (issue 9: honest labels)", () => {
  it("name a target whose value the plan did not print for what it is, in both languages", () => {
    // tests/fixtures/good: PM2.5 (row 2) is 国家下达指标 in the plan, so the engine returns pending-assignment.
    const site = buildSite(loadDataset(join(process.cwd(), "tests", "fixtures", "good")), "test", "2026-12-07");
    const pm25 = site.data.targets.find((t) => t.id === "fyp14-t2-r2")!;
    const row = statusRecord(pm25, site.statusOf(pm25));
    expect(row.status).toBe("pending-assignment");
    expect(row.status_zh).toBe("目标值未公开（国家下达）");
    expect(row.status_en).toBe("Target value not published (set by the national government)");
    // The old wording read as if the government were still deciding.
    expect(row.status_zh).not.toContain("待");
  });
});
