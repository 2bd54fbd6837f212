/**
 * Decides the format from the bytes. The file name and MIME type only break ties between text
 * formats that look alike (Markdown vs plain text): a PDF renamed .docx is still a PDF.
 */
import { AppError } from "@/lib/errors";
import { imageTypeOf } from "./ocr/raster";

export type DocFormat = "txt" | "vtt" | "srt" | "docx" | "pdf" | "md" | "html" | "json" | "image" | "epub";

interface Magic {
  bytes: number[];
  offset?: number;
  what: string;
}

/** Binary files people upload by mistake, named so the message can say what they uploaded. */
const NOT_SUPPORTED: Magic[] = [
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
  { bytes: [0x42, 0x4d], what: "a BMP image" },
  { bytes: [0x52, 0x49, 0x46, 0x46], what: "an audio or video file (RIFF)" },
  { bytes: [0x49, 0x44, 0x33], what: "an MP3 audio file" },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, what: "an MP4/M4A audio or video file" },
  { bytes: [0x4f, 0x67, 0x67, 0x53], what: "an Ogg audio file" },
  { bytes: [0x66, 0x4c, 0x61, 0x43], what: "a FLAC audio file" },
  { bytes: [0x1a, 0x45, 0xdf, 0xa3], what: "a WebM/MKV video file" },
  { bytes: [0x1f, 0x8b], what: "a gzip archive" },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: "a RAR archive" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: "a 7-Zip archive" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: "a program (ELF)" },
  { bytes: [0x4d, 0x5a], what: "a Windows program" },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: "an SQLite database" },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: "an RTF document (save it as .docx)" },
];

function startsWith(bytes: Uint8Array, sig: number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[offset + i] !== sig[i]) return false;
  return true;
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, 0, "latin1") >= 0;
}

function extOf(fileName: string | undefined): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName ?? "");
  return m ? m[1].toLowerCase() : "";
}

/** Format of a binary container, or undefined when the bytes should be decoded as text. */
export function sniffBinary(bytes: Uint8Array, fileName?: string): DocFormat | undefined {
  // PDF writers may put junk before the header; readers accept it within the first KB.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString("latin1");
  if (head.includes("%PDF-")) return "pdf";
  // Photos, screenshots and scans are read by OCR (PNG, JPEG, WebP, TIFF).
  if (imageTypeOf(bytes)) return "image";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (containsAscii(bytes, "word/document.xml")) return "docx";
    // An EPUB's first entry is the uncompressed "mimetype" file naming it.
    if (containsAscii(bytes.subarray(0, 200), "application/epub+zip") || (containsAscii(bytes, "META-INF/container.xml") && containsAscii(bytes, ".opf"))) return "epub";
    const what = containsAscii(bytes, "ppt/") ? "a PowerPoint file" : containsAscii(bytes, "xl/") ? "an Excel file" : "a zip archive";
    throw new AppError(
      "UNSUPPORTED_TYPE",
      `This is ${what}, not a transcript or document. Upload .docx, .pdf, .epub, .txt, .md, .html, .vtt, .srt, .json or an image (PNG, JPEG, WebP, TIFF).`,
    );
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    // Password-protected .docx files are stored in this old compound format.
    if (extOf(fileName) === "docx") throw new AppError("ENCRYPTED_FILE", "This Word file is password-protected. Remove the password in Word and upload it again.");
    throw new AppError("UNSUPPORTED_TYPE", "This is an old-style .doc file. Open it in Word, save it as .docx, and upload that.");
  }
  for (const m of NOT_SUPPORTED) {
    if (startsWith(bytes, m.bytes, m.offset ?? 0)) throw new AppError("UNSUPPORTED_TYPE", `This looks like ${m.what}, not a transcript or document.`);
  }
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
