/**
 * A .ico file holding one PNG image (the ICO format allows PNG payloads since Windows Vista; every current
 * browser reads it). Layout: ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes), then the PNG.
 */
export function pngToIco(png: Uint8Array, size: number): Uint8Array {
  if (size < 1 || size > 256) throw new Error(`an icon is 1 to 256 pixels wide, not ${size}`);
  const out = new Uint8Array(6 + 16 + png.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // type 1 = icon
  view.setUint16(4, 1, true); // one image
  view.setUint8(6, size === 256 ? 0 : size); // width (0 means 256)
  view.setUint8(7, size === 256 ? 0 : size); // height
  view.setUint8(8, 0); // no palette
  view.setUint8(9, 0); // reserved
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, png.length, true); // size of the image data
  view.setUint32(18, 22, true); // offset of the image data
  out.set(png, 22);
  return out;
}
