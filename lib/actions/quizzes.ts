"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { publicAction, workspaceAction } from "./client";
import {
  CreateQuizShareSchema,
  GenerateQuizSchema,
  QuestionRefSchema,
  QuizRefSchema,
  RenameQuizSchema,
  ReorderQuestionsSchema,
  RevokeQuizShareSchema,
  SubmitAttemptSchema,
  SubmitSharedAttemptSchema,
  UpdateQuestionSchema,
} from "./quizzes.schema";
import { deleteQuiz, deleteQuizQuestion, getQuizQuestion, renameQuiz, reorderQuizQuestions, updateQuizQuestion } from "@/lib/db/quizzes";
import { createQuizShare, findActiveQuizShare, revokeQuizShare } from "@/lib/db/quiz-shares";
import { takeQuiz } from "@/lib/db/quiz-lines";
import { generateQuiz, groundedAfterEdit } from "@/lib/pipelines/quiz";
import { clientAddress } from "@/lib/auth/client-address";
import { peekRateLimit, rateLimit, shareLookupBudget } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const quizPath = (ws: string, quizId: string) => `/w/${ws}/quizzes/${quizId}`;

/** Generates with the registry's engine for the workspace; every stored question passed the grounding checker. */
export const createQuiz = workspaceAction("member", GenerateQuizSchema, async (ctx, input) => {
  const made = await generateQuiz(ctx.workspaceId, ctx.user.id, input);
  if (input.documentId) revalidatePath(`/w/${ctx.workspaceId}/d/${input.documentId}`);
  return made;
});

export const updateQuestion = workspaceAction("member", UpdateQuestionSchema, async (ctx, input) => {
  const q = await getQuizQuestion(ctx.workspaceId, input.quizId, input.questionId);
  const choice = q.type === "single" || q.type === "multiple";
  const options = choice ? input.options : [];
  if (choice && options.length < 2) throw new AppError("INVALID_INPUT", "A choice question needs at least two options.");
  if (choice && new Set(options.map((o) => o.toLowerCase())).size !== options.length) throw new AppError("INVALID_INPUT", "Two options are the same.");
  const a = input.answer;
  const fits =
    q.type === "single"
      ? typeof a === "number" && a < options.length
      : q.type === "multiple"
        ? Array.isArray(a) && a.length > 0 && a.length < options.length && new Set(a).size === a.length && a.every((i) => i < options.length)
        : q.type === "truefalse"
          ? typeof a === "boolean"
          : typeof a === "string" && a.length > 0;
  if (!fits) throw new AppError("INVALID_INPUT", "The answer does not fit this question: choose the correct option(s), true or false, or type the missing text.");
  if (q.type === "fill" && !/_{2,}/.test(input.question)) throw new AppError("INVALID_INPUT", "A fill-in question needs a blank (____) where the answer goes.");
  const citations = input.keepCitations ? q.citations.filter((_, i) => input.keepCitations!.includes(i)) : q.citations;
  const next = { type: q.type, question: input.question, options, answer: Array.isArray(a) ? [...a].sort((x, y) => x - y) : a, explanation: input.explanation, citations };
  const verified = await groundedAfterEdit(ctx.workspaceId, next);
  await updateQuizQuestion(ctx.workspaceId, input.quizId, input.questionId, {
    question: next.question,
    options,
    answer: next.answer,
    explanation: next.explanation,
    citations,
    verified,
  });
  revalidatePath(quizPath(ctx.workspaceId, input.quizId));
  return { verified };
});

export const deleteQuestion = workspaceAction("member", QuestionRefSchema, async (ctx, input) => {
  await deleteQuizQuestion(ctx.workspaceId, input.quizId, input.questionId);
  revalidatePath(quizPath(ctx.workspaceId, input.quizId));
  return { id: input.questionId };
});

export const reorderQuestions = workspaceAction("member", ReorderQuestionsSchema, async (ctx, input) => {
  await reorderQuizQuestions(ctx.workspaceId, input.quizId, input.order);
  revalidatePath(quizPath(ctx.workspaceId, input.quizId));
  return { order: input.order };
});

export const renameQuizTitle = workspaceAction("member", RenameQuizSchema, async (ctx, input) => {
  await renameQuiz(ctx.workspaceId, input.quizId, input.title);
  revalidatePath(quizPath(ctx.workspaceId, input.quizId));
  return { title: input.title };
});

export const removeQuiz = workspaceAction("member", QuizRefSchema, async (ctx, input) => {
  const source = await deleteQuiz(ctx.workspaceId, input.quizId);
  if (source.documentId) revalidatePath(`/w/${ctx.workspaceId}/d/${source.documentId}`);
  return source;
});

/** A member takes the quiz in the app: the attempt carries their name and account. */
export const submitAttempt = workspaceAction("viewer", SubmitAttemptSchema, async (ctx, input) => {
  const result = await takeQuiz(ctx.workspaceId, input.quizId, { takerName: ctx.user.name || ctx.user.email, userId: ctx.user.id, shareId: null }, input.responses);
  revalidatePath(quizPath(ctx.workspaceId, input.quizId));
  return result;
});

export const shareQuiz = workspaceAction("member", CreateQuizShareSchema, async (ctx, input) => {
  const link = await createQuizShare(ctx.workspaceId, input.quizId, ctx.user.id, input.expiresInDays);
  revalidatePath(quizPath(ctx.workspaceId, input.quizId));
  return link;
});

export const revokeQuizLink = workspaceAction("member", RevokeQuizShareSchema, async (ctx, input) => {
  await revokeQuizShare(ctx.workspaceId, input.quizId, input.shareId);
  revalidatePath(quizPath(ctx.workspaceId, input.quizId));
  return { id: input.shareId };
});

/**
 * A trainee with the link takes the quiz signed out, under the name they type. The token is the only
 * key; unknown, revoked and expired tokens are all "not found", and failures count against the same
 * per-client budget as the share pages'.
 */
export const submitSharedAttempt = publicAction(SubmitSharedAttemptSchema, async (input) => {
  const budget = shareLookupBudget(clientAddress(await headers(), env().TRUST_PROXY === "on"));
  if (!peekRateLimit(budget.key, budget.limit).ok) throw new AppError("RATE_LIMITED", "Too many attempts with unknown links: wait a few minutes.");
  const link = await findActiveQuizShare(input.token);
  if (!link) {
    rateLimit(budget.key, budget.limit, budget.windowMs);
    throw new AppError("NOT_FOUND", "This quiz link does not work: it may have been revoked or have expired.");
  }
  const result = await takeQuiz(link.workspaceId, link.quizId, { takerName: input.takerName, userId: null, shareId: link.id }, input.responses);
  // The visitor sees their feedback; the lines' document ids stay out of it.
  return { ...result, feedback: result.feedback.map((f) => ({ ...f, lines: f.lines.map(({ title, label, text }) => ({ title, label, text })) })) };
});
