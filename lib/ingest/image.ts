/** A photo, screenshot or scanned page (PNG, JPEG, WebP, TIFF) → OCR lines → a document. */
import type { ParsedDoc } from "./types";
import { finalizeDoc } from "./build";
import { readDocument } from "./document";
import { noTextFound, ocrImage, type ImageType, type OcrOptions } from "./ocr";

export async function parseImage(bytes: Uint8Array, type: ImageType, fileName: string, opts: OcrOptions = {}): Promise<ParsedDoc> {
  const blocks = await ocrImage(bytes, type, opts);
  if (!blocks.length) throw noTextFound("image");
  return finalizeDoc(readDocument(blocks), { format: "image", fileName });
}
