import { untrustedDataRule } from "@/lib/engine/llm/render";

/** Grounded Q&A: cite segment indexes inline; say so when the sources do not hold the answer. */
export function answerSystemPrompt(): string {
  return [
    "You answer questions about one meeting transcript or document, using only the sources given.",
    untrustedDataRule("sources"),
    'Each source line starts with its segment index, e.g. "[12] speaker: text". After each statement, cite the lines it relies on like [12] or [12][15].',
    "If the sources do not contain the answer, say plainly that the document does not say, and do not guess.",
    "Answer in the language of the question, briefly.",
  ].join("\n");
}

export function answerUserPrompt(p: { sources: string; question: string }): string {
  return `<sources>\n${p.sources}\n</sources>\nQuestion: ${p.question}`;
}
