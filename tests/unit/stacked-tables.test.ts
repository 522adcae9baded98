import { describe, expect, it } from "vitest";
import { labelStackedTables } from "../../src/html/stackedTables.ts";

describe("phone-first tables", () => {
  it("labels each cell of a stack table with its column header's text, row headers included", () => {
    const html =
      `<p>x</p><table class="observations stack" data-x="1"><caption>C</caption><thead><tr><th scope="col">地区</th><th scope="col" class="num">年份 <span>(年)</span></th><th>来源 "A"</th></tr></thead>` +
      `<tbody><tr data-year="2021"><th scope="row">浙江省</th><td class="num">2021</td><td><a href="/s">报</a></td></tr><tr><td>杭州</td><td>2022</td><td></td></tr></tbody></table>`;
    expect(labelStackedTables(html)).toBe(
      `<p>x</p><table class="observations stack" data-x="1"><caption>C</caption><thead><tr><th scope="col">地区</th><th scope="col" class="num">年份 <span>(年)</span></th><th>来源 "A"</th></tr></thead>` +
        `<tbody><tr data-year="2021"><th data-label="地区" scope="row">浙江省</th><td data-label="年份 (年)" class="num">2021</td><td data-label="来源 &quot;A&quot;"><a href="/s">报</a></td></tr>` +
        `<tr><td data-label="地区">杭州</td><td data-label="年份 (年)">2022</td><td data-label="来源 &quot;A&quot;"></td></tr></tbody></table>`,
    );
  });

  it("leaves other tables alone (a class that merely contains the word is not “stack”)", () => {
    const html = `<table class="stacked"><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table><table><tbody><tr><td>2</td></tr></tbody></table>`;
    expect(labelStackedTables(html)).toBe(html);
  });

  it("fails when a row's cells do not line up with the headers, or the table has no header row", () => {
    const head = `<thead><tr><th>A</th><th>B</th></tr></thead>`;
    expect(() => labelStackedTables(`<table class="stack">${head}<tbody><tr><td>1</td></tr></tbody></table>`)).toThrow(/1 cells for 2 column headers/);
    expect(() => labelStackedTables(`<table class="stack">${head}<tbody><tr><td>1</td><td>2</td><td>3</td></tr></tbody></table>`)).toThrow(/more cells than its 2 column headers/);
    expect(() => labelStackedTables(`<table class="stack"><tbody><tr><td>1</td></tr></tbody></table>`)).toThrow(/needs a <thead> and a <tbody>/);
  });
});
