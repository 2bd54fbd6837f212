/**
 * Tesseract's recognition result → the lines Jiyao keeps: text cleaned of the spaces tesseract puts
 * between CJK characters, and each line's confidence (0–1) so doubtful lines can be marked, never hidden.
 */
import { HAN_CLASS } from "@/lib/text/cjk";

/** The parts of tesseract.js's Page that we read (blocks → paragraphs → lines). */
export interface TessLine {
  text: string;
  confidence: number;
}
export interface TessPage {
  blocks: Array<{ paragraphs: Array<{ lines: TessLine[] }> }> | null;
}

export interface OcrLine {
  text: string;
  /** 0–1, from tesseract's 0–100 line confidence. */
  confidence: number;
  /** First line of a paragraph as tesseract laid it out. */
  paragraphStart: boolean;
}

export { LOW_CONFIDENCE } from "@/lib/text/ocr-confidence";

const CJK = `${HAN_CLASS}\\u3000-\\u303f\\uff00-\\uffef`;
// Spaces with a CJK character or full-width punctuation on either side are layout, not words.
const SPACE_AFTER_CJK = new RegExp(`([${CJK}])[ \\t]+`, "gu");
const SPACE_BEFORE_CJK = new RegExp(`[ \\t]+([${CJK}])`, "gu");

export function cleanOcrText(raw: string): string {
  return raw.replace(/\s+/g, " ").trim().replace(SPACE_AFTER_CJK, "$1").replace(SPACE_BEFORE_CJK, "$1");
}

/** A line of only punctuation or stray marks (rules, speckles read as '|' or '_') is noise. */
function isNoise(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

export function linesFromPage(page: TessPage): OcrLine[] {
  const out: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const para of block.paragraphs) {
      let first = true;
      for (const line of para.lines) {
        const text = cleanOcrText(line.text);
        if (!text || isNoise(text)) continue;
        const confidence = Math.round(Math.max(0, Math.min(100, line.confidence))) / 100;
        out.push({ text, confidence, paragraphStart: first });
        first = false;
      }
    }
  }
  return out;
}
