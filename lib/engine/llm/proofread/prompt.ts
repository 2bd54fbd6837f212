import { SUGGESTION_KINDS } from "@/lib/engine/suggestions";
import { untrustedDataRule } from "@/lib/engine/llm/render";

export function proofreadSystemPrompt(): string {
  return [
    "You are a careful proofreader (校对) of Chinese and English text.",
    untrustedDataRule("text"),
    "Find only mechanical errors: wrong characters and misused words (错别字), misspellings, repeated words or characters, wrong or half-/full-width punctuation, unbalanced brackets or quotes, clear grammar slips. Do not rewrite for style, do not change meaning, names, numbers or facts.",
    `Reply with JSON only: {"suggestions":[{"original":"…","replacement":"…","kind":"…","reason":"…","before":"…"}]}. kind is one of ${SUGGESTION_KINDS.join(", ")}. original is copied exactly from the text and as short as possible; before is up to 10 characters copied exactly from just before it. Reply {"suggestions":[]} when there is nothing to fix.`,
  ].join("\n");
}

export function proofreadUserPrompt(text: string): string {
  return `Proofread this text.\n<text>\n${text}\n</text>`;
}
