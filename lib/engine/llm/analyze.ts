import type { ParsedDoc } from "@/lib/ingest/types";
import type { Chunk } from "@/lib/chunk/types";
import type { Analysis, AnalyzeOptions, Coverage } from "@/lib/engine/types";
import { AppError } from "@/lib/errors";
import type { CallScope } from "@/lib/engine/llm/call";
import { extractChunk } from "@/lib/engine/llm/extract-chunk";
import { mergeNotes } from "@/lib/engine/llm/merge";
import { collectNotes, type ChunkExtraction } from "@/lib/engine/llm/notes";
import { assembleFromMerge, assembleFromNotes, type AnalysisBody } from "@/lib/engine/llm/assemble";
import { createLimiter } from "@/lib/engine/llm/limit";
import { describeDate } from "@/lib/engine/llm/render";
import { enforceContracts } from "@/lib/engine/llm/contracts";

/**
 * Map-reduce: one structured call per chunk (bounded by MODEL_CONCURRENCY), then one merge call
 * over the notes (in groups first when a very long source leaves too many notes for one call). A chunk that still fails after retries is reported in coverage.failed and the
 * rest of the analysis is returned; the merge call failing falls back to the notes as they are.
 * Items come back unverified: the caller runs verify.ts before storing (both engines do).
 */
export async function analyzeWithLlm(scope: CallScope, doc: ParsedDoc, chunks: Chunk[], opts: AnalyzeOptions = {}): Promise<Analysis> {
  const meetingDate = describeDate(opts.meetingDate ?? doc.meetingDate ?? new Date().toISOString().slice(0, 10));
  const ordered = [...chunks].sort((a, b) => a.segmentStart - b.segmentStart);
  const total = ordered.length + 1;
  let done = 0;
  const progress = () => opts.onProgress?.(++done, total);

  const limit = createLimiter(scope.config.concurrency);
  const failed: Coverage["failed"] = [];
  const extractions: ChunkExtraction[] = [];
  await Promise.all(
    ordered.map((chunk, i) =>
      limit(async () => {
        try {
          const result = await extractChunk(scope, { doc, chunk, part: i + 1, parts: ordered.length, meetingDate });
          extractions.push({ chunk, result });
        } catch (error) {
          if (scope.signal?.aborted) throw error;
          const reason = error instanceof Error ? error.message : String(error);
          failed.push({
            chunk: chunk.index,
            segmentStart: chunk.segmentStart,
            segmentEnd: chunk.segmentEnd,
            error: `Part ${i + 1} of ${ordered.length} (segments ${chunk.segmentStart}–${chunk.segmentEnd}) failed: ${reason}`,
          });
        } finally {
          progress();
        }
      }),
    ),
  );
  failed.sort((a, b) => a.segmentStart - b.segmentStart);

  if (ordered.length > 0 && extractions.length === 0) {
    throw new AppError("MODEL_ERROR", `The model failed on every part of this document. First error: ${failed[0]?.error}`, { failed });
  }

  const notes = collectNotes(extractions);
  let body: AnalysisBody;
  if (notes.all.length === 0) {
    body = assembleFromNotes(doc, notes); // nothing to merge: do not pay for a call
  } else {
    try {
      const { merged, notes: mergedFrom } = await mergeNotes(scope, doc, notes, meetingDate);
      body = assembleFromMerge(doc, merged, mergedFrom);
    } catch (error) {
      if (scope.signal?.aborted) throw error;
      // The notes are already grounded; without the merge they are only less tidy.
      body = assembleFromNotes(doc, notes);
    }
  }
  progress();
  // Owners only from the meeting's people, and no non-decisions, whatever the model returned.
  body = enforceContracts(body, doc);

  return {
    engine: "llm",
    model: scope.config.modelName,
    lang: doc.lang,
    ...body,
    coverage: { chunksTotal: ordered.length, chunksOk: extractions.length, failed },
    usage: { ...scope.usage },
  };
}
