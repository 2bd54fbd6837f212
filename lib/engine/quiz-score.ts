/**
 * Scoring a taken quiz, the same for members and signed-out trainees: one point per question whose
 * response is exactly right (a multiple-choice question needs every correct option and no other; a
 * fill-in is compared case-, width- and space-insensitively, ignoring surrounding punctuation).
 */
import { z } from "zod";
import { normText } from "@/lib/engine/quiz-check";
import type { QuestionType } from "@/lib/engine/quiz-types";

export const QuizResponseSchema = z.union([z.number().int().nonnegative(), z.array(z.number().int().nonnegative()).max(50), z.boolean(), z.string().max(500), z.null()]);
export type QuizResponse = z.infer<typeof QuizResponseSchema>;

export interface Gradable {
  type: QuestionType;
  options: string[];
  answer: number | number[] | boolean | string;
}

const EDGE_PUNCT = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

function fillKey(s: string): string {
  return normText(s).replace(EDGE_PUNCT, "");
}

export function isCorrect(q: Gradable, r: QuizResponse): boolean {
  if (r === null) return false;
  switch (q.type) {
    case "single":
      return typeof r === "number" && r === q.answer;
    case "multiple": {
      if (!Array.isArray(r) || !Array.isArray(q.answer)) return false;
      const want = new Set(q.answer);
      const got = new Set(r);
      return got.size === want.size && [...got].every((i) => want.has(i));
    }
    case "truefalse":
      return typeof r === "boolean" && r === q.answer;
    case "fill":
      return typeof r === "string" && typeof q.answer === "string" && fillKey(r) !== "" && fillKey(r) === fillKey(q.answer);
  }
}

export function scoreAttempt<Q extends Gradable & { id: string }>(
  questions: Q[],
  responses: Map<string, QuizResponse>,
): { score: number; total: number; results: Array<{ questionId: string; response: QuizResponse; correct: boolean }> } {
  const results = questions.map((q) => {
    const response = responses.get(q.id) ?? null;
    return { questionId: q.id, response, correct: isCorrect(q, response) };
  });
  return { score: results.filter((r) => r.correct).length, total: questions.length, results };
}
