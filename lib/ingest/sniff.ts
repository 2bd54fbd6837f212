/**
 * Decides the format from the bytes. The file name and MIME type only break ties between text
 * formats that look alike (Markdown vs plain text): a PDF renamed .docx is still a PDF.
 * Binary signatures come from `file-type`; what it cannot know stays here: PDFs with junk before
 * the header, DOCX/EPUB told from other zips by their entries, and the text formats.
 */
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "@/lib/errors";
import { imageTypeFrom } from "./ocr/raster";

export type DocFormat = "txt" | "vtt" | "srt" | "docx" | "pdf" | "md" | "html" | "json" | "image" | "epub";

/** Binary files people upload by mistake, named so the message can say what they uploaded. */
const NOT_SUPPORTED: Record<string, string> = {
  gif: "a GIF image",
  bmp: "a BMP image",
  mp3: "an MP3 audio file",
  gz: "a gzip archive",
  rar: "a RAR archive",
  "7z": "a 7-Zip archive",
  elf: "a program (ELF)",
  exe: "a Windows program",
  sqlite: "an SQLite database",
  rtf: "an RTF document (save it as .docx)",
};

/** Leading signatures of the images we read, to call a file that file-type cannot parse damaged rather than binary. */
const DAMAGED_IMAGE: { sig: (number | undefined)[]; what: string }[] = [
  { sig: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: "PNG" },
  { sig: [0xff, 0xd8, 0xff], what: "JPEG" },
  { sig: [0x52, 0x49, 0x46, 0x46, undefined, undefined, undefined, undefined, 0x57, 0x45, 0x42, 0x50], what: "WebP" },
  { sig: [0x49, 0x49, 0x2a, 0], what: "TIFF" },
  { sig: [0x4d, 0x4d, 0, 0x2a], what: "TIFF" },
];

/** Zip-based formats file-type names; DOCX and EPUB are read, the rest named in the refusal. */
const ZIP_FAMILY: Record<string, string> = {
  zip: "a zip archive",
  pptx: "a PowerPoint file",
  ppsx: "a PowerPoint file",
  xlsx: "an Excel file",
  xlsm: "an Excel file",
};

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, 0, "latin1") >= 0;
}

function hasBom(b: Uint8Array): boolean {
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf);
}

function extOf(fileName: string | undefined): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName ?? "");
  return m ? m[1].toLowerCase() : "";
}

function describe(ext: string, mime: string): string {
  if (NOT_SUPPORTED[ext]) return NOT_SUPPORTED[ext];
  if (mime.startsWith("audio/") || mime.startsWith("video/") || ext === "ogx") return `an audio or video file (${ext.toUpperCase()})`;
  if (mime.startsWith("image/")) return `a ${ext.toUpperCase()} image`;
  return `a .${ext} file (${mime})`;
}

/** A zip is read only when it is a Word document or an EPUB; file-type names those from their entries. */
function sniffZip(bytes: Uint8Array, ext: string): DocFormat {
  if (ext === "docx" || ext === "docm") return "docx";
  if (ext === "epub") return "epub";
  // Zips file-type could not place (entries out of order, no mimetype first): look at the names.
  if (ext === "zip") {
    if (containsAscii(bytes, "word/document.xml")) return "docx";
    if (containsAscii(bytes.subarray(0, 200), "application/epub+zip") || (containsAscii(bytes, "META-INF/container.xml") && containsAscii(bytes, ".opf"))) return "epub";
  }
  const what = ZIP_FAMILY[ext] ?? (containsAscii(bytes, "ppt/") ? "a PowerPoint file" : containsAscii(bytes, "xl/") ? "an Excel file" : "a zip archive");
  throw new AppError(
    "UNSUPPORTED_TYPE",
    `This is ${what}, not a transcript or document. Upload .docx, .pdf, .epub, .txt, .md, .html, .vtt, .srt, .json or an image (PNG, JPEG, WebP, TIFF).`,
  );
}

