import "server-only";
import { db } from "./client";
import { isShareTokenShape, hashShareToken, newShareToken, shareState, type ShareState } from "./shares";
import { getQuiz, type StoredQuestion } from "./quizzes";
import { AppError } from "@/lib/errors";

/**
 * Quiz links: the document share links' scheme (256-bit token shown once, only its SHA-256 kept,
 * optional expiry, revocable) for one quiz, so trainees take it signed out with their name.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export interface QuizShareRow {
  id: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  state: ShareState;
}

export async function createQuizShare(workspaceId: string, quizId: string, createdById: string, expiresInDays: number | null): Promise<QuizShareRow & { token: string }> {
  const quiz = await db().quiz.findFirst({ where: { workspaceId, id: quizId }, select: { id: true } });
  if (!quiz) throw new AppError("NOT_FOUND", "This quiz does not exist.");
  const { token, tokenHash } = newShareToken();
  const row = await db().quizShare.create({
    data: { workspaceId, quizId, createdById, tokenHash, expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * DAY_MS) : null },
    select: { id: true, createdAt: true, expiresAt: true, revokedAt: true },
  });
  return { ...row, state: shareState(row), token };
}

export async function revokeQuizShare(workspaceId: string, quizId: string, shareId: string): Promise<void> {
  const where = { workspaceId, quizId, id: shareId };
  const { count } = await db().quizShare.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0 && !(await db().quizShare.findFirst({ where, select: { id: true } }))) throw new AppError("NOT_FOUND", "This share link does not exist.");
}

export async function listQuizShares(workspaceId: string, quizId: string): Promise<QuizShareRow[]> {
  const rows = await db().quizShare.findMany({
    where: { workspaceId, quizId },
    select: { id: true, createdAt: true, expiresAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  const now = new Date();
  return rows.map((r) => ({ ...r, state: shareState(r, now) }));
}

/** The active link a token opens, or null for unknown, malformed, revoked and expired alike. */
export async function findActiveQuizShare(token: string): Promise<{ id: string; workspaceId: string; quizId: string } | null> {
  if (!isShareTokenShape(token)) return null;
  const link = await db().quizShare.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: { id: true, workspaceId: true, quizId: true, expiresAt: true, revokedAt: true },
  });
  return link && shareState(link) === "active" ? { id: link.id, workspaceId: link.workspaceId, quizId: link.quizId } : null;
}

/** A question as a trainee sees it before answering: no answer, no explanation, no citations. */
export interface QuestionToTake {
  id: string;
  type: StoredQuestion["type"];
  question: string;
  options: string[];
}

export function questionToTake(q: StoredQuestion): QuestionToTake {
  return { id: q.id, type: q.type, question: q.question, options: q.options };
}

/** What a link's visitor may see: the quiz's title and its questions without their answers. */
export async function loadSharedQuiz(token: string): Promise<{ title: string; questions: QuestionToTake[] } | null> {
  const link = await findActiveQuizShare(token);
  if (!link) return null;
  const quiz = await getQuiz(link.workspaceId, link.quizId);
  return quiz ? { title: quiz.title, questions: quiz.questionList.map(questionToTake) } : null;
}
