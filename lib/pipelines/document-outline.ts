import "server-only";
import { localOutline } from "@/lib/engine/local/book-outline";
import type { OutlineTree } from "@/lib/engine/quiz-types";
import { getDocument } from "@/lib/db/documents";
import { loadParsedDoc } from "./load-doc";

/**
 * The AI 大纲 of a stored document: parts → chapters → sections (its headings, or a meeting's topics)
 * → key points, each citing its lines; built offline by the local engine from the lines as people read
 * them. The last few are kept per document and content, since a book's outline takes seconds.
 */
const cache = new Map<string, OutlineTree>();
const MAX_ENTRIES = 8;

export async function documentOutline(workspaceId: string, documentId: string): Promise<OutlineTree | null> {
  const head = await getDocument(workspaceId, documentId);
  if (head?.status !== "ready") return null;
  const { doc } = await loadParsedDoc(workspaceId, documentId, { chunkText: false });
  if (!doc.segments.length) return null;
  const key = `${documentId}:${head.updatedAt.getTime()}:${doc.segments.length}:${doc.segments.reduce((n, s) => n + s.text.length, 0)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const tree = localOutline(doc);
  cache.set(key, tree);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return tree;
}
