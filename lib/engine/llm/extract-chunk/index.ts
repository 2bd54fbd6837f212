import type { ParsedDoc } from "@/lib/ingest/types";
import type { Chunk } from "@/lib/chunk/types";
import { generateStructured, type CallScope } from "@/lib/engine/llm/call";
import { neutralizeDelimiters, renderSegments } from "@/lib/engine/llm/render";
import { extractSystemPrompt, extractUserPrompt } from "@/lib/engine/llm/extract-chunk/prompt";
import { ExtractChunkSchema, type ExtractChunkResult } from "@/lib/engine/llm/extract-chunk/schema";

export interface ExtractChunkInput {
  doc: ParsedDoc;
  chunk: Chunk;
  /** 1-based position and total, for "part 3 of 9". */
  part: number;
  parts: number;
  meetingDate: string;
}

/** The map step: one structured call that extracts everything from one chunk. */
export async function extractChunk(scope: CallScope, input: ExtractChunkInput): Promise<ExtractChunkResult> {
  const { doc, chunk } = input;
  return generateStructured(
    scope,
    { task: "extract-chunk", chunk: chunk.index },
    {
      system: extractSystemPrompt(doc.lang),
      prompt: extractUserPrompt({
        part: input.part,
        parts: input.parts,
        meetingDate: input.meetingDate,
        title: neutralizeDelimiters(doc.title),
        transcript: renderSegments(doc, chunk.segmentStart, chunk.segmentEnd),
      }),
      schema: ExtractChunkSchema,
    },
  );
}
