/**
 * The text a proofreader works on, and the spans of it that are not prose. Offsets of
 * suggestions index this text, so it must be what the user can see and edit:
 * - text formats (txt, md, html, vtt, srt, json): the decoded file text exactly — the same
 *   encoding detection as uploads (BOM removed, nothing else changed: no newline normalisation);
 *   Markdown code, link targets, HTML markup and JSON syntax (keys, escapes) are listed in `skip`;
 * - docx and pdf (no text of their own): the parsed segments' text, one segment per line.
 */
import { Parser } from "htmlparser2";
import { AppError } from "@/lib/errors";
import { parseDocument } from "./index";
import { decodeText, guessUtf16 } from "./encoding";
import { LIMITS } from "./limits";
import { looksLikeText, sniffBinary, sniffText, type DocFormat } from "./sniff";

export interface EditableText {
  text: string;
  format: DocFormat;
  skip: Array<[number, number]>;
}

function ranges(text: string, patterns: RegExp[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const re of patterns) for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Markdown syntax that is not prose: front matter, code, link and image targets, reference definitions, HTML. */
export function markdownSkip(text: string): Array<[number, number]> {
  return ranges(text, [
    /^---\n[\s\S]*?\n---$/g,
    /^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm,
    /`[^`\n]+`/g,
    /(?<=\])\([^)\n]*\)/g,
    /^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm,
    /<!--[\s\S]*?-->/g,
    /<\/?[A-Za-z][^>\n]*>/g,
  ]);
}

const NOT_PROSE = new Set(["script", "style", "noscript", "template", "svg", "math", "code", "pre"]);

/** HTML: everything but text nodes (and text inside script, style, code…) is skipped; so are entities. */
export function htmlSkip(html: string): Array<[number, number]> {
  const prose: Array<[number, number]> = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (NOT_PROSE.has(name)) hidden++;
      },
      onclosetag(name) {
        if (NOT_PROSE.has(name) && hidden > 0) hidden--;
      },
      ontext() {
        if (!hidden) prose.push([parser.startIndex, parser.endIndex + 1]);
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  const skip: Array<[number, number]> = [];
  let at = 0;
  for (const [s, e] of prose) {
    if (s > at) skip.push([at, s]);
    at = Math.max(at, e);
  }
  if (at < html.length) skip.push([at, html.length]);
  return [...skip, ...ranges(html, [/&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/gi])];
}

/** JSON: only the text inside string values is prose; keys, syntax and escape sequences are skipped. */
export function jsonSkip(json: string): Array<[number, number]> {
  const skip: Array<[number, number]> = [];
  let at = 0;
  for (const m of json.matchAll(/"((?:[^"\\\n]|\\.)*)"(\s*:)?/g)) {
    const isKey = m[2] !== undefined;
    skip.push([at, isKey ? m.index + m[0].length : m.index + 1]);
    at = isKey ? m.index + m[0].length : m.index + m[0].length - 1;
    if (!isKey) for (const e of m[1].matchAll(/\\(?:u[\da-fA-F]{4}|.)/g)) skip.push([m.index + 1 + e.index, m.index + 1 + e.index + e[0].length]);
  }
  skip.push([at, json.length]);
  return skip;
}

export async function editableText(bytes: Uint8Array, fileName: string, maxBytes = LIMITS.maxBytes): Promise<EditableText> {
  if (bytes.length === 0) throw new AppError("FILE_EMPTY", "This file is empty.");
  const binary = await sniffBinary(bytes, fileName);
  if (binary === "docx" || binary === "pdf") {
    const doc = await parseDocument({ bytes, fileName }, { maxBytes });
    return { text: doc.segments.map((s) => s.text).join("\n"), format: binary, skip: [] };
  }
  if (bytes.length > maxBytes) throw new AppError("FILE_TOO_LARGE", `This file is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit.`);
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!bom && !guessUtf16(bytes) && !looksLikeText(bytes)) {
    throw new AppError("BINARY_CONTENT", "This file contains binary data, not text. Proofread a text, Markdown, HTML, Word or PDF file.");
  }
  const { text } = decodeText(bytes);
  if (!text.trim()) throw new AppError("NO_TEXT", "This file contains only whitespace, no text.");
  const format = sniffText(text, fileName);
  const skip = format === "md" ? markdownSkip(text) : format === "html" ? htmlSkip(text) : format === "json" ? jsonSkip(text) : [];
  return { text, format, skip };
}
