import "server-only";
import { saveQuestion } from "@/lib/db/questions";
import { searchWorkspace } from "@/lib/db/search";
import { findMentions, getMyNames, workspaceNameForms } from "@/lib/db/mentions";
import { mentionsCursor, mentionsOffset } from "./pagination";
import { askDocument } from "@/lib/pipelines/ask-document";
import { askLibrary, type LibrarySource } from "@/lib/pipelines/ask-library";
import { getCollection } from "@/lib/db/collections";
import { AppError } from "@/lib/errors";
import type { ApiContext } from "../auth";
import type { Handler } from "../route";
import { sseResponse, type SseEvent } from "../sse";
import type { InputOf } from "./contract";

/** A collection of this workspace (the library scope of a question), or "not found". */
async function collectionOf(workspaceId: string, collectionId: string | undefined): Promise<string | undefined> {
  if (collectionId && !(await getCollection(workspaceId, collectionId))) throw new AppError("NOT_FOUND", "This collection does not exist.");
  return collectionId;
}

type Citation = { documentId: string; segment: number; title?: string; label?: string };

/**
 * A grounded answer as events (text pieces, citations, done/error), then the question is stored, as
 * the web app's ask route does (app/api/w/[workspaceId]/ask). Resolved before the first event, so an
 * unknown document is a plain 404 rather than an error inside a 200 stream.
 */
export async function answerEvents(ctx: ApiContext, input: InputOf<"ask">, signal?: AbortSignal): Promise<AsyncIterable<SseEvent>> {
  // The token's member is the asker ("was I mentioned?").
  const asker = { userId: ctx.user.id, forms: await workspaceNameForms(ctx.workspaceId) };
  const answer = input.documentId
    ? await askDocument(ctx.workspaceId, input.documentId, input.question, { signal, nowMs: input.nowMs, asker })
    : await askLibrary(ctx.workspaceId, input.question, { signal, asker, collectionId: await collectionOf(ctx.workspaceId, input.collectionId) });
  async function* events(): AsyncIterable<SseEvent> {
    let text = "";
    let cited: Citation[] = [];
    for await (const part of answer.parts) {
      if (part.type === "text" && part.text) {
        text += part.text;
        yield { event: "text", data: { text: part.text } };
      } else if (part.type === "citations") {
        const sources = (part as { sources?: LibrarySource[] }).sources;
        cited = sources
          ? sources.map((s) => ({ documentId: s.documentId, segment: s.segment, title: s.title, label: s.label }))
          : (part.citations ?? []).map((segment) => ({ documentId: input.documentId!, segment }));
        yield { event: "citations", data: { citations: cited } };
      } else if (part.type === "error") {
        yield { event: "error", data: { code: "MODEL_ERROR", message: part.error ?? "The answer could not be completed." } };
        return;
      }
    }
    const found = cited.length > 0;
    if (text.trim()) {
      await saveQuestion({
        workspaceId: ctx.workspaceId,
        documentId: input.documentId ?? null,
        userId: ctx.user.id,
        question: input.question,
        answer: text.trim(),
        citations: cited.map((c) => ({ documentId: c.documentId, segment: c.segment })),
        found,
        engine: answer.engine,
      });
    }
    yield { event: "done", data: { found } };
  }
  return events();
}

export const askHandler: Handler<"ask"> = async (ctx, input, req) => sseResponse(await answerEvents(ctx, input, req.signal), req.signal);

export const searchHandler: Handler<"search"> = async (ctx, { q }) => ({ results: await searchWorkspace(ctx.workspaceId, q) });

export const getMeHandler: Handler<"getMe"> = async (ctx) => ({
  workspace: { id: ctx.workspaceId, name: ctx.workspaceName },
  user: ctx.user,
  token: ctx.token,
  role: ctx.role,
});

/** "Was I mentioned?" for the token's member: the Mentions view's lines, a page at a time. */
export const listMentionsHandler: Handler<"listMentions"> = async (ctx, q) => {
  const offset = mentionsOffset(q.cursor);
  const [names, all] = await Promise.all([getMyNames(ctx.workspaceId, ctx.user.id), findMentions(ctx.workspaceId, ctx.user.id)]);
  const page = all.slice(offset, offset + q.limit);
  return {
    names: names.forms,
    mentions: page.map((l) => ({
      documentId: l.documentId,
      title: l.title,
      meetingDate: l.meetingDate ? l.meetingDate.toISOString().slice(0, 10) : null,
      segment: l.index,
      speaker: l.speaker,
      startMs: l.startMs,
      text: l.text,
      spans: l.spans,
    })),
    total: all.length,
    nextCursor: offset + q.limit < all.length ? mentionsCursor(offset + q.limit) : null,
  };
};
