/** The site icon: public/favicon.svg is the one drawing; the PNG and ICO forms are rendered from it at build. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { svgToPng } from "./png.ts";

export const faviconSvg = () => readFileSync(join(process.cwd(), "public", "favicon.svg"), "utf-8");
export const faviconPng = (size: number) => svgToPng(faviconSvg(), size);
