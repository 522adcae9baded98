/**
 * SVG → PNG at build time with resvg (a maintained Rust renderer; npm @resvg/resvg-js ships prebuilt
 * binaries). Chinese text needs a CJK font: the renderer loads WenQuanYi Micro Hei (Debian
 * `fonts-wqy-microhei`, TrueType outlines, Latin included) and DejaVu Sans (`fonts-dejavu-core`, for
 * subscript digits such as PM₂.₅) explicitly and no system fonts, so a PNG looks the same on every machine,
 * and a build on a machine without them fails saying what to install instead of drawing empty boxes.
 * (Noto Sans CJK renders too, but its CFF outlines made each image 5–7× slower to draw.)
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

/** Debian's files of the two fonts, with the package that installs each. */
export const FONT_FILES = [
  { file: "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", apt: "fonts-wqy-microhei" },
  { file: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", apt: "fonts-dejavu-core" },
] as const;
const FAMILY = "WenQuanYi Micro Hei";
/**
 * The font-family of exported SVGs: the renderer's font first (so the PNG and the SVG agree where it is
 * installed), then the site's Chinese stack for desktops without it.
 */
export const EXPORT_FONT_FAMILY = `'${FAMILY}', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC'`;

function fontFiles(): string[] {
  const missing = FONT_FILES.filter((f) => !existsSync(f.file));
  if (missing.length > 0) {
    throw new Error(`PNG rendering needs ${missing.map((f) => f.file).join(", ")}: apt-get install -y ${missing.map((f) => f.apt).join(" ")}`);
  }
  return FONT_FILES.map((f) => f.file);
}

/**
 * Rendering takes 0.1–0.3 s an image (shaping CJK text), so PNGs are cached between builds by the hash of
 * their input (the SVG, the width and the renderer's version): the same input gives the same bytes.
 */
const CACHE_DIR = join(process.cwd(), "node_modules", ".cache", "zj-eco-png");
const RENDERER = `resvg-js@2.6.2 ${FAMILY}`;

/** Renders an SVG document to PNG bytes at `width` pixels (height follows the SVG's aspect ratio). */
export function svgToPng(svg: string, width: number): Uint8Array {
  const key = createHash("sha256").update(`${RENDERER}\n${width}\n${svg}`).digest("hex");
  const cached = join(CACHE_DIR, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = render(svg, width);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, png);
  return png;
}

function render(svg: string, width: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FAMILY, sansSerifFamily: FAMILY },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}
