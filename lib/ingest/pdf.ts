/**
 * PDF text layer via pdfjs-dist (legacy build for Node, in-process "fake" worker, no fonts or
 * network). Text items are regrouped into lines by baseline and into paragraphs by line spacing;
 * larger type becomes headings; bare page numbers are dropped. Pages without a text layer (scans)
 * are rendered and read by OCR; a mixed PDF keeps its text pages as they are.
 */
import { AppError } from "@/lib/errors";
import type { ParsedDoc } from "./types";
import type { Block } from "./blocks";
import { finalizeDoc } from "./build";
import { joinText } from "./clean";
import { readDocument } from "./document";
import { readTranscript } from "./transcript";
import { LIMITS } from "./limits";
import { checkPdfStreams } from "./pdf-streams";
import { noTextFound, ocrBlocks, type OcrOptions } from "./ocr";
import type { OcrLine } from "./ocr/lines";
import { recognizePages } from "./ocr/recognize";
import { renderPdfPage } from "./ocr/pdf-pages";

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  eol: boolean;
}

interface Line {
  text: string;
  y: number;
  size: number;
}

const PAGE_NUMBER = /^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|page \d+(?: of \d+)?|第\s*\d+\s*页(?:\s*(?:[/，,]\s*)?共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/i;
const PDF_TIMEOUT_MS = 20_000;

function toLines(items: Item[]): Line[] {
  const lines: Line[] = [];
  let cur: { parts: string; y: number; size: number; endX: number } | undefined;
  const close = () => {
    if (cur?.parts.trim()) lines.push({ text: cur.parts.replace(/\s+/g, " ").trim(), y: cur.y, size: cur.size });
    cur = undefined;
  };
  for (const it of items) {
    if (cur && Math.abs(it.y - cur.y) > Math.max(cur.size, it.size) * 0.5) close();
    if (!cur) cur = { parts: "", y: it.y, size: it.size, endX: it.x };
    if (it.str) {
      // A visible gap between runs of Latin text is a word space the PDF did not encode.
      const gap = it.x - cur.endX;
      const needsSpace = gap > it.size * 0.2 && !/\s$/.test(cur.parts) && !/^\s/.test(it.str);
      cur.parts = needsSpace ? joinText(cur.parts, it.str) : cur.parts + it.str;
      cur.size = Math.max(cur.size, it.size);
      cur.endX = it.x + it.width;
    }
    if (it.eol) close();
  }
  close();
  return lines;
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Lines of all pages → blocks: paragraphs break on a larger-than-usual gap or a change of type size. */
function toBlocks(pages: Line[][], ocr: Map<number, OcrLine[]>): Block[] {
  const body = median(pages.flat().map((l) => l.size)) || 12;
  const blocks: Block[] = [];
  pages.forEach((lines, p) => {
    const recognised = ocr.get(p + 1);
    if (recognised) {
      blocks.push(
        ...ocrBlocks(
          recognised.filter((l) => !PAGE_NUMBER.test(l.text)),
          p + 1,
        ),
      );
      return;
    }
    let para: Line[] = [];
    const flush = () => {
      if (para.length) blocks.push({ text: para.map((l) => l.text).reduce(joinText, ""), page: p + 1 });
      para = [];
    };
    lines.forEach((line, i) => {
      if (PAGE_NUMBER.test(line.text)) return;
      const ratio = line.size / body;
      if (ratio >= 1.25 && line.text.length <= 80) {
        flush();
        blocks.push({ text: line.text, headingLevel: ratio >= 1.6 ? 1 : 2, page: p + 1 });
        return;
      }
      const prev = lines[i - 1];
      const gap = prev ? prev.y - line.y : 0;
      if (prev && (gap > line.size * 1.8 || gap < 0 || Math.abs(prev.size - line.size) > 1)) flush();
      para.push(line);
    });
    flush();
  });
  return blocks;
}

function pdfError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const name = (e as { name?: string })?.name ?? "";
  if (name === "PasswordException") return new AppError("ENCRYPTED_FILE", "This PDF is password-protected. Remove the password (print to a new PDF) and upload it again.");
  return new AppError("CORRUPT_FILE", "This PDF is damaged or incomplete and cannot be read. Try re-exporting it.");
}

interface Extracted {
  pages: Line[][];
  /** Recognised lines of the pages that had no text layer, by 1-based page number. */
  ocr: Map<number, OcrLine[]>;
}

async function extractPages(bytes: Uint8Array, ocrOpts: OcrOptions): Promise<Extracted> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    verbosity: 0,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError("TOO_COMPLEX", "This PDF took too long to read; it may be damaged or unusually complex.")), PDF_TIMEOUT_MS);
  });
  try {
    const work = (async () => {
      const doc = await task.promise;
      if (doc.numPages > LIMITS.maxPdfPages) throw new AppError("TOO_COMPLEX", `This PDF has ${doc.numPages} pages; the limit is ${LIMITS.maxPdfPages}.`);
      const pages: Line[][] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const items: Item[] = [];
        for (const raw of content.items) {
          if (!("str" in raw)) continue;
          const t = raw.transform as number[];
          items.push({ str: raw.str, x: t[4], y: t[5], width: raw.width, size: Math.abs(raw.height) || Math.abs(t[3]) || 12, eol: raw.hasEOL });
        }
        pages.push(toLines(items));
        page.cleanup();
      }
      return { doc, pages };
    })();
    const { doc, pages } = await Promise.race([work, timeout]);
    // Reading the text layer has its time limit; recognition has the processing child's per-page one.
    clearTimeout(timer);
    const scanned = pages.flatMap((lines, i) => (lines.length === 0 ? [i + 1] : []));
    const ocr = new Map<number, OcrLine[]>();
    if (scanned.length) {
      const read = await recognizePages(scanned.length, (i) => renderPdfPage(doc, scanned[i]), ocrOpts);
      for (const [i, n] of scanned.entries()) ocr.set(n, read[i]);
    }
    return { pages, ocr };
  } catch (e) {
    throw pdfError(e);
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

export async function parsePdf(bytes: Uint8Array, fileName: string, ocrOpts: OcrOptions = {}): Promise<ParsedDoc> {
  checkPdfStreams(bytes);
  const { pages, ocr } = await extractPages(bytes, ocrOpts);
  const blocks = toBlocks(pages, ocr);
  if (!blocks.length) throw noTextFound("PDF");
  // Recognised lines keep their confidence only as a document; a scanned transcript reads as one.
  const transcript = ocr.size ? undefined : readTranscript(blocks);
  return finalizeDoc(transcript ?? readDocument(blocks), { format: "pdf", fileName });
}
