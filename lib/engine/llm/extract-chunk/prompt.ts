import type { Lang } from "@/lib/ingest/types";
import { outputLanguage, untrustedDataRule } from "@/lib/engine/llm/render";

/**
 * The map prompt. Kept short on purpose: it is sent once per chunk, and the whole analysis should
 * cost about the size of the source in prompt tokens. The JSON example doubles as the schema for
 * servers without structured outputs; a unit test checks it parses with ExtractChunkSchema.
 */
export const EXTRACT_EXAMPLE =
  '{"summary":[{"text":"…","citations":[3],"evidence":"…"}],' +
  '"decisions":[{"text":"…","citations":[5],"evidence":"…"}],' +
  '"todos":[{"text":"…","owner":"…","due":"2024-05-10","dueText":"…","confidence":0.9,"citations":[7],"evidence":"…"}],' +
  '"topics":[{"title":"…","summary":"…","segmentStart":0,"segmentEnd":9,"citations":[2],"evidence":"…"}]}';

export function extractSystemPrompt(lang: Lang): string {
  return [
    "You take minutes from one part of a meeting transcript or document.",
    untrustedDataRule("transcript"),
    'Each line starts with its segment index: "[12] speaker: text".',
    `Reply with one JSON object only, shaped like: ${EXTRACT_EXAMPLE}`,
    "Rules: citations = indexes of the lines an item comes from; evidence = a short exact quote (under 20 words) copied from a cited line.",
    "summary: 2-6 key points. decisions: only what was decided or agreed. todos: concrete tasks someone committed to; owner as named, else null; due resolved to YYYY-MM-DD from the meeting date, dueText = the words used, both null if no date.",
    "topics: consecutive stretches on one subject with first and last segment index. Use [] when nothing fits; never invent.",
    outputLanguage(lang),
  ].join("\n");
}

export function extractUserPrompt(p: { part: number; parts: number; meetingDate: string; title: string; transcript: string }): string {
  return `Part ${p.part} of ${p.parts}. Title: ${p.title}. Meeting date: ${p.meetingDate}.\n<transcript>\n${p.transcript}\n</transcript>`;
}
