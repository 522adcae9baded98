import { describe, expect, it } from "vitest";
import { formatNumber, formatValue } from "../../src/i18n/format.ts";

describe("formatNumber", () => {
  it("keeps the printed precision and groups digits only from 10 000, whatever was formatted before", () => {
    // Interleaved, so that a formatter reused across locales or groupings would show.
    expect(formatNumber(12345.678, "en")).toBe("12,345.678");
    expect(formatNumber(1234.5, "en")).toBe("1234.5");
    expect(formatNumber(0.000123, "zh")).toBe("0.000123");
    expect(formatNumber(-25000, "zh")).toBe("-25,000");
    expect(formatNumber(9999, "zh")).toBe("9999");
    expect(formatNumber(12345.678, "en")).toBe("12,345.678");
  });

  it("attaches % without a space and other units after a space in English", () => {
    expect(formatValue(93.3, "%", "en")).toBe("93.3%");
    expect(formatValue(25, "μg/m³", "en")).toBe("25 μg/m³");
    expect(formatValue(25, "μg/m³", "zh")).toBe("25μg/m³");
  });
});
