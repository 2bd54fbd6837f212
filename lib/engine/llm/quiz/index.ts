/**
 * Quizzes written by a model, kept only when the grounding checker accepts them (the same one the
 * offline quiz passes): a question whose answer is not in its cited lines, or whose wrong option
 * is, is dropped — never repaired by guessing.
 */
import type { ParsedDoc } from "@/lib/ingest/types";
import type { Question, Quiz, QuizOptions } from "@/lib/engine/quiz-types";
import { keepGrounded } from "@/lib/engine/quiz-check";
import { DEFAULT_COUNT } from "@/lib/engine/local/quiz";
import { rankSentences } from "@/lib/engine/local/quiz/select";
import { createModel } from "@/lib/engine/llm";
import { generateStructured, type CallScope } from "@/lib/engine/llm/call";
import { llmConfigFromEnv } from "@/lib/engine/llm/config";
import { neutralizeDelimiters } from "@/lib/engine/llm/render";
import { countTokens } from "@/lib/text/tokens";
import { quizSystemPrompt, quizUserPrompt } from "./prompt";
import { ModelQuizSchema } from "./schema";

/** Numbered lines within the token budget: the segments holding the key sentences first, shown in order. */
export function quizLines(doc: ParsedDoc, budget: number, count: number): string {
  const { order } = rankSentences(doc, count * 4);
  const picked = new Set<number>();
  let used = 0;
  for (const seg of [...order.map((s) => s.seg), ...doc.segments.map((s) => s.index)]) {
    if (picked.has(seg)) continue;
    const t = countTokens(doc.segments[seg].text) + 4;
    if (used + t > budget) continue;
    picked.add(seg);
    used += t;
  }
  return [...picked]
    .sort((a, b) => a - b)
    .map((i) => `${i} ${neutralizeDelimiters(doc.segments[i].text.replace(/\s*\n\s*/g, " "))}`)
    .join("\n");
}

export async function llmQuizWith(scope: CallScope, doc: ParsedDoc, opts: QuizOptions = {}): Promise<Quiz> {
  const count = Math.max(1, Math.floor(opts.count ?? DEFAULT_COUNT));
  const lines = quizLines(doc, scope.config.chunkTokens, count);
  if (!lines) return { questions: [] };
  const reply = await generateStructured(
    scope,
    { task: "transform" },
    { system: quizSystemPrompt(), prompt: quizUserPrompt(lines, count, { types: opts.types, difficulty: opts.difficulty }), schema: ModelQuizSchema },
  );
  const written = reply.questions.filter((q): q is NonNullable<typeof q> => q !== null).map((q): Question => ({ ...q, explanation: q.explanation ?? "" }));
  const wanted = opts.types?.length ? written.filter((q) => opts.types!.includes(q.type)) : written;
  return { questions: keepGrounded(wanted, doc).kept.slice(0, count) };
}

/** With the model configured in the environment (MODEL_BASE_URL, MODEL_NAME, MODEL_API_KEY). */
export async function llmQuiz(doc: ParsedDoc, opts: QuizOptions = {}): Promise<Quiz> {
  const config = llmConfigFromEnv();
  return llmQuizWith({ config, model: createModel(config), usage: { calls: 0, promptTokens: 0, completionTokens: 0 } }, doc, opts);
}
