import type { Lang } from "@/lib/ingest/types";
import { outputLanguage, untrustedDataRule } from "@/lib/engine/llm/render";

/**
 * The reduce prompt: it reads only the notes from the map step, never the source again. The reply
 * shape is written TypeScript-style to keep it short; a unit test checks its keys match the schema.
 */
export const MERGE_SHAPE =
  "{title, summary: Merged[], decisions: Merged[], todos: (Merged & {owner, due, dueText})[], topics: {title, summary, from}[], slides: {title, bullets: string[], from}[]}; Merged = {text, from}";

export function mergeSystemPrompt(lang: Lang): string {
  return [
    "You merge notes taken from consecutive parts of one meeting or document into the final minutes.",
    untrustedDataRule("notes"),
    "Note ids: S summary point, D decision, T to-do, P topic with its segment range.",
    `Reply with one JSON object only: ${MERGE_SHAPE}`,
    'from: ids of every note an item merges, e.g. ["S1","S4"]. Merge duplicates; keep every distinct decision and to-do (owner only as in the notes, else null; a note that says nothing was decided is not a decision); summary 3-8 points; topics in order, joining one split across parts; 5-15 slides covering the whole. Use only facts and ids from the notes.',
    outputLanguage(lang),
  ].join("\n");
}

export function mergeUserPrompt(p: { title: string; meetingDate: string; notes: string }): string {
  return `Title: ${p.title}. Meeting date: ${p.meetingDate}.\n<notes>\n${p.notes}\n</notes>`;
}
