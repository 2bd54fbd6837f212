/**
 * parseDocument: bytes of an uploaded file → ParsedDoc. The format is decided from the content;
 * every failure is an AppError with a stable code and a message for the person who uploaded it.
 */
import { AppError } from "@/lib/errors";
import type { IngestInput, ParsedDoc } from "./types";
import { LIMITS } from "./limits";
import { normalizeNewlines } from "./clean";
import { decodeText, guessUtf16 } from "./encoding";
import { looksLikeText, sniffBinary, sniffText, type DocFormat } from "./sniff";
import { checkLineLengths } from "./line-guard";
import { parseTxt } from "./txt";
import { parseVtt } from "./vtt";
import { parseSrt } from "./srt";
import { parseJson } from "./json";
import { parseMarkdown } from "./md";
import { parseHtml } from "./html";
import { parseDocx } from "./docx";
import { parseEpub } from "./epub";
import { parsePdf } from "./pdf";
import { parseImage } from "./image";
import { imageTypeOf, type OcrOptions } from "./ocr";

export type { DocFormat } from "./sniff";
export type { IngestInput, ParsedDoc, Segment } from "./types";

export interface ParseOptions {
  /** Reject files larger than this many bytes (default 50 MB). */
  maxBytes?: number;
  /** OCR of images and of PDF pages without a text layer: worker count and per-page progress. */
  ocr?: OcrOptions;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function checkSize(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.length === 0) throw new AppError("FILE_EMPTY", "This file is empty.");
  if (bytes.length > maxBytes) {
    const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
    throw new AppError("FILE_TOO_LARGE", `This file is ${mb(bytes.length)}; the limit is ${mb(maxBytes)}.`, {
      size: bytes.length,
      maxBytes,
    });
  }
}

/** Decodes a text file, rejecting binary content that no text format can hold. */
function decodeChecked(bytes: Uint8Array): string {
  if (!hasUtf16Bom(bytes) && !guessUtf16(bytes) && !looksLikeText(bytes)) {
    throw new AppError("BINARY_CONTENT", "This file contains binary data, not text. Upload a transcript or document.");
  }
  const { text } = decodeText(bytes);
  // UTF-16 decoding never fails, so binary that happens to look like UTF-16 is caught here.
  let control = 0;
  const n = Math.min(text.length, 64 * 1024);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || c === 0xfffd) control++;
  }
  if (control > n * 0.002) {
    throw new AppError("BINARY_CONTENT", "This file contains binary data, not text. Upload a transcript or document.");
  }
  return normalizeNewlines(text);
}

/**
 * The file's format from its content, with the name/MIME as a tie-breaker between look-alike
 * text formats. Throws AppError for types we do not read (images, audio, archives, binary).
 */
export async function sniffType(bytes: Uint8Array, hint: { fileName?: string; mimeType?: string } = {}): Promise<DocFormat> {
  const binary = await sniffBinary(bytes, hint.fileName);
  if (binary) return binary;
  return sniffText(decodeChecked(bytes), hint.fileName, hint.mimeType);
}

export async function parseDocument(input: IngestInput, opts: ParseOptions = {}): Promise<ParsedDoc> {
  const { bytes, fileName, mimeType } = input;
  checkSize(bytes, opts.maxBytes ?? LIMITS.maxBytes);
  const binary = await sniffBinary(bytes, fileName);
  if (binary === "docx") return parseDocx(bytes, fileName);
  if (binary === "epub") return parseEpub(bytes, fileName);
  if (binary === "pdf") return parsePdf(bytes, fileName, opts.ocr);
  if (binary === "image") return parseImage(bytes, (await imageTypeOf(bytes))!, fileName, opts.ocr);

  const text = decodeChecked(bytes);
  if (!text.trim()) throw new AppError("NO_TEXT", "This file contains only whitespace, no text.");
  const format = sniffText(text, fileName, mimeType);
  switch (format) {
    case "json":
      return parseJson(text, fileName);
    case "html":
      return parseHtml(text, fileName);
    case "vtt":
      checkLineLengths(text);
      return parseVtt(text, fileName);
    case "srt":
      checkLineLengths(text);
      return parseSrt(text, fileName);
    case "md":
      checkLineLengths(text);
      return parseMarkdown(text, fileName);
    default:
      checkLineLengths(text);
      return parseTxt(text, fileName);
  }
}
