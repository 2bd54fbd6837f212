import type { Lang } from "@/lib/ingest/types";
import { outputLanguage, untrustedDataRule } from "@/lib/engine/llm/render";

/** The reduce prompt: it reads only the notes from the map step, never the source again. */
export const MERGE_EXAMPLE =
  '{"title":"…","summary":[{"text":"…","from":["S1","S4"]}],"decisions":[{"text":"…","from":["D2"]}],' +
  '"todos":[{"text":"…","owner":"…","due":"2024-05-10","dueText":"…","from":["T1","T3"]}],' +
  '"topics":[{"title":"…","summary":"…","from":["P1","P2"]}],"slides":[{"title":"…","bullets":["…"],"from":["S1","D2"]}]}';

export function mergeSystemPrompt(lang: Lang): string {
  return [
    "You merge notes taken from consecutive parts of one meeting or document into the final minutes.",
    untrustedDataRule("notes"),
    "Note ids: S summary point, D decision, T to-do, P topic (with its segment range).",
    `Reply with one JSON object only, shaped like: ${MERGE_EXAMPLE}`,
    "Rules: merge duplicates and list every merged id in from; keep every distinct decision and to-do; summary 3-8 points; topics in order, merging a topic split across parts; slides 5-15 covering the whole. Use only facts and ids from the notes.",
    outputLanguage(lang),
  ].join("\n");
}

export function mergeUserPrompt(p: { title: string; meetingDate: string; notes: string }): string {
  return `Title: ${p.title}. Meeting date: ${p.meetingDate}.\n<notes>\n${p.notes}\n</notes>`;
}
