/** Plain text: a transcript when lines have transcript shape, otherwise paragraphs of a document. */
import type { ParsedDoc } from "./types";
import type { Block } from "./blocks";
import { joinText } from "./clean";
import { readDocument, isTitleLike } from "./document";
import { finalizeDoc } from "./build";
import { readTranscript } from "./transcript";

// Chinese documents number their sections "第一章", "一、", "（一）", "1.1"; those lines are headings.
const HEADING_PATTERNS: Array<[RegExp, number]> = [
  [/^第[一二三四五六七八九十百\d]+[章部篇]/, 1],
  [/^第[一二三四五六七八九十百\d]+节/, 2],
  [/^[一二三四五六七八九十]+、/, 1],
  [/^[(（][一二三四五六七八九十]+[)）]/, 2],
  [/^\d+\.\d+\.\d+\s*\S/, 3],
  [/^\d+\.\d+\s*[^\d.]/, 2],
];

function headingLevel(line: string): number | undefined {
  if (line.length > 40 || /[。；;，,]$/.test(line)) return undefined;
  for (const [re, level] of HEADING_PATTERNS) if (re.test(line)) return level;
  return undefined;
}

/**
 * Hard-wrapped text (paragraphs separated by blank lines, lines broken at ~70 columns) is joined
 * into paragraphs; text written one paragraph per line (common in Chinese notes) keeps its lines.
 */
export function linesToBlocks(lines: string[]): Block[] {
  const trimmed = lines.map((l) => l.trim());
  const groups: string[][] = [];
  let current: string[] = [];
  for (const l of trimmed) {
    if (!l) {
      if (current.length) groups.push(current);
      current = [];
    } else current.push(l);
  }
  if (current.length) groups.push(current);
  const multiLine = groups.filter((g) => g.length > 1).length;
  const wrapped = groups.length > 1 && multiLine >= groups.length * 0.3 && trimmed.some((l) => l.length >= 60);

  const blocks: Block[] = [];
  for (const g of groups) {
    let body: string[] = [];
    const flush = () => {
      if (body.length) blocks.push({ text: wrapped ? body.reduce(joinText, "") : body.join("\n") });
      body = [];
    };
    for (const l of g) {
      const level = headingLevel(l);
      if (level !== undefined) {
        flush();
        blocks.push({ text: l, headingLevel: level });
      } else body.push(l);
    }
    flush();
  }
  // One-paragraph-per-line text: every line its own block.
  return wrapped ? blocks : blocks.flatMap((b) => (b.headingLevel !== undefined ? [b] : b.text.split("\n").map((text) => ({ text }))));
}

export function parseTxt(text: string, fileName: string): ParsedDoc {
  const lines = text.split("\n");
  const transcript = readTranscript(lines.map((l) => ({ text: l })));
  if (transcript) return finalizeDoc(transcript, { format: "txt", fileName });
  const blocks = linesToBlocks(lines);
  const first = blocks[0];
  const titleFromFirstLine = first !== undefined && first.headingLevel === undefined && isTitleLike(first.text);
  return finalizeDoc(readDocument(blocks, { titleFromFirstLine }), { format: "txt", fileName });
}
