import "server-only";
import { recordAudit } from "@/lib/db/audit";
import { getDocument } from "@/lib/db/documents";
import { getQuiz, listQuizzes } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import { quizExportResponse } from "../quiz-export";
import type { Handler } from "../route";

const noQuiz = () => new AppError("NOT_FOUND", "This quiz does not exist or is not in this workspace.");

export const listDocumentQuizzesHandler: Handler<"listDocumentQuizzes"> = async (ctx, { documentId }) => {
  if (!(await getDocument(ctx.workspaceId, documentId))) throw new AppError("NOT_FOUND", "This document does not exist or is not in this workspace.");
  const rows = await listQuizzes(ctx.workspaceId, { documentId });
  return {
    documentId,
    quizzes: rows.map((q) => ({
      id: q.id,
      title: q.title,
      documentId: q.documentId,
      collectionId: q.collectionId,
      createdAt: q.createdAt.toISOString(),
      questionCount: q.questions,
    })),
  };
};

export const getQuizHandler: Handler<"getQuiz"> = async (ctx, { quizId }) => {
  const q = await getQuiz(ctx.workspaceId, quizId);
  if (!q) throw noQuiz();
  return {
    id: q.id,
    title: q.title,
    documentId: q.documentId,
    collectionId: q.collectionId,
    createdAt: q.createdAt.toISOString(),
    engine: q.engine,
    model: q.model,
    questions: q.questionList.map((x) => ({
      id: x.id,
      type: x.type,
      question: x.question,
      options: x.options,
      answer: x.answer,
      explanation: x.explanation,
      citations: x.citations,
      verified: x.verified,
    })),
  };
};

/** The same files as the quiz page's download buttons (lib/api/quiz-export.ts), audited like the document exports. */
export const exportQuizHandler: Handler<"exportQuiz"> = async (ctx, { quizId, format }) => {
  const res = await quizExportResponse(format, ctx.workspaceId, quizId);
  if (!res) throw noQuiz();
  await recordAudit({ workspaceId: ctx.workspaceId, actorUserId: ctx.user.id, action: "export.downloaded", targetType: "quiz", targetId: quizId, detail: { format, via: "api" } });
  return res;
};
