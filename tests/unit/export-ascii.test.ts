/** Plain and ASCII forms of typographic text, worked out by hand. */
import { describe, expect, it } from "vitest";
import { asciiText, plainSymbols } from "../../src/export/ascii.ts";

describe("plainSymbols", () => {
  it("makes sub- and superscript digits and Roman numerals plain, and leaves Chinese alone", () => {
    expect(plainSymbols("细颗粒物（PM₂.₅）平均浓度")).toBe("细颗粒物（PM2.5）平均浓度");
    expect(plainSymbols("单位GDP二氧化碳（CO₂）排放")).toBe("单位GDP二氧化碳（CO2）排放");
    expect(plainSymbols("地表水达到或好于Ⅲ类水体比例")).toBe("地表水达到或好于III类水体比例");
    expect(plainSymbols("Ⅴ类、Ⅳ类")).toBe("V类、IV类");
    expect(plainSymbols("μg/m³")).toBe("μg/m3");
  });
});

describe("asciiText", () => {
  it("gives the ASCII search form of the typographic names", () => {
    expect(asciiText("PM₂.₅ concentration")).toBe("PM2.5 concentration");
    expect(asciiText("Share of water at Class Ⅰ–Ⅲ")).toBe("Share of water at Class I-III");
    expect(asciiText("CO₂ per unit of GDP")).toBe("CO2 per unit of GDP");
    expect(asciiText("μg/m³ · café ‘x’")).toBe("ug/m3 - cafe 'x'");
  });

  it("refuses a character with no ASCII form rather than dropping it", () => {
    expect(() => asciiText("PM₂.₅浓度")).toThrow(/U\+6D53/);
  });
});
