import "server-only";
import { libraryPassages } from "@/lib/db/library-passages";
import { collectionDocumentIds } from "@/lib/db/collections";
import { chunkSegments } from "@/lib/chunk";
import { citationLabel } from "@/lib/citations";
import { detectLang } from "@/lib/text/lang";
import type { ParsedDoc, Segment } from "@/lib/ingest/types";
import type { AnswerStreamPart, Asker } from "@/lib/engine/types";
import { findMentions } from "@/lib/db/mentions";
import { isMentionQuestion } from "@/lib/engine/local/mention";
import { engineForJob } from "./engine-for-job";
import { queryPatterns, rankLines } from "./library-lines";

export interface LibrarySource {
  documentId: string;
  title: string;
  segment: number;
  label: string;
}

const MAX_CANDIDATES = 600;
const MAX_PASSAGES = 30;

/**
 * Grounded Q&A across every document of one workspace, or of one of its collections (the caller's
 * membership was checked by the route, and retrieval never leaves the workspace or the collection). The best passages of all documents become one
 * synthetic document for the engine; its citations map back to (document, segment).
 */
export async function askLibrary(workspaceId: string, question: string, opts: { signal?: AbortSignal; asker?: Asker; collectionId?: string } = {}) {
  const terms = queryPatterns(question);
  // "Was I mentioned?" has no topic words: its passages are the lines that name the asker (in the collection, when asked of one).
  const mention = opts.asker && isMentionQuestion(question);
  const inCollection = opts.collectionId ? new Set(await collectionDocumentIds(workspaceId, opts.collectionId)) : null;
  const rows = mention
    ? (await findMentions(workspaceId, opts.asker!.userId, { forms: opts.asker!.forms }))
        .filter((l) => !inCollection || inCollection.has(l.documentId))
        .slice(0, MAX_PASSAGES)
        .map((l) => ({ ...l, page: null }))
    : await libraryPassages(workspaceId, terms, MAX_CANDIDATES, { collectionId: opts.collectionId });

  // Rank by how many distinct query terms a passage contains, then keep document order for reading.
  const scored = rankLines(rows, terms, MAX_PASSAGES).sort((a, b) => (a.documentId === b.documentId ? a.index - b.index : a.documentId.localeCompare(b.documentId)));

  const sources: LibrarySource[] = scored.map((r) => ({ documentId: r.documentId, title: r.title, segment: r.index, label: citationLabel(r, r.index) }));
  const segments: Segment[] = scored.map((r, i) => ({
    index: i,
    text: r.text,
    headingPath: [r.title],
    ...(r.speaker ? { speaker: r.speaker } : {}),
    ...(r.startMs != null ? { startMs: r.startMs } : {}),
  }));
  const doc: ParsedDoc = { kind: "document", title: "Library", lang: detectLang(question), speakers: [], format: "library", segments };
  const job = await engineForJob(undefined, { workspaceId, documentId: null });

  async function* parts(): AsyncIterable<AnswerStreamPart & { sources?: LibrarySource[] }> {
    try {
      for await (const part of job.engine.answer(question, doc, chunkSegments(segments), { signal: opts.signal, asker: opts.asker })) {
        if (part.type === "citations") {
          const cited = (part.citations ?? []).filter((c) => c < sources.length);
          yield { ...part, citations: cited, sources: cited.map((c) => sources[c]) };
        } else yield part;
      }
    } finally {
      await job.saveCalls();
    }
  }
  return { parts: parts(), engine: job.name };
}
