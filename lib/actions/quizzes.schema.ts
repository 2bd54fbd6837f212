import { z } from "zod";
import { documentId, userText, workspaceId } from "./common.schema";
import { QuestionTypeSchema, QuizDifficultySchema } from "@/lib/engine/quiz-types";
import { QuizResponseSchema } from "@/lib/engine/quiz-score";

export const quizId = z.string().uuid("not a quiz id");
export const collectionId = z.string().uuid("not a collection id");
const questionId = z.string().uuid("not a question id");

export const QUIZ_MAX_QUESTIONS = 50;
export const QUIZ_EXPIRY_DAYS = [1, 7, 30] as const;

export const GenerateQuizSchema = z
  .object({
    workspaceId,
    documentId: documentId.optional(),
    collectionId: collectionId.optional(),
    count: z.coerce
      .number()
      .int("The number of questions must be a whole number")
      .min(1, "Ask for at least 1 question")
      .max(QUIZ_MAX_QUESTIONS, `At most ${QUIZ_MAX_QUESTIONS} questions`)
      .default(10),
    types: z
      .union([QuestionTypeSchema, z.array(QuestionTypeSchema)])
      .transform((t) => [...new Set(Array.isArray(t) ? t : [t])])
      .pipe(z.array(QuestionTypeSchema).min(1, "Choose at least one question type"))
      .default(["single", "multiple", "truefalse", "fill"]),
    difficulty: QuizDifficultySchema.default("medium"),
    engine: z
      .enum(["auto", "local", "llm"])
      .default("auto")
      .transform((e) => (e === "auto" ? undefined : e)),
  })
  .refine((v) => !v.documentId !== !v.collectionId, { message: "Choose a document or a collection" });

const answer = z.union([z.number().int().nonnegative(), z.array(z.number().int().nonnegative()).max(20), z.boolean(), userText("The answer", { max: 500 })]);

export const UpdateQuestionSchema = z.object({
  workspaceId,
  quizId,
  questionId,
  question: userText("The question", { max: 2000, multiline: true }),
  options: z
    .array(userText("An option", { max: 500 }))
    .max(10, "At most 10 options")
    .default([]),
  answer,
  explanation: userText("The explanation", { max: 2000, min: 0, multiline: true }),
  /** The citations kept (indexes into the stored list): a person may remove a citation, never add one. */
  keepCitations: z.array(z.number().int().nonnegative()).max(50).optional(),
});

export const QuestionRefSchema = z.object({ workspaceId, quizId, questionId });
export const ReorderQuestionsSchema = z.object({ workspaceId, quizId, order: z.array(questionId).min(1).max(500) });
export const QuizRefSchema = z.object({ workspaceId, quizId });
export const RenameQuizSchema = z.object({ workspaceId, quizId, title: userText("The title", { max: 200 }) });

const responses = z.array(z.object({ questionId, response: QuizResponseSchema })).max(500);
export const SubmitAttemptSchema = z.object({ workspaceId, quizId, responses });
export const SubmitSharedAttemptSchema = z.object({
  token: z.string().min(1).max(100),
  takerName: userText("Your name", { max: 100 }),
  responses,
});

export const CreateQuizShareSchema = z.object({
  workspaceId,
  quizId,
  expiresInDays: z
    .union([z.literal("never"), z.coerce.number().int()])
    .default("never")
    .refine((v) => v === "never" || (QUIZ_EXPIRY_DAYS as readonly number[]).includes(v), { message: "Choose never, 1, 7 or 30 days" })
    .transform((v) => (v === "never" ? null : v)),
});
export const RevokeQuizShareSchema = z.object({ workspaceId, quizId, shareId: z.string().uuid("not a share link id") });
