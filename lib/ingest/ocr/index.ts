/**
 * OCR, offline: photos, screenshots and scans (PNG, JPEG, WebP, TIFF) and PDF pages without a text
 * layer, recognised by tesseract.js with Simplified Chinese + English trained data from npm. Every
 * line becomes a segment that keeps its page and confidence.
 */
import { AppError } from "@/lib/errors";
import type { Block } from "../blocks";
import type { OcrLine } from "./lines";
import { prepareImage, type ImageType } from "./raster";
import { recognizePages, type OcrOptions } from "./recognize";

export type { OcrOptions } from "./recognize";
export { imageTypeOf, type ImageType } from "./raster";
export { LOW_CONFIDENCE } from "./lines";

/** Recognised lines of one page → blocks (one per line: a doubtful line is marked on its own). */
export function ocrBlocks(lines: OcrLine[], page: number): Block[] {
  return lines.map((l) => ({ text: l.text, page, confidence: l.confidence }));
}

export function noTextFound(what: string): AppError {
  return new AppError("NO_TEXT", `No text could be recognised in this ${what}. If it has text, upload a sharper or larger image.`);
}

export async function ocrImage(bytes: Uint8Array, type: ImageType, opts: OcrOptions = {}): Promise<Block[]> {
  const image = await prepareImage(bytes, type);
  const [lines] = await recognizePages(1, async () => image, opts);
  return ocrBlocks(lines, 1);
}
