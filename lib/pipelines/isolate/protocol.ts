/** Messages between the web/worker process and a processing child (lib/pipelines/isolate/child.ts). */
import type { AnalyzeOptions } from "@/lib/engine/types";
import type { Analysis } from "@/lib/engine/types";
import type { Chunk } from "@/lib/chunk/types";
import type { IngestInput, ParsedDoc } from "@/lib/ingest/types";

export type Task =
  | { kind: "parse"; input: IngestInput; maxBytes: number; ocrWorkers: number }
  | { kind: "analyze-local"; doc: ParsedDoc; chunks: Chunk[]; opts: Pick<AnalyzeOptions, "meetingDate"> };

export interface ParseResult {
  parsed: ParsedDoc;
  chunks: Chunk[];
}

export type TaskResult<T extends Task> = T extends { kind: "parse" } ? ParseResult : Analysis;

export interface WireError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
  /** Not an AppError: a bug or a crash inside the child; the job is retried. */
  internal?: boolean;
}

export type ChildMessage = { type: "progress"; done: number; total: number } | { type: "result"; result: unknown } | { type: "error"; error: WireError };
