import { describe, expect, it } from "vitest";
import { assumedBasis } from "../../src/status/caveats.ts";
import type { StatusCode } from "../../src/status/computeStatus.ts";

const result = (status: StatusCode, caveats: string[]) => ({ status, working: { caveats } });

describe("the caveat a status carries", () => {
  it("names the assumed caliber and inferred year a judged status rests on, in a fixed order", () => {
    expect(assumedBasis(result("moving-away", ["caliber-assumed", "year-inferred"]))).toEqual(["caliber-assumed", "year-inferred"]);
    expect(assumedBasis(result("achieved", ["caliber-assumed"]))).toEqual(["caliber-assumed"]);
  });

  it("ignores flags that are printed facts (estimate, lower bound) and statuses that judge nothing", () => {
    expect(assumedBasis(result("met", ["estimated", "lower-bound"]))).toEqual([]);
    // A pending target with an estimated, assumed baseline is not judged from it: no caveat beside its status.
    expect(assumedBasis(result("pending-assignment", ["caliber-assumed"]))).toEqual([]);
    expect(assumedBasis(result("insufficient-data", ["year-inferred"]))).toEqual([]);
  });
});
