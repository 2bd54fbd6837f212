import "server-only";
import { getDocument } from "@/lib/db/documents";
import { AppError } from "@/lib/errors";
import type { AnswerStreamPart, Asker } from "@/lib/engine/types";
import { engineForJob } from "./engine-for-job";
import { loadParsedDoc } from "./load-doc";
import { answerLiveRecency } from "./live-recency";

/** A streamed, grounded answer over one document the caller may read (checked by the route). */
export async function askDocument(
  workspaceId: string,
  documentId: string,
  question: string,
  opts: { signal?: AbortSignal; nowMs?: number; asker?: Asker } = {},
): Promise<{ parts: AsyncIterable<AnswerStreamPart>; engine: string }> {
  // The engine first: the local one reads lines only, so the chunks' text (a second copy of a long
  // transcript) is not loaded for it.
  const [exists, job] = await Promise.all([getDocument(workspaceId, documentId), engineForJob(undefined, { workspaceId, documentId })]);
  if (!exists) throw new AppError("NOT_FOUND", "This document does not exist in this workspace.");
  const recent = await answerLiveRecency(workspaceId, documentId, question, exists, opts);
  if (recent) return recent;
  const { doc, chunks } = await loadParsedDoc(workspaceId, documentId, { chunkText: job.name !== "local" });
  if (!doc.segments.length) throw new AppError("CONFLICT", "This document has not been read yet; ask again when processing has finished.");
  async function* parts() {
    try {
      yield* job.engine.answer(question, doc, chunks, { signal: opts.signal, nowMs: opts.nowMs, asker: opts.asker });
    } finally {
      await job.saveCalls();
    }
  }
  return { parts: parts(), engine: job.name };
}
