import "server-only";
import { libraryPassages } from "@/lib/db/library-passages";
import { collectionDocumentIds } from "@/lib/db/collections";
import { chunkSegments } from "@/lib/chunk";
import { citationLabel } from "@/lib/citations";
import { detectLang } from "@/lib/text/lang";
import { segmentWords } from "@/lib/text/segment";
import { stem } from "@/lib/text/stem";
import { isStopword } from "@/lib/text/stopwords";
import type { ParsedDoc, Segment } from "@/lib/ingest/types";
import type { AnswerStreamPart, Asker } from "@/lib/engine/types";
import { findMentions } from "@/lib/db/mentions";
import { isMentionQuestion } from "@/lib/engine/local/mention";
import { engineForJob } from "./engine-for-job";

export interface LibrarySource {
  documentId: string;
  title: string;
  segment: number;
  label: string;
}

const MAX_CANDIDATES = 600;
const MAX_PASSAGES = 30;

/** Surface patterns for the SQL prefilter: stemmed English words as prefixes, Chinese words (or bigrams). */
function queryPatterns(question: string): string[] {
  const out = new Set<string>();
  for (const raw of segmentWords(question)) {
    const w = raw.toLowerCase();
    if (isStopword(w)) continue;
    if (/[\u3400-\u9fff]/.test(w)) {
      if (w.length >= 2) out.add(w);
      else continue;
    } else if (w.length >= 3) out.add(stem(w));
  }
  if (out.size === 0) {
    const run = question.replace(/[^\u3400-\u9fff]/g, "");
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return [...out].slice(0, 12);
}

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
    : await libraryPassages(workspaceId, terms, MAX_CANDIDATES, opts.collectionId);

  // Rank by how many distinct query terms a passage contains, then keep document order for reading.
  const scored = rows
    .map((r) => ({ r, score: terms.filter((t) => r.text.toLowerCase().includes(t)).length }))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_PASSAGES)
    .map((x) => x.r)
    .sort((a, b) => (a.documentId === b.documentId ? a.index - b.index : a.documentId.localeCompare(b.documentId)));

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
