/**
 * The built-in offline engine: extractive and rule-based, deterministic, no model needed.
 * See ARCHITECTURE.md "The engine seam".
 */
import type { AnswerResult, AnswerStreamPart, AskOptions, Engine } from "@/lib/engine/types";
import type { Chunk } from "@/lib/chunk/types";
import type { ParsedDoc } from "@/lib/ingest/types";
import { analyzeInWindows } from "@/lib/engine/local/analyze-windows";
import { answerFromUnits } from "@/lib/engine/local/answer";
import { answerTimeWindow } from "@/lib/engine/local/window-answer";
import { answerMentioned, isMentionQuestion } from "@/lib/engine/local/mention";
import { retrievalIndex } from "@/lib/engine/local/retrieval-cache";
import { polishText } from "@/lib/text/polish";

/** Answer without streaming: "was I mentioned?" (when the asker is known), time-window questions, then retrieval. */
export function answerLocal(question: string, doc: ParsedDoc, opts: AskOptions = {}): AnswerResult {
  if (opts.asker && isMentionQuestion(question)) return answerMentioned(doc, opts.asker);
  const index = retrievalIndex(doc);
  return answerTimeWindow(question, doc, index.units, opts.nowMs) ?? answerFromUnits(question, doc, index.units, index);
}

/** Streams sentence by sentence so the UI shows text as soon as it is ready, then citations. */
async function* streamAnswer(question: string, doc: ParsedDoc, _chunks: Chunk[], opts: AskOptions = {}): AsyncIterable<AnswerStreamPart> {
  try {
    if (opts.signal?.aborted) throw new Error("aborted");
    const r = answerLocal(question, doc, opts);
    for (const piece of r.answer.match(/[^.!?。！？\n]+[.!?。！？]*\s*|\n/g) ?? [r.answer]) yield { type: "text", text: piece };
    yield { type: "citations", citations: r.citations };
    yield { type: "done" };
  } catch (e) {
    yield { type: "error", error: e instanceof Error ? e.message : String(e) };
  }
}

export const localEngine: Engine = {
  name: "local",
  analyze: analyzeInWindows,
  answer: streamAnswer,
  async transform(text, instruction) {
    // Rewriting needs a model; locally the closest honest result is a full polish.
    return polishText(text, instruction === "proofread" ? "proofread" : "polish");
  },
};

export default localEngine;
