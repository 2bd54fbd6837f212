import "server-only";
import { z } from "zod";
import { db } from "./client";
import { AppError } from "@/lib/errors";
import { QuestionTypeSchema, QuizDifficultySchema, type QuestionType } from "@/lib/engine/quiz-types";
import { QuizResponseSchema, scoreAttempt, type QuizResponse } from "@/lib/engine/quiz-score";

/**
 * Stored quizzes (issue 12): a quiz of a document or a collection, its ordered questions (each citing
 * document lines) and the attempts people made. Every query is scoped by the workspace id in its first
 * condition; JSON columns are parsed with their schemas on read.
 */
export const QuizCitationSchema = z.object({ documentId: z.string(), segment: z.number().int().nonnegative() });
export type QuizCitation = z.infer<typeof QuizCitationSchema>;
const CitationsSchema = z.array(QuizCitationSchema);
const AnswerSchema = z.union([z.number().int(), z.array(z.number().int()), z.boolean(), z.string()]);
export const QuizSettingsSchema = z.object({ count: z.number().int(), types: z.array(QuestionTypeSchema), difficulty: QuizDifficultySchema });
export type QuizSettings = z.infer<typeof QuizSettingsSchema>;
const AttemptAnswersSchema = z.array(z.object({ questionId: z.string(), response: QuizResponseSchema, correct: z.boolean() }));

export interface NewQuestion {
  type: QuestionType;
  question: string;
  options: string[];
  answer: number | number[] | boolean | string;
  explanation: string;
  citations: QuizCitation[];
}
export interface StoredQuestion extends NewQuestion {
  id: string;
  position: number;
  verified: boolean;
  editedAt: Date | null;
}

export interface QuizSummary {
  id: string;
  title: string;
  documentId: string | null;
  collectionId: string | null;
  engine: string;
  createdAt: Date;
  questions: number;
  attempts: number;
}

export interface QuizDetail extends Omit<QuizSummary, "questions" | "attempts"> {
  settings: QuizSettings;
  model: string | null;
  questionList: StoredQuestion[];
}

type QuestionRow = {
  id: string;
  type: QuestionType;
  question: string;
  options: string[];
  answer: unknown;
  explanation: string;
  citations: unknown;
  position: number;
  verified: boolean;
  editedAt: Date | null;
};
function toQuestion(r: QuestionRow): StoredQuestion {
  return { ...r, answer: AnswerSchema.parse(r.answer), citations: CitationsSchema.parse(r.citations) };
}
const QUESTION_SELECT = {
  id: true,
  type: true,
  question: true,
  options: true,
  answer: true,
  explanation: true,
  citations: true,
  position: true,
  verified: true,
  editedAt: true,
} as const;

export async function createQuiz(
  workspaceId: string,
  input: {
    documentId?: string;
    collectionId?: string;
    title: string;
    settings: QuizSettings;
    engine: string;
    model: string | null;
    createdById: string | null;
    questions: NewQuestion[];
  },
): Promise<{ id: string }> {
  if (!input.documentId === !input.collectionId) throw new AppError("INVALID_INPUT", "A quiz is made from one document or one collection.");
  return db().$transaction(async (tx) => {
    const quiz = await tx.quiz.create({
      data: {
        workspaceId,
        documentId: input.documentId ?? null,
        collectionId: input.collectionId ?? null,
        title: input.title,
        settings: input.settings,
        engine: input.engine,
        model: input.model,
        createdById: input.createdById,
      },
      select: { id: true },
    });
    await tx.quizQuestion.createMany({
      data: input.questions.map((q, position) => ({
        workspaceId,
        quizId: quiz.id,
        type: q.type,
        question: q.question,
        options: q.options,
        answer: q.answer,
        explanation: q.explanation,
        citations: q.citations,
        position,
      })),
    });
    return quiz;
  });
}

