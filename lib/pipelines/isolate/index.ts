/**
 * Parse and local analysis of one document in an isolated child process (see run.ts), with the limits
 * from lib/env.ts. The LLM engine stays in-process: it waits on the network, and its model-call
 * records are saved by the job.
 */
import { env, ocrWorkers } from "@/lib/env";
import { WINDOW_SEGMENTS } from "@/lib/engine/local/analyze-windows";
import type { Chunk } from "@/lib/chunk/types";
import type { Analysis, AnalyzeOptions } from "@/lib/engine/types";
import type { IngestInput, ParsedDoc } from "@/lib/ingest/types";
import type { ParseResult } from "./protocol";
import { runIsolated } from "./run";

export type { ParseResult } from "./protocol";

/** `onPage` reports OCR progress (pages recognised, pages to recognise) for scans and photos. */
export function parseIsolated(input: IngestInput, maxBytes: number, onPage?: (done: number, total: number) => void): Promise<ParseResult> {
  const e = env();
  return runIsolated(
    { kind: "parse", input, maxBytes, ocrWorkers: ocrWorkers() },
    { memoryMb: e.PROCESSING_MEMORY_MB, timeoutSeconds: e.PARSE_TIMEOUT_SECONDS, secondsPerUnit: e.OCR_PAGE_TIMEOUT_SECONDS },
    onPage,
  );
}

/**
 * The local engine's analysis, citations already verified. The local engine reads segments, not
 * chunks, so only the document crosses to the child (a 50 MB transcript's chunks are another copy of
 * its text); the chunk count is filled in here.
 */
export async function analyzeLocalIsolated(doc: ParsedDoc, chunks: Chunk[], opts: AnalyzeOptions = {}): Promise<Analysis> {
  const e = env();
  // The time limit is per window of the windowed analysis, so a valid 50 MB transcript gets the time it needs
  // while a document of ordinary size keeps the plain limit.
  const windows = Math.max(1, Math.ceil(doc.segments.length / WINDOW_SEGMENTS));
  const analysis: Analysis = await runIsolated(
    { kind: "analyze-local", doc, chunks: [], opts: { meetingDate: opts.meetingDate } },
    { memoryMb: e.PROCESSING_MEMORY_MB, timeoutSeconds: e.ANALYZE_TIMEOUT_SECONDS * windows },
    opts.onProgress,
  );
  return { ...analysis, coverage: { chunksTotal: chunks.length, chunksOk: chunks.length, failed: [] } };
}
