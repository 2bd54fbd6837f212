import type { ParsedDoc } from "@/lib/ingest/types";
import { countTokens } from "@/lib/text/tokens";
import { generateStructured, type CallScope } from "@/lib/engine/llm/call";
import { assembleFromMerge } from "@/lib/engine/llm/assemble";
import { createLimiter } from "@/lib/engine/llm/limit";
import { notesFromItems, renderNote, renderNotes, renumber, type Note, type Notes } from "@/lib/engine/llm/notes";
import { neutralizeDelimiters } from "@/lib/engine/llm/render";
import { mergeSystemPrompt, mergeUserPrompt } from "@/lib/engine/llm/merge/prompt";
import { MergeSchema, type MergeResult } from "@/lib/engine/llm/merge/schema";

/** One reduce call over a set of notes. */
export async function mergeCall(scope: CallScope, doc: ParsedDoc, notes: Notes, meetingDate: string): Promise<MergeResult> {
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

/** Consecutive groups of notes, each within the token budget. */
function groupsWithin(notes: Note[], budget: number): Note[][] {
  const groups: Note[][] = [[]];
  let used = 0;
  for (const n of notes) {
    const t = countTokens(renderNote(n)) + 1;
    if (used + t > budget && groups[groups.length - 1].length) {
      groups.push([]);
      used = 0;
    }
    groups[groups.length - 1].push(n);
    used += t;
  }
  return groups;
}

/**
 * The reduce step: one call over the map notes that merges, de-duplicates and writes the outline.
 * Notes beyond one call's budget (very long sources) are first merged group by group, in
 * parallel, into fewer notes, which keep their citations; a group whose merge fails passes its
 * notes on unmerged. Returns the final merge and the notes its ids refer to.
 */
export async function mergeNotes(scope: CallScope, doc: ParsedDoc, notes: Notes, meetingDate: string): Promise<{ merged: MergeResult; notes: Notes }> {
  const limit = createLimiter(scope.config.concurrency);
  let current = notes;
  while (countTokens(renderNotes(current)) > scope.config.mergeNotesTokens) {
    const groups = groupsWithin(current.all, scope.config.mergeNotesTokens);
    if (groups.length < 2) break;
    const next = await Promise.all(
      groups.map((group) =>
        limit(async () => {
          const own = renumber(group);
          try {
            return notesFromItems(assembleFromMerge(doc, await mergeCall(scope, doc, own, meetingDate), own));
          } catch (error) {
            if (scope.signal?.aborted) throw error;
            return group;
          }
        }),
      ),
    );
    const merged = renumber(next.flat());
    if (merged.all.length >= current.all.length) break; // no progress: merge what there is
    current = merged;
  }
  return { merged: await mergeCall(scope, doc, current, meetingDate), notes: current };
}
