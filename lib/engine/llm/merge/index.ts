import type { ParsedDoc } from "@/lib/ingest/types";
import { generateStructured, type CallScope } from "@/lib/engine/llm/call";
import { renderNotes, type Notes } from "@/lib/engine/llm/notes";
import { neutralizeDelimiters } from "@/lib/engine/llm/render";
import { mergeSystemPrompt, mergeUserPrompt } from "@/lib/engine/llm/merge/prompt";
import { MergeSchema, type MergeResult } from "@/lib/engine/llm/merge/schema";

/** The reduce step: one call over the map notes that merges, de-duplicates and writes the outline. */
export async function mergeNotes(scope: CallScope, doc: ParsedDoc, notes: Notes, meetingDate: string): Promise<MergeResult> {
  return generateStructured(
    scope,
    { task: "merge" },
    {
      system: mergeSystemPrompt(doc.lang),
      prompt: mergeUserPrompt({ title: neutralizeDelimiters(doc.title), meetingDate, notes: renderNotes(notes) }),
      schema: MergeSchema,
    },
  );
}