export async function listQuizzes(workspaceId: string, source: { documentId?: string; collectionId?: string } = {}): Promise<QuizSummary[]> {
  const rows = await db().quiz.findMany({
    where: { workspaceId, ...(source.documentId ? { documentId: source.documentId } : {}), ...(source.collectionId ? { collectionId: source.collectionId } : {}) },
    select: { id: true, title: true, documentId: true, collectionId: true, engine: true, createdAt: true, _count: { select: { questions: true, attempts: true } } },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return rows.map(({ _count, ...r }) => ({ ...r, questions: _count.questions, attempts: _count.attempts }));
}

export async function getQuiz(workspaceId: string, quizId: string): Promise<QuizDetail | null> {
  const q = await db().quiz.findFirst({
    where: { workspaceId, id: quizId },
    select: {
      id: true,
      title: true,
      documentId: true,
      collectionId: true,
      engine: true,
      model: true,
      createdAt: true,
      settings: true,
      questions: { select: QUESTION_SELECT, orderBy: { position: "asc" } },
    },
  });
  if (!q) return null;
  const { questions, settings, ...rest } = q;
  return { ...rest, settings: QuizSettingsSchema.parse(settings), questionList: questions.map(toQuestion) };
}

async function requireQuestion(workspaceId: string, quizId: string, questionId: string): Promise<StoredQuestion> {
  const r = await db().quizQuestion.findFirst({ where: { workspaceId, quizId, id: questionId }, select: QUESTION_SELECT });
  if (!r) throw new AppError("NOT_FOUND", "This question does not exist in this quiz.");
  return toQuestion(r);
}
export { requireQuestion as getQuizQuestion };

export async function updateQuizQuestion(
  workspaceId: string,
  quizId: string,
  questionId: string,
  patch: Pick<NewQuestion, "question" | "options" | "answer" | "explanation" | "citations"> & { verified: boolean },
): Promise<void> {
  const { count } = await db().quizQuestion.updateMany({ where: { workspaceId, quizId, id: questionId }, data: { ...patch, editedAt: new Date() } });
  if (!count) throw new AppError("NOT_FOUND", "This question does not exist in this quiz.");
}

export async function deleteQuizQuestion(workspaceId: string, quizId: string, questionId: string): Promise<void> {
  const { count } = await db().quizQuestion.deleteMany({ where: { workspaceId, quizId, id: questionId } });
  if (!count) throw new AppError("NOT_FOUND", "This question does not exist in this quiz.");
}

/** The new order must name every question of the quiz exactly once. */
export async function reorderQuizQuestions(workspaceId: string, quizId: string, order: string[]): Promise<void> {
  await db().$transaction(async (tx) => {
    const rows = await tx.quizQuestion.findMany({ where: { workspaceId, quizId }, select: { id: true } });
    if (!rows.length && !(await tx.quiz.findFirst({ where: { workspaceId, id: quizId }, select: { id: true } }))) throw new AppError("NOT_FOUND", "This quiz does not exist.");
    const have = new Set(rows.map((r) => r.id));
    if (order.length !== have.size || new Set(order).size !== order.length || order.some((id) => !have.has(id))) {
      throw new AppError("CONFLICT", "The quiz changed since the page loaded: reload and reorder again.");
    }
    for (const [position, id] of order.entries()) await tx.quizQuestion.updateMany({ where: { workspaceId, quizId, id }, data: { position } });
  });
}

export async function renameQuiz(workspaceId: string, quizId: string, title: string): Promise<void> {
  const { count } = await db().quiz.updateMany({ where: { workspaceId, id: quizId }, data: { title } });
  if (!count) throw new AppError("NOT_FOUND", "This quiz does not exist.");
}

export async function deleteQuiz(workspaceId: string, quizId: string): Promise<{ documentId: string | null; collectionId: string | null }> {
  const q = await db().quiz.findFirst({ where: { workspaceId, id: quizId }, select: { documentId: true, collectionId: true } });
  if (!q) throw new AppError("NOT_FOUND", "This quiz does not exist.");
  await db().quiz.deleteMany({ where: { workspaceId, id: quizId } });
  return q;
}

export interface AttemptResult {
  id: string;
  score: number;
  total: number;
  results: Array<{ questionId: string; response: QuizResponse; correct: boolean }>;
}

/** Scores the responses against the stored answers and keeps the attempt; unknown question ids are ignored. */
export async function recordAttempt(
  workspaceId: string,
  quizId: string,
  input: { takerName: string; userId: string | null; shareId: string | null; responses: Array<{ questionId: string; response: QuizResponse }> },
): Promise<AttemptResult> {
  const quiz = await getQuiz(workspaceId, quizId);
  if (!quiz) throw new AppError("NOT_FOUND", "This quiz does not exist.");
  if (!quiz.questionList.length) throw new AppError("INVALID_INPUT", "This quiz has no questions to answer.");
  const scored = scoreAttempt(quiz.questionList, new Map(input.responses.map((r) => [r.questionId, r.response])));
  const row = await db().quizAttempt.create({
    data: { workspaceId, quizId, takerName: input.takerName, userId: input.userId, shareId: input.shareId, answers: scored.results, score: scored.score, total: scored.total },
    select: { id: true },
  });
  return { id: row.id, ...scored };
}

export interface AttemptRow {
  id: string;
  takerName: string;
  member: boolean;
  viaLink: boolean;
  score: number;
  total: number;
  createdAt: Date;
  answers: Array<{ questionId: string; response: QuizResponse; correct: boolean }>;
}

export async function listAttempts(workspaceId: string, quizId: string): Promise<AttemptRow[]> {
  const rows = await db().quizAttempt.findMany({
    where: { workspaceId, quizId },
    select: { id: true, takerName: true, userId: true, shareId: true, score: true, total: true, createdAt: true, answers: true },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
  return rows.map(({ userId, shareId, answers, ...r }) => ({ ...r, member: userId != null, viaLink: shareId != null, answers: AttemptAnswersSchema.parse(answers) }));
}
