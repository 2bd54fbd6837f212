import { z } from "zod";

/**
 * The stored shape of a writing (the document assistant's editor): Tiptap/ProseMirror JSON. Kept
 * here, below every layer, because the editor (client), the exports and the draft builder all read
 * and build it. Only the node and mark types the editor knows are accepted, so a stored document
 * always opens.
 */
export const NODE_TYPES = [
  "doc",
  "paragraph",
  "text",
  "heading",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
  "codeBlock",
  "horizontalRule",
  "hardBreak",
  "table",
  "tableRow",
  "tableHeader",
  "tableCell",
] as const;
export const MARK_TYPES = ["bold", "italic", "strike", "code", "underline", "link"] as const;

export interface RichMark {
  type: (typeof MARK_TYPES)[number];
  attrs?: Record<string, unknown>;
}
export interface RichNode {
  type: (typeof NODE_TYPES)[number];
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  marks?: RichMark[];
  text?: string;
}

/** Links go to the web, mail or a page of this app; never javascript: or data: URLs. */
export function isSafeHref(href: unknown): boolean {
  return typeof href === "string" && href.length <= 2000 && /^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(href);
}
const MarkSchema = z
  .object({ type: z.enum(MARK_TYPES), attrs: z.record(z.string(), z.unknown()).optional() })
  .refine((m) => m.type !== "link" || isSafeHref(m.attrs?.href), "links must be http(s), mailto or a page of this app");
export const RichNodeSchema: z.ZodType<RichNode> = z.lazy(() =>
  z.object({
    type: z.enum(NODE_TYPES, { message: "unknown kind of block in the document" }),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(RichNodeSchema).optional(),
    marks: z.array(MarkSchema).optional(),
    text: z.string().optional(),
  }),
);
/** A whole document: its root is `doc`. */
export const RichDocSchema = RichNodeSchema.refine((n) => n.type === "doc", "the document's root must be a doc node");

export const emptyDoc = (): RichNode => ({ type: "doc", content: [{ type: "paragraph" }] });

export const text = (value: string, marks?: RichMark[]): RichNode => (marks?.length ? { type: "text", text: value, marks } : { type: "text", text: value });
export const link = (value: string, href: string): RichNode => text(value, [{ type: "link", attrs: { href } }]);
/** A paragraph of inline nodes; empty text is left out (ProseMirror refuses empty text nodes). */
export const paragraph = (...inline: RichNode[]): RichNode => {
  const content = inline.filter((n) => n.type !== "text" || n.text);
  return content.length ? { type: "paragraph", content } : { type: "paragraph" };
};
export const heading = (level: number, value: string): RichNode => ({ type: "heading", attrs: { level }, content: value ? [text(value)] : undefined });
export const bulletList = (items: RichNode[][]): RichNode => ({ type: "bulletList", content: items.map((inline) => ({ type: "listItem", content: [paragraph(...inline)] })) });

/** Paragraphs from plain text, one per line (blank lines dropped). */
export function docFromText(body: string): RichNode {
  const lines = body.split(/\r?\n/).filter((l) => l.trim());
  return { type: "doc", content: lines.length ? lines.map((l) => paragraph(text(l))) : [{ type: "paragraph" }] };
}

const BLOCK_CONTAINERS = new Set(["doc", "bulletList", "orderedList", "listItem", "blockquote", "table", "tableRow", "tableHeader", "tableCell"]);

/** The text of one textblock: hard breaks as new lines. */
export function inlineText(node: RichNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(inlineText).join("");
}

/** Every textblock (paragraph, heading, code block) in document order. */
export function textBlocks(node: RichNode): RichNode[] {
  if (!BLOCK_CONTAINERS.has(node.type)) return node.type === "horizontalRule" ? [] : [node];
  return (node.content ?? []).flatMap(textBlocks);
}

/** The document as plain text, one line per textblock. */
export function plainText(doc: RichNode): string {
  return textBlocks(doc).map(inlineText).join("\n");
}

/** The first line of text, for a list of writings. */
export function excerpt(doc: RichNode, max = 120): string {
  const t = plainText(doc).replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
