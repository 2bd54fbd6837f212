import { untrustedDataRule } from "@/lib/engine/llm/render";

/** The document assistant's edits. Named instructions are ours; any other string is the user's own request. */
const NAMED: Record<string, string> = {
  polish: "Polish the text: improve grammar, punctuation and flow.",
  proofread: "Proofread the text: correct typos, wrong characters (错别字) and punctuation only; change nothing else.",
  rewrite: "Rewrite the text to be clearer and more concise.",
  // The document assistant's actions (issue 11).
  "rewrite-formal": "Rewrite the text in a formal, professional register (for Chinese: 正式书面语).",
  "rewrite-concise": "Rewrite the text to be concise: the same points in fewer words.",
  "rewrite-friendly": "Rewrite the text in a warm, friendly tone.",
  "rewrite-persuasive": "Rewrite the text to be persuasive: lead with the benefit, keep every fact.",
  expand: "Expand the text: develop each point with explanation, keeping every fact; add no new facts, names or numbers.",
  shorten: "Shorten the text to about half its length, keeping the key points.",
  continue: "Continue the text with one or two paragraphs in the same language, tone and style. Reply with the new paragraphs only, not the original text.",
  "translate-en": "Translate the text into natural English. Keep names and numbers.",
  "translate-zh": "Translate the text into natural Simplified Chinese (简体中文). Keep names and numbers.",
  summarize: "Summarize the text in a few sentences in its own language.",
};

export function transformSystemPrompt(): string {
  return [
    "You edit text for the user.",
    untrustedDataRule("text"),
    "Keep the meaning, facts, names, numbers, line structure and the language of the text (unless asked to translate). Reply with the edited text only: no preface, no quotes, no code fences.",
  ].join("\n");
}

export function transformUserPrompt(p: { instruction: string; text: string }): string {
  const task = NAMED[p.instruction] ?? `Edit the text as follows: ${p.instruction}`;
  return `${task}\n<text>\n${p.text}\n</text>`;
}
