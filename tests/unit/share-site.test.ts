/** The public address from SITE_URL, and the ICO container of the favicon. */
import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_URL, siteUrlFrom } from "../../src/export/siteUrl.ts";
import { pngToIco } from "../../src/share/ico.ts";

describe("siteUrlFrom", () => {
  it("uses the placeholder when SITE_URL is unset or empty", () => {
    expect(siteUrlFrom(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteUrlFrom("  ")).toBe(DEFAULT_SITE_URL);
  });
  it("keeps the origin of an address, without the trailing slash", () => {
    expect(siteUrlFrom("https://eco.example.cn/")).toBe("https://eco.example.cn");
    expect(siteUrlFrom("http://127.0.0.1:8080")).toBe("http://127.0.0.1:8080");
  });
  it("refuses what is not an http(s) origin, naming the value", () => {
    expect(() => siteUrlFrom("eco.example.cn")).toThrow(/"eco\.example\.cn"/);
    expect(() => siteUrlFrom("ftp://eco.example.cn")).toThrow(/origin/);
    expect(() => siteUrlFrom("https://user.github.io/tracker/")).toThrow(/no path/);
    expect(() => siteUrlFrom("https://eco.example.cn/?a=1")).toThrow(/query/);
  });
});

describe("pngToIco", () => {
  it("writes one directory entry pointing at the PNG after the 22-byte header", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const ico = pngToIco(png, 32);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    expect(view.getUint16(12, true)).toBe(32);
    expect(view.getUint32(14, true)).toBe(7);
    expect(view.getUint32(18, true)).toBe(22);
    expect([...ico.slice(22)]).toEqual([...png]);
    expect(ico.length).toBe(29);
  });
  it("writes 256 px as 0, as the format says, and refuses larger icons", () => {
    expect(pngToIco(new Uint8Array(1), 256)[6]).toBe(0);
    expect(() => pngToIco(new Uint8Array(1), 300)).toThrow();
  });
});
