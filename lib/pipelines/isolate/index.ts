/**
 * Parse and local analysis of one document in an isolated child process (see run.ts), with the limits
 * from lib/env.ts. The LLM engine stays in-process: it waits on the network, and its model-call
 * records are saved by the job.
 */
import { env, ocrWorkers } from "@/lib/env";
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

/** The local engine's analysis, citations already verified. */
export function analyzeLocalIsolated(doc: ParsedDoc, chunks: Chunk[], opts: AnalyzeOptions = {}): Promise<Analysis> {
  const e = env();
  return runIsolated(
    { kind: "analyze-local", doc, chunks, opts: { meetingDate: opts.meetingDate } },
    { memoryMb: e.PROCESSING_MEMORY_MB, timeoutSeconds: e.ANALYZE_TIMEOUT_SECONDS },
    opts.onProgress,
  );
}
