/**
 * HTML with htmlparser2's streaming tokenizer: no DOM tree, so a 100k-deep document costs a
 * counter, not a stack. Scripts, styles, navigation and form controls are dropped.
 */
import { Parser } from "htmlparser2";
import { AppError } from "@/lib/errors";
import type { ParsedDoc } from "./types";
import type { Block } from "./blocks";
import { joinText, normalizeSpace } from "./clean";
import { finalizeDoc } from "./build";
import { readDocument } from "./document";
import { readTranscript } from "./transcript";
import { LIMITS } from "./limits";

const SKIP = new Set(["script", "style", "noscript", "template", "nav", "svg", "math", "iframe", "object", "canvas", "button", "select", "textarea"]);
const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "li",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "ul",
  "ol",
  "dl",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "figure",
  "figcaption",
  "caption",
  "address",
  "hr",
  "form",
  "fieldset",
  "details",
  "summary",
  "body",
]);
const HEADING = /^h([1-6])$/;

function tooDeep(): AppError {
  return new AppError(
    "TOO_COMPLEX",
    `This HTML file nests elements more than ${LIMITS.maxNestingDepth.toLocaleString("en-US")} levels deep; it was not written by a person or a normal editor.`,
  );
}

/** `anchors`: element id → index of the block it starts (or falls inside), for links into the text (EPUB TOC). */
export function htmlBlocks(html: string): { blocks: Block[]; title?: string; anchors: Map<string, number> } {
  const blocks: Block[] = [];
  const anchors = new Map<string, number>();
  let title: string | undefined;
  let buf = "";
  let depth = 0;
  let skipDepth = 0;
  let inTitle = false;
  let cells: string[] | undefined;
  let cellDepth = 0;

  const flush = (headingLevel?: number) => {
    const text = buf
      .split("\n")
      .map((l) => normalizeSpace(l))
      .filter(Boolean)
      .join("\n");
    buf = "";
    if (text) blocks.push(headingLevel ? { text: text.replace(/\n/g, " "), headingLevel } : { text });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        if (depth > LIMITS.maxNestingDepth) throw tooDeep();
        if (skipDepth > 0 || SKIP.has(name)) {
          skipDepth++;
          return;
        }
        if (attribs.id && !anchors.has(attribs.id)) anchors.set(attribs.id, blocks.length + (cellDepth === 0 && (BLOCK.has(name) || HEADING.test(name)) && hasText(buf) ? 1 : 0));
        if (name === "title") inTitle = true;
        else if (name === "br") buf += "\n";
        else if (name === "tr") {
          flush();
          cells = [];
        } else if (name === "td" || name === "th") cellDepth++;
        else if (cellDepth === 0 && (BLOCK.has(name) || HEADING.test(name))) flush();
      },
      ontext(text) {
        if (skipDepth > 0) return;
        if (inTitle) title = (title ?? "") + text;
        else buf += text;
      },
      onclosetag(name) {
        depth--;
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (name === "title") inTitle = false;
        else if ((name === "td" || name === "th") && cellDepth > 0) {
          cellDepth--;
          cells?.push(normalizeSpace(buf));
          buf = "";
        } else if (name === "tr") {
          const row = (cells ?? []).filter(Boolean);
          if (row.length) blocks.push({ text: row.join(" | ") });
          cells = undefined;
          buf = "";
        } else if (cellDepth === 0) {
          const h = HEADING.exec(name);
          if (h) flush(Number(h[1]));
          else if (BLOCK.has(name)) flush();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { blocks, title: title ? normalizeSpace(title) : undefined, anchors };
}

/** Whether pending text will become a block when flushed (so an anchor opening a new block points past it). */
function hasText(buf: string): boolean {
  return buf.trim().length > 0;
}

export function parseHtml(html: string, fileName: string): ParsedDoc {
  const { blocks, title } = htmlBlocks(html);
  const transcript = readTranscript(blocks);
  if (transcript) return finalizeDoc({ ...transcript, title: title ?? transcript.title }, { format: "html", fileName });
  const joined = blocks.map((b) => (b.headingLevel === undefined ? { ...b, text: b.text.split("\n").reduce(joinText, "") } : b));
  const doc = readDocument(joined, { knownTitle: title });
  return finalizeDoc({ ...doc, title: title ?? doc.title }, { format: "html", fileName });
}
