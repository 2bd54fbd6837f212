/**
 * Images → what tesseract reads best. PNG and JPEG are decoded in JavaScript, flattened onto white (a
 * transparent screenshot would otherwise read as black on black) and enlarged when the type is small;
 * WebP and TIFF go to tesseract's own decoders as they are. Pixel counts are checked from the header
 * first, so a 100,000 × 100,000 "image" is refused unread.
 */
import { fileTypeFromBuffer } from "file-type";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { AppError } from "@/lib/errors";

export type ImageType = "png" | "jpeg" | "webp" | "tiff";

/** 50 megapixels: a 300-dpi A3 scan is 17 MP; more is a crafted file. */
export const MAX_PIXELS = 50_000_000;
/** Tesseract reads 10–12 px text poorly; pages smaller than this on their long side are enlarged. */
const TARGET_LONG_SIDE = 1500;
const MAX_SCALE = 3;

const IMAGE_TYPES: Record<string, ImageType> = { png: "png", jpg: "jpeg", webp: "webp", tif: "tiff" };

/** The OCR image type of a `file-type` result, or undefined for every other format. */
export function imageTypeFrom(type: { ext: string } | undefined): ImageType | undefined {
  return type ? IMAGE_TYPES[type.ext] : undefined;
}

export async function imageTypeOf(bytes: Uint8Array): Promise<ImageType | undefined> {
  return imageTypeFrom(await fileTypeFromBuffer(bytes));
}

/** Width × height of the first TIFF image (tags 256/257), read from its first IFD. */
export function tiffSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const le = bytes[0] === 0x49;
  const u16 = (o: number) => view.getUint16(o, le);
  const u32 = (o: number) => view.getUint32(o, le);
  const ifd = u32(4);
  if (ifd + 2 > bytes.length) return undefined;
  const count = u16(ifd);
  let width = 0;
  let height = 0;
  for (let k = 0; k < count && ifd + 2 + k * 12 + 12 <= bytes.length; k++) {
    const o = ifd + 2 + k * 12;
    const tag = u16(o);
    const value = u16(o + 2) === 3 ? u16(o + 8) : u32(o + 8);
    if (tag === 256) width = value;
    if (tag === 257) height = value;
  }
  return width && height ? { width, height } : undefined;
}

function tooLarge(width: number, height: number): AppError {
  return new AppError("TOO_COMPLEX", `This image is ${width} × ${height} pixels; the limit is ${MAX_PIXELS / 1_000_000} megapixels. Scale it down and upload it again.`);
}

function unreadable(what: string): AppError {
  return new AppError("CORRUPT_FILE", `This ${what} image is damaged or incomplete and cannot be read. Try saving it again.`);
}

export function scaleFor(width: number, height: number): number {
  const long = Math.max(width, height);
  if (long >= TARGET_LONG_SIDE) return 1;
  return Math.min(MAX_SCALE, TARGET_LONG_SIDE / long);
}

/** PNG's IHDR width/height (bytes 16–24), read before decoding so a pixel bomb is refused unread. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]) !== "IHDR") return undefined;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

/**
 * Decodes PNG and JPEG in JavaScript (pngjs, jpeg-js), never in the native canvas: skia's decoders
 * crash the process on some damaged files, and a crash is not an error message.
 */
function decodeRgba(bytes: Uint8Array, type: "png" | "jpeg"): { width: number; height: number; data: Uint8Array } {
  if (type === "png") {
    const size = pngSize(bytes);
    if (!size) throw unreadable("PNG");
    if (size.width * size.height > MAX_PIXELS) throw tooLarge(size.width, size.height);
    try {
      const png = PNG.sync.read(Buffer.from(bytes));
      return { width: png.width, height: png.height, data: png.data };
    } catch {
      throw unreadable("PNG");
    }
  }
  try {
    const jpg = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1_000_000, maxMemoryUsageInMB: 1024 });
    return { width: jpg.width, height: jpg.height, data: jpg.data };
  } catch (e) {
    if (/maxResolutionInMP/.test(String(e)))
      throw new AppError("TOO_COMPLEX", `This image is larger than ${MAX_PIXELS / 1_000_000} megapixels. Scale it down and upload it again.`);
    throw unreadable("JPEG");
  }
}

/**
 * An image file → what tesseract reads: PNG and JPEG as a white-backed, enlarged PNG; WebP and TIFF as
 * they are, for tesseract's own (WebAssembly, so memory-safe) decoders, after a check of their size.
 */
export async function prepareImage(bytes: Uint8Array, type: ImageType): Promise<Buffer> {
  if (type === "tiff" || type === "webp") {
    const size = type === "tiff" ? tiffSize(bytes) : webpSize(bytes);
    if (!size) throw unreadable(type === "tiff" ? "TIFF" : "WebP");
    if (size.width * size.height > MAX_PIXELS) throw tooLarge(size.width, size.height);
    return Buffer.from(bytes);
  }
  const img = decodeRgba(bytes, type);
  if (!img.width || !img.height) throw unreadable(type.toUpperCase());
  const { createCanvas, ImageData } = await import("@napi-rs/canvas");
  const source = createCanvas(img.width, img.height);
  const sctx = source.getContext("2d");
  sctx.putImageData(new ImageData(new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.byteLength), img.width, img.height), 0, 0);
  const scale = scaleFor(img.width, img.height);
  const canvas = createCanvas(Math.round(img.width * scale), Math.round(img.height * scale));
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
  return canvas.encode("png");
}

/** WebP canvas size from its VP8X, VP8L or VP8 header. */
export function webpSize(b: Uint8Array): { width: number; height: number } | undefined {
  if (b.length < 30) return undefined;
  const chunk = String.fromCharCode(b[12], b[13], b[14], b[15]);
  if (chunk === "VP8X") return { width: 1 + (b[24] | (b[25] << 8) | (b[26] << 16)), height: 1 + (b[27] | (b[28] << 8) | (b[29] << 16)) };
  if (chunk === "VP8L") {
    const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
  }
  if (chunk === "VP8 ") return { width: (b[26] | (b[27] << 8)) & 0x3fff, height: (b[28] | (b[29] << 8)) & 0x3fff };
  return undefined;
}
