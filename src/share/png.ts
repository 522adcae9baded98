/**
 * SVG → PNG at build time with resvg (a maintained Rust renderer; npm @resvg/resvg-js ships prebuilt
 * binaries). Chinese text needs a CJK font: the renderer loads Noto Sans CJK (Debian `fonts-noto-cjk`)
 * explicitly and no system fonts, so a PNG looks the same on every machine, and a build on a machine
 * without the font fails saying what to install instead of drawing empty boxes.
 */
import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

/** Where Debian's fonts-noto-cjk puts the font collection (SC, TC, JP, KR faces). */
export const CJK_FONT_FILE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
export const CJK_FONT_BOLD_FILE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
/** The family every exported SVG names, so that the PNG and the SVG opened on a desktop agree. */
export const EXPORT_FONT_FAMILY = "Noto Sans CJK SC";

function fontFiles(): string[] {
  const files = [CJK_FONT_FILE, CJK_FONT_BOLD_FILE];
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new Error(`PNG rendering needs the Noto Sans CJK fonts (${missing.join(", ")} not found): apt-get install -y fonts-noto-cjk`);
  }
  return files;
}

/** Renders an SVG document to PNG bytes at `width` pixels (height follows the SVG's aspect ratio). */
export function svgToPng(svg: string, width: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: EXPORT_FONT_FAMILY, sansSerifFamily: EXPORT_FONT_FAMILY },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}
