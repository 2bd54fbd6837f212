import type { Node as PMNode } from "@tiptap/pm/model";

/**
 * The editor's text as the assistant sees it, with the way back to document positions. Each
 * textblock is one line; inside a block every character is one ProseMirror position (text nodes
 * count their UTF-16 units, a hard break or other inline leaf one), so an offset in the text maps
 * to a position by adding the block's start.
 */
export interface TextBlock {
  /** Offset of the block's first character in `text`. */
  start: number;
  /** Document position of that character. */
  pos: number;
  length: number;
}

export interface EditorText {
  text: string;
  blocks: TextBlock[];
}

const leafText = (leaf: PMNode) => (leaf.type.name === "hardBreak" ? "\n" : "\uFFFC");

/** Every textblock that touches [from, to) (the whole document by default). */
export function editorText(doc: PMNode, from = 0, to = doc.content.size): EditorText {
  let text = "";
  const blocks: TextBlock[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    if (blocks.length) text += "\n";
    const t = node.textBetween(0, node.content.size, undefined, leafText);
    blocks.push({ start: text.length, pos: pos + 1, length: t.length });
    text += t;
    return false;
  });
  return { text, blocks };
}

/** The document range of [start, end) in the text, or null when it crosses a block boundary. */
export function rangeOf(et: EditorText, start: number, end: number): { from: number; to: number } | null {
  for (const b of et.blocks) {
    if (start >= b.start && end <= b.start + b.length) return { from: b.pos + (start - b.start), to: b.pos + (end - b.start) };
  }
  return null;
}
