import type { Lang } from "@/lib/ingest/types";
import { outputLanguage, untrustedDataRule } from "@/lib/engine/llm/render";

/**
 * The map prompt. Kept short on purpose: it is sent once per chunk, and the whole analysis should
 * cost about the size of the source in prompt tokens — so the reply shape is written TypeScript-
 * style (fewer quote marks than a JSON example). A unit test checks its keys match the schema.
 */
export const EXTRACT_SHAPE =
  "{summary: Item[], decisions: Item[], todos: (Item & {owner, due, dueText, confidence})[], topics: {title, summary, start, end, cite, quote}[]}; Item = {text, cite: number[], quote}";

export function extractSystemPrompt(lang: Lang): string {
  return [
    "You take minutes from one part of a meeting transcript or document.",
    untrustedDataRule("transcript"),
    "Each line starts with its segment number, then the speaker if it changed.",
    `Reply with one JSON object only: ${EXTRACT_SHAPE}`,
    "cite: segment numbers of the source lines; quote: a few words copied exactly from one.",
    "summary: 2-6 key points. decisions: what was decided or agreed; never open points, rejected proposals or explicit non-decisions (还没定, 下次再说, let's revisit, not decided).",
    'todos: tasks someone took on, also when asked and accepted ("Can you send it by Monday?" → "Yes": the one who said yes); owner only a speaker or a person named in the transcript, else null; due as YYYY-MM-DD from the meeting date, dueText the words used, else null; confidence 0-1. Not to-dos: past work, questions, hypotheticals.',
    "topics: stretches on one subject, first and last segment. Texts under 15 words. [] if none; never invent.",
    outputLanguage(lang),
  ].join("\n");
}

export function extractUserPrompt(p: { part: number; parts: number; meetingDate: string; title: string; transcript: string }): string {
  return `Part ${p.part}/${p.parts} of "${p.title}", meeting date ${p.meetingDate}\n<transcript>\n${p.transcript}\n</transcript>`;
}
