import "server-only";
import { db } from "./client";
import { listQuestions } from "./questions";
import { citationLabel } from "@/lib/citations";

/** Library-wide questions with their cited lines resolved to document titles and labels (one query). */
export async function listLibraryQuestions(workspaceId: string) {
  const qs = await listQuestions(workspaceId, null);
  const pairs = qs.flatMap((q) => q.citations);
  const docIds = [...new Set(pairs.map((p) => p.documentId))];
  const segs = docIds.length
    ? await db().segment.findMany({
        where: { workspaceId, documentId: { in: docIds }, index: { in: [...new Set(pairs.map((p) => p.segment))] } },
        select: { documentId: true, index: true, speaker: true, startMs: true, page: true, document: { select: { title: true } } },
      })
    : [];
  const byKey = new Map(segs.map((s) => [`${s.documentId}:${s.index}`, s]));
  return qs.map((q) => ({
    id: q.id,
    question: q.question,
    answer: q.answer,
    found: q.found,
    citations: [],
    sources: q.citations
      .map((c) => byKey.get(`${c.documentId}:${c.segment}`))
      .filter((s) => s !== undefined)
      .map((s) => ({ documentId: s.documentId, segment: s.index, title: s.document.title, label: citationLabel(s, s.index) })),
  }));
}
