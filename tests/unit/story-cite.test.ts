/**
 * What story components cite, on the small fixture dataset (tests/fixtures/good: PM₂.₅ 2020 = 25 and
 * 2021 = 24 on pm25--main, plan fyp14 = 2021–2025). Expected values and messages are read off the fixture by hand.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadDataset, type Dataset } from "../../src/data/load.ts";
import { buildSite } from "../../src/data/dataset.ts";
import { CitationError, citedAnchor, citedObservation, citedStatuses, latestObservation, missingYears } from "../../src/stories/cite.ts";

const data = loadDataset(join(process.cwd(), "tests/fixtures/good"));
const AT = "content/stories/air.zh.mdx:3:5";
const site = (d: Dataset = data, date = "2024-06-01") => buildSite(d, "1.0.0", date);
const pm25 = (s: ReturnType<typeof site>) => s.data.series.find((x) => x.id === "pm25--main")!;

describe("a cited value", () => {
  it("is the value of the series in that year", () => {
    expect(citedObservation(site(), { series: "pm25--main", year: 2021 }, AT).value).toBe(24);
  });

  it("fails with the story's file and line when the year has no value", () => {
    expect(() => citedObservation(site(), { series: "pm25--main", year: 2022 }, AT)).toThrow(CitationError);
    expect(() => citedObservation(site(), { series: "pm25--main", year: 2022 }, AT)).toThrow(
      `${AT} <Obs series="pm25--main" year={2022}>: no value for 2022 at zhejiang on series "pm25--main" (years with a value: 2020, 2021)`,
    );
  });

  it("fails when the value has moved to another series (caliber)", () => {
    const moved: Dataset = {
      ...data,
      series: [...data.series, { ...pm25(site()), id: "pm25--other" }],
      observations: data.observations.map((o) => (o.indicator_id === "pm25" && o.year === 2021 ? { ...o, series_id: "pm25--other" } : o)),
    };
    expect(() => citedObservation(site(moved), { series: "pm25--main", year: 2021 }, AT)).toThrow(
      `${AT} <Obs series="pm25--main" year={2021}>: the 2021 value of zhejiang is now on another series (caliber): "pm25--other"`,
    );
  });

  it("fails when the series itself is gone", () => {
    expect(() => citedObservation(site(), { series: "pm25--gone", year: 2021 }, AT)).toThrow(`${AT} <Obs series="pm25--gone" year={2021}>: there is no series "pm25--gone"`);
  });
});

describe("the latest value", () => {
  it("is the newest year of the series", () => {
    expect(latestObservation(site(), { series: "pm25--main" }, AT)?.year).toBe(2021);
  });

  it("within a plan may be none yet, but without a plan there must be one", () => {
    const baselineOnly: Dataset = { ...data, observations: data.observations.filter((o) => !(o.indicator_id === "pm25" && o.year === 2021)) };
    expect(latestObservation(site(baselineOnly), { series: "pm25--main", since: "fyp14" }, AT)).toBeNull();
    expect(latestObservation(site(baselineOnly), { series: "pm25--main" }, AT)?.year).toBe(2020);
    const none: Dataset = { ...data, observations: data.observations.filter((o) => o.indicator_id !== "pm25") };
    expect(() => latestObservation(site(none), { series: "pm25--main" }, AT)).toThrow(`${AT} <Latest series="pm25--main">: series "pm25--main" has no value at zhejiang`);
  });
});

describe("missing years", () => {
  it("are the plan's ended years without a value on the series", () => {
    const plan = site().plans.byId("fyp14");
    // Built mid-2024: 2021, 2022 and 2023 have ended; 2021 has a value.
    expect(missingYears(site(), pm25(site()), plan)).toEqual([2022, 2023]);
    // Built in the plan's first year: no year has ended, nothing is missing yet.
    expect(missingYears(site(data, "2021-06-01"), pm25(site()), plan)).toEqual([]);
  });
});

describe("other references", () => {
  it("checks status names and plan anchors", () => {
    expect(citedStatuses(["met", "achieved"], AT, "<Count>")).toEqual(["met", "achieved"]);
    expect(citedStatuses(undefined, AT, "<Count>")).toBeNull();
    expect(() => citedStatuses("done", AT, "<Count>")).toThrow(`${AT} <Count>: "done" is not a status`);
    expect(citedAnchor("table-2", AT, "<PlanRef>").kind).toBe("table");
    expect(() => citedAnchor("ch9-s9-p9", AT, "<PlanRef>")).toThrow(`${AT} <PlanRef>: the plan has no paragraph or table with the anchor "ch9-s9-p9"`);
  });
});
