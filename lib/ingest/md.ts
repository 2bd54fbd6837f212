/** Markdown: headings (ATX and setext) → headingPath; lists, tables, quotes and code → segments. */
import type { ParsedDoc } from "./types";
import type { Block } from "./blocks";
import { joinText } from "./clean";
import { finalizeDoc } from "./build";
import { readDocument } from "./document";
import { readTranscript } from "./transcript";

const ATX = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const HR = /^ {0,3}(?:[-*_]\s*){3,}$/;

/** Inline Markdown → plain text: keep link/image text, drop emphasis markers, code ticks and tags. */
export function stripInline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)\*(?!\w)/g, "$1$2")
    .replace(/~~(.+?)~~/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, "$1");
}

function frontMatterTitle(lines: string[]): { title?: string; skip: number } {
  if (lines[0]?.trim() !== "---") return { skip: 0 };
  const end = lines.indexOf("---", 1);
  if (end < 0 || end > 100) return { skip: 0 };
  const titleLine = lines.slice(1, end).find((l) => /^title\s*:/i.test(l));
  const title = titleLine?.replace(/^title\s*:\s*/i, "").replace(/^["']|["']$/g, "").trim();
  return { title: title || undefined, skip: end + 1 };
}

export function markdownBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    const text = para.map(stripInline).join("\n").trim();
    if (text) blocks.push({ text });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(fence[1]); i++) code.push(lines[i]);
      if (code.join("").trim()) blocks.push({ text: code.join("\n") });
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      const text = stripInline(atx[2]).trim();
      if (text) blocks.push({ text, headingLevel: atx[1].length });
      continue;
    }
    if (para.length === 1 && /^ {0,3}(=+|-+)\s*$/.test(line)) {
      const text = stripInline(para[0]).trim();
      para = [];
      if (text) blocks.push({ text, headingLevel: line.includes("=") ? 1 : 2 });
      continue;
    }
    if (!line.trim() || HR.test(line)) {
      flush();
      continue;
    }
    if (TABLE_ROW.test(line)) {
      flush();
      if (TABLE_RULE.test(line)) continue;
      const cells = line.trim().replace(/^\||\|$/g, "").split("|").map((c) => stripInline(c).trim());
      if (cells.some(Boolean)) blocks.push({ text: cells.join(" | ") });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      para.push(item[1]);
      continue;
    }
    para.push(line.replace(/^\s*>\s?/, "").trim());
  }
  flush();
  return blocks;
}

export function parseMarkdown(text: string, fileName: string): ParsedDoc {
  const lines = text.split("\n");
  const fm = frontMatterTitle(lines);
  const blocks = markdownBlocks(lines.slice(fm.skip));
  const transcript = readTranscript(blocks);
  if (transcript) return finalizeDoc({ ...transcript, title: fm.title ?? transcript.title }, { format: "md", fileName });
  const joined = blocks.map((b) => (b.headingLevel === undefined ? { ...b, text: b.text.split("\n").reduce(joinText, "") } : b));
  const doc = readDocument(joined, { knownTitle: fm.title });
  return finalizeDoc({ ...doc, title: fm.title ?? doc.title }, { format: "md", fileName });
}
