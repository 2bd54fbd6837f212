import "server-only";
import { keepGrounded, checkQuestion, normText } from "@/lib/engine/quiz-check";
import { quizWithEngine, type EngineName } from "@/lib/engine/registry";
import type { Question, QuestionType, QuizDifficulty } from "@/lib/engine/quiz-types";
import { getDocument } from "@/lib/db/documents";
import { getCollection, readyCollectionDocuments } from "@/lib/db/collections";
import { createQuiz, type NewQuestion } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import { engineForJob } from "./engine-for-job";
import { loadParsedDoc } from "./load-doc";

export interface GenerateQuizInput {
  documentId?: string;
  collectionId?: string;
  count: number;
  types: QuestionType[];
  difficulty: QuizDifficulty;
  engine?: EngineName;
}

// A collection's documents each get a share of the count plus a margin, then take turns.
const MARGIN = 2;

/**
 * Generates and stores a quiz of one document or of a collection's ready documents, with the engine
 * the registry picks for the workspace (offline unless a model is configured or asked for). Each
 * document's questions pass the grounding checker against that document's own lines; duplicate stems
 * across documents are dropped. Nothing is stored when no question is grounded.
 */
export async function generateQuiz(workspaceId: string, userId: string | null, input: GenerateQuizInput): Promise<{ id: string; questions: number }> {
  let title: string;
  let sources: Array<{ id: string; title: string }>;
  if (input.documentId) {
    const doc = await getDocument(workspaceId, input.documentId);
    if (!doc) throw new AppError("NOT_FOUND", "This document does not exist in this workspace.");
    if (doc.status !== "ready") throw new AppError("CONFLICT", "The document is still being processed: make a quiz once it is ready.");
    title = doc.title;
    sources = [{ id: doc.id, title: doc.title }];
  } else {
    const c = input.collectionId ? await getCollection(workspaceId, input.collectionId) : null;
    if (!c) throw new AppError("NOT_FOUND", "This collection does not exist.");
    title = c.name;
    sources = await readyCollectionDocuments(workspaceId, c.id);
    if (!sources.length) throw new AppError("INVALID_INPUT", "This collection has no ready documents to make questions from.");
  }
  const job = await engineForJob(input.engine, { workspaceId, documentId: input.documentId ?? null });
  const per = sources.length > 1 ? Math.ceil(input.count / sources.length) + MARGIN : input.count;
  const perDoc: NewQuestion[][] = [];
  try {
    for (const s of sources) {
      const { doc } = await loadParsedDoc(workspaceId, s.id, { chunkText: false });
      if (!doc.segments.length) continue;
      const quiz = await quizWithEngine(job.name, doc, { count: per, types: input.types, difficulty: input.difficulty }, job.llmConfig);
      perDoc.push(keepGrounded(quiz.questions, doc).kept.map((q) => toNew(q, s.id)));
    }
  } finally {
    await job.saveCalls();
  }
  const questions = interleave(perDoc, input.count);
  if (!questions.length) throw new AppError("INVALID_INPUT", "No question could be grounded in the text: try other question types or a longer document.");
  const settings = { count: input.count, types: input.types, difficulty: input.difficulty };
  const { id } = await createQuiz(workspaceId, {
    documentId: input.documentId,
    collectionId: input.collectionId,
    title,
    settings,
    engine: job.name,
    model: job.modelName,
    createdById: userId,
    questions,
  });
  return { id, questions: questions.length };
}

function toNew(q: Question, documentId: string): NewQuestion {
  return {
    type: q.type,
    question: q.question,
    options: q.options ?? [],
    answer: q.answer,
    explanation: q.explanation,
    citations: q.citations.map((segment) => ({ documentId, segment })),
  };
}

function interleave(lists: NewQuestion[][], count: number): NewQuestion[] {
  const out: NewQuestion[] = [];
  const stems = new Set<string>();
  for (let i = 0; out.length < count && lists.some((l) => i < l.length); i++) {
    for (const l of lists) {
      const q = l[i];
      if (!q || out.length >= count || stems.has(normText(q.question))) continue;
      stems.add(normText(q.question));
      out.push(q);
    }
  }
  return out;
}

/**
 * Whether an edited question still passes the grounding checker against the lines it cites (those of
 * its first cited document): an edit is kept either way, and marked unverified when it does not.
 */
export async function groundedAfterEdit(workspaceId: string, q: NewQuestion): Promise<boolean> {
  const first = q.citations[0];
  if (!first) return false;
  const { doc } = await loadParsedDoc(workspaceId, first.documentId, { chunkText: false });
  const citations = q.citations.filter((c) => c.documentId === first.documentId).map((c) => c.segment);
  const options = q.type === "single" || q.type === "multiple" ? q.options : undefined;
  return checkQuestion({ type: q.type, question: q.question, options, answer: q.answer, explanation: q.explanation, citations }, doc).length === 0;
}
