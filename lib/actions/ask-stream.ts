import "server-only";
import type { AskInput } from "./ask.schema";
import { saveQuestion } from "@/lib/db/questions";
import { workspaceNameForms } from "@/lib/db/mentions";
import { askDocument } from "@/lib/pipelines/ask-document";
import { askLibrary, type LibrarySource } from "@/lib/pipelines/ask-library";
import { getCollection } from "@/lib/db/collections";
import { AppError } from "@/lib/errors";

/** A collection of this workspace, or "not found" before anything streams. */
async function collectionScope(workspaceId: string, collectionId: string | undefined): Promise<string | undefined> {
  if (!collectionId) return undefined;
  if (!(await getCollection(workspaceId, collectionId))) throw new AppError("NOT_FOUND", "This collection does not exist.");
  return collectionId;
}

/** One streamed part of an answer, as the engines yield it (text pieces, then citations, then done). */
export interface AnswerPart {
  type: string;
  text?: string;
  citations?: number[];
  sources?: LibrarySource[];
  error?: string;
}

/**
 * A grounded answer for one member, for every transport that streams it (the web app's NDJSON route,
 * the API's server-sent events): resolved before streaming, so "no such document" is an error the
 * caller can answer plainly, and the question stored once the answer is complete and not an error.
 */
export async function askAndRecord(
  scope: { workspaceId: string; userId: string },
  input: AskInput,
  signal?: AbortSignal,
): Promise<{ engine: string; parts: AsyncIterable<AnswerPart> }> {
  // Who asks, for "was I mentioned?" and "my …" questions: the names of every member, the asker's among them.
  const asker = { userId: scope.userId, forms: await workspaceNameForms(scope.workspaceId) };
  const answer = input.documentId
    ? await askDocument(scope.workspaceId, input.documentId, input.question, { signal, nowMs: input.nowMs, asker })
    : await askLibrary(scope.workspaceId, input.question, { signal, asker, collectionId: await collectionScope(scope.workspaceId, input.collectionId) });

  async function* parts(): AsyncIterable<AnswerPart> {
    let text = "";
    let cited: { documentId: string; segment: number }[] = [];
    let failed = false;
    for await (const part of answer.parts as AsyncIterable<AnswerPart>) {
      if (part.type === "text") text += part.text ?? "";
      if (part.type === "citations") {
        cited = part.sources
          ? part.sources.map((s) => ({ documentId: s.documentId, segment: s.segment }))
          : (part.citations ?? []).map((segment) => ({ documentId: input.documentId!, segment }));
      }
      if (part.type === "error") failed = true;
      yield part;
    }
    if (!failed && text.trim()) {
      await saveQuestion({
        workspaceId: scope.workspaceId,
        documentId: input.documentId ?? null,
        userId: scope.userId,
        question: input.question,
        answer: text.trim(),
        citations: cited,
        found: cited.length > 0,
        engine: answer.engine,
      });
    }
  }
  return { engine: answer.engine, parts: parts() };
}
