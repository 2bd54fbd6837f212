/**
 * Parse and local analysis of one document in an isolated child process (see run.ts), with the limits
 * from lib/env.ts. The LLM engine stays in-process: it waits on the network, and its model-call
 * records are saved by the job.
 */
import { env } from "@/lib/env";
import type { Chunk } from "@/lib/chunk/types";
import type { Analysis, AnalyzeOptions } from "@/lib/engine/types";
import type { IngestInput, ParsedDoc } from "@/lib/ingest/types";
import type { ParseResult } from "./protocol";
import { runIsolated } from "./run";

export type { ParseResult } from "./protocol";

export function parseIsolated(input: IngestInput, maxBytes: number): Promise<ParseResult> {
  const e = env();
  return runIsolated({ kind: "parse", input, maxBytes }, { memoryMb: e.PROCESSING_MEMORY_MB, timeoutSeconds: e.PARSE_TIMEOUT_SECONDS });
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
