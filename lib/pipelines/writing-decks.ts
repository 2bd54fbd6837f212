import "server-only";
import { getWriting } from "@/lib/db/writings";
import { AppError } from "@/lib/errors";
import { writingToMarkdown } from "@/lib/export/writing";
import type { RichNode } from "@/lib/text/rich-doc";

/**
 * A deck from a written document: the writing becomes a Markdown document of the library, which the
 * usual pipeline parses, chunks and analyzes, so its slide outline, slide editing, PPTX export and
 * citations are the ones every document has (to the new document's lines). Citation markers that
 * link to meeting lines ("[#12]") are left out: in a deck they would be bare numbers.
 */
const isLineLink = (n: RichNode) => n.marks?.some((m) => m.type === "link" && typeof m.attrs?.href === "string" && /^\/w\/[^/]+\/d\//.test(m.attrs.href)) ?? false;

export function withoutLineLinks(node: RichNode): RichNode {
  if (!node.content) return node;
  const content = node.content.filter((c) => !(c.type === "text" && isLineLink(c))).map(withoutLineLinks);
  return { ...node, content };
}

const plain = (n: RichNode): string => (n.type === "text" ? (n.text ?? "") : (n.content ?? []).map(plain).join(""));

export async function writingAsDeckSource(workspaceId: string, writingId: string): Promise<{ fileName: string; bytes: Buffer }> {
  const writing = await getWriting(workspaceId, writingId);
  if (!writing) throw new AppError("NOT_FOUND", "This document does not exist in this workspace.");
  const content = withoutLineLinks(writing.content);
  if (plain(content).replace(/\s+/g, "").length < 20) throw new AppError("INVALID_INPUT", "Write a little more first: a deck needs some text to outline.");
  const markdown = writingToMarkdown(writing.title, content, "http://localhost");
  const safe =
    writing.title
      .replace(/[\\/:*?"<>|\n\r\t]+/g, " ")
      .trim()
      .slice(0, 120) || "deck";
  return { fileName: `${safe}.md`, bytes: Buffer.from(markdown, "utf8") };
}