/** Format of a binary container, or undefined when the bytes should be decoded as text. */
export async function sniffBinary(bytes: Uint8Array, fileName?: string): Promise<DocFormat | undefined> {
  // A byte-order mark makes it text; file-type would take UTF-16's FF FE for an MPEG audio frame.
  if (hasBom(bytes)) return undefined;
  const found = await fileTypeFromBuffer(bytes);
  // file-type also names a few text formats (WebVTT, XML, iCalendar); text is decided by our own rules below.
  const type = found && (found.mime.startsWith("text/") || found.mime === "application/xml") ? undefined : found;
  if (type?.ext === "pdf" || type?.ext === "ai") return "pdf";
  // Photos, screenshots and scans are read by OCR (PNG, JPEG, WebP, TIFF).
  if (imageTypeFrom(type)) return "image";
  // Every zip-based format (Office, EPUB, OpenDocument, JAR) starts with a local or end-of-directory header.
  if (type && bytes[0] === 0x50 && bytes[1] === 0x4b) return sniffZip(bytes, type.ext);
  if (type?.ext === "cfb" || type?.ext === "doc" || type?.ext === "msi") {
    // Password-protected .docx files are stored in this old compound format.
    if (extOf(fileName) === "docx") throw new AppError("ENCRYPTED_FILE", "This Word file is password-protected. Remove the password in Word and upload it again.");
    throw new AppError("UNSUPPORTED_TYPE", "This is an old-style .doc file. Open it in Word, save it as .docx, and upload that.");
  }
  if (type) throw new AppError("UNSUPPORTED_TYPE", `This looks like ${describe(type.ext, type.mime)}, not a transcript or document.`);
  // file-type names only files whose structure parses; one that merely starts like an image is a broken image.
  const damaged = DAMAGED_IMAGE.find((d) => d.sig.every((b, i) => b === undefined || bytes[i] === b));
  if (damaged) throw new AppError("CORRUPT_FILE", `This file starts like a ${damaged.what} image but is damaged and cannot be read.`);
  // PDF writers may put junk before the header; readers accept it within the first KB.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString("latin1");
  if (head.includes("%PDF-")) return "pdf";
  if (extOf(fileName) === "docx" || extOf(fileName) === "pdf") {
    // Named like a container but does not start like one: a broken or mislabelled file.
    if (!looksLikeText(bytes)) throw new AppError("CORRUPT_FILE", `This file is named .${extOf(fileName)} but is not a valid ${extOf(fileName).toUpperCase()} file.`);
  }
  return undefined;
}

/** Control bytes (other than tab/newline/form feed/escape) are rare in text and common in binary. */
export function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return control <= n * 0.002;
}

const TIMING_LINE = /^[ \t]*(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}[ \t]*-->/m;

/** Format of decoded text. */
export function sniffText(text: string, fileName?: string, mimeType?: string): DocFormat {
  const start = text.slice(0, 4096).trimStart();
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(start)) return "vtt";
  if ((start.startsWith("{") || start.startsWith("[")) && !/^\[\s*\d{1,2}:\d{2}/.test(start)) {
    try {
      JSON.parse(text);
      return "json";
    } catch {
      // A .json file that does not parse is a damaged JSON file; otherwise maybe "[Speaker] text".
      if (extOf(fileName) === "json") return "json";
    }
  }
  const head = start.slice(0, 2000);
  if (TIMING_LINE.test(head)) return extOf(fileName) === "vtt" ? "vtt" : "srt";
  const ext = extOf(fileName);
  if (/^<(?:!doctype html|html|head|body)[\s>]/i.test(start)) return "html";
  if (start.startsWith("<") && (ext === "html" || ext === "htm" || mimeType === "text/html")) return "html";
  if (ext === "md" || ext === "markdown" || mimeType === "text/markdown") return "md";
  const headings = head.match(/^#{1,6} \S/gm)?.length ?? 0;
  const mdMarks = (head.match(/^(?:```|[-*] |\d+\. |> )/gm)?.length ?? 0) + (head.match(/\[[^[\]\n]+\]\([^()\s]+\)/g)?.length ?? 0) + (head.match(/\*\*[^*\n]+\*\*/g)?.length ?? 0);
  if (headings >= 1 && headings + mdMarks >= 3) return "md";
  return "txt";
}
