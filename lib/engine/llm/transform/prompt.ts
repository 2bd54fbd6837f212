import { untrustedDataRule } from "@/lib/engine/llm/render";

/** The document assistant's edits. Named instructions are ours; any other string is the user's own request. */
const NAMED: Record<string, string> = {
  polish: "Polish the text: improve grammar, punctuation and flow.",
  proofread: "Proofread the text: correct typos, wrong characters (错别字) and punctuation only; change nothing else.",
  rewrite: "Rewrite the text to be clearer and more concise.",
};

export function transformSystemPrompt(): string {
  return [
    "You edit text for the user.",
    untrustedDataRule("text"),
    "Keep the meaning, facts, names, numbers, line structure and the language of the text. Reply with the edited text only: no preface, no quotes, no code fences.",
  ].join("\n");
}

export function transformUserPrompt(p: { instruction: string; text: string }): string {
  const task = NAMED[p.instruction] ?? `Edit the text as follows: ${p.instruction}`;
  return `${task}\n<text>\n${p.text}\n</text>`;
}
