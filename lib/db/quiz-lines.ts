import "server-only";
import { db } from "./client";
import { speakerMapsFor } from "./speakers";
import { shownName } from "@/lib/text/speaker-map";
import { citationLabel } from "@/lib/citations";
import { getQuiz, recordAttempt, type QuizCitation, type StoredQuestion } from "./quizzes";
import type { QuizResponse } from "@/lib/engine/quiz-score";

export interface CitedLine extends QuizCitation {
  title: string;
  label: string;
  text: string;
}

export const lineKey = (c: QuizCitation) => `${c.documentId}:${c.segment}`;

/**
 * The lines quiz questions cite, with their document's title and a short label (speakers as the
 * workspace named them), for the results a taker sees. Only documents of this workspace are read;
 * a citation of a document deleted since is simply absent.
 */
export async function loadCitedLines(workspaceId: string, citations: QuizCitation[]): Promise<Map<string, CitedLine>> {
  const byDoc = new Map<string, Set<number>>();
  for (const c of citations) (byDoc.get(c.documentId) ?? byDoc.set(c.documentId, new Set()).get(c.documentId)!).add(c.segment);
  if (!byDoc.size) return new Map();
  const [rows, docs, maps] = await Promise.all([
    db().segment.findMany({
      where: { workspaceId, OR: [...byDoc].map(([documentId, segs]) => ({ documentId, index: { in: [...segs] } })) },
      select: { documentId: true, index: true, speaker: true, startMs: true, page: true, text: true },
    }),
    db().document.findMany({ where: { workspaceId, id: { in: [...byDoc.keys()] } }, select: { id: true, title: true } }),
    speakerMapsFor(workspaceId, [...byDoc.keys()]),
  ]);
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  const out = new Map<string, CitedLine>();
  for (const r of rows) {
    const map = maps.get(r.documentId);
    const speaker = r.speaker != null && map ? shownName(map, r.speaker) : r.speaker;
    out.set(lineKey({ documentId: r.documentId, segment: r.index }), {
      documentId: r.documentId,
      segment: r.index,
      title: titles.get(r.documentId) ?? "",
      label: citationLabel({ ...r, speaker }, r.index),
      text: r.text,
    });
  }
  return out;
}

export interface AnswerFeedback {
  questionId: string;
  correct: boolean;
  response: QuizResponse;
  answer: StoredQuestion["answer"];
  explanation: string;
  lines: CitedLine[];
}

/** Records an attempt and returns, per question, whether it was right, the right answer and the cited lines. */
export async function takeQuiz(
  workspaceId: string,
  quizId: string,
  taker: { takerName: string; userId: string | null; shareId: string | null },
  responses: Array<{ questionId: string; response: QuizResponse }>,
): Promise<{ id: string; score: number; total: number; feedback: AnswerFeedback[] }> {
  const attempt = await recordAttempt(workspaceId, quizId, { ...taker, responses });
  const quiz = await getQuiz(workspaceId, quizId);
  const questions = new Map((quiz?.questionList ?? []).map((q) => [q.id, q]));
  const lines = await loadCitedLines(
    workspaceId,
    [...questions.values()].flatMap((q) => q.citations),
  );
  const feedback = attempt.results.map((r) => {
    const q = questions.get(r.questionId)!;
    return { ...r, answer: q.answer, explanation: q.explanation, lines: q.citations.map((c) => lines.get(lineKey(c))).filter((l): l is CitedLine => !!l) };
  });
  return { id: attempt.id, score: attempt.score, total: attempt.total, feedback };
}
