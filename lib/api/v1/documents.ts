import "server-only";
import { storeUploadedFile } from "@/lib/jobs/uploads";
import { recordAudit } from "@/lib/db/audit";
import { deleteDocument, getDocument, listDocuments, listSegments, renameDocument } from "@/lib/db/documents";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { readMultipartFile } from "../multipart";
import type { Handler } from "../route";
import { sseResponse, type SseEvent } from "../sse";
import { documentsAfter, documentsCursor, splitPage } from "./pagination";
import { toApiDocument } from "./present";

const notFound = () => new AppError("NOT_FOUND", "This document does not exist or is not in this workspace.");

export const listDocumentsHandler: Handler<"listDocuments"> = async (ctx, q) => {
  const rows = await listDocuments(
    ctx.workspaceId,
    { status: q.status, kind: q.kind, speaker: q.speaker, from: q.from, to: q.to },
    { take: q.limit + 1, after: documentsAfter(q.cursor) },
  );
  const { items, more } = splitPage(rows, q.limit);
  return { documents: items.map(toApiDocument), nextCursor: more ? documentsCursor(items[items.length - 1]) : null };
};

export const uploadDocumentHandler: Handler<"uploadDocument"> = async (ctx, _input, req) => {
  const file = await readMultipartFile(req, env().UPLOAD_MAX_BYTES);
  return toApiDocument(await storeUploadedFile({ workspaceId: ctx.workspaceId, userId: ctx.user.id }, file));
};

export const getDocumentHandler: Handler<"getDocument"> = async (ctx, { documentId }) => {
  const doc = await getDocument(ctx.workspaceId, documentId);
  if (!doc) throw notFound();
  return toApiDocument(doc);
};

export const renameDocumentHandler: Handler<"renameDocument"> = async (ctx, { documentId, title }) => {
  const before = await getDocument(ctx.workspaceId, documentId);
  if (!before) throw notFound();
  const doc = await renameDocument(ctx.workspaceId, documentId, title);
  await recordAudit({
    workspaceId: ctx.workspaceId,
    actorUserId: ctx.user.id,
    action: "document.renamed",
    targetType: "document",
    targetId: doc.id,
    detail: { from: before.title, to: doc.title },
  });
  return toApiDocument(doc);
};

export const deleteDocumentHandler: Handler<"deleteDocument"> = async (ctx, { documentId }) => deleteDocument(ctx.workspaceId, documentId, ctx.user.id);

export const getTranscriptHandler: Handler<"getTranscript"> = async (ctx, { documentId }) => {
  if (!(await getDocument(ctx.workspaceId, documentId))) throw notFound();
  const segments = await listSegments(ctx.workspaceId, documentId);
  return { documentId, segments: segments.map((s) => ({ index: s.index, speaker: s.speaker, startMs: s.startMs, endMs: s.endMs, page: s.page, text: s.text })) };
};

const POLL_MS = 1000;
const MAX_STREAM_MS = 10 * 60 * 1000;
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
  });

/** Status changes as they are written (polled once a second), ending with ready or failed. */
export const documentEventsHandler: Handler<"documentEvents"> = async (ctx, { documentId }, req) => {
  const first = await getDocument(ctx.workspaceId, documentId);
  if (!first) throw notFound();
  async function* events(): AsyncIterable<SseEvent> {
    const until = Date.now() + MAX_STREAM_MS;
    let doc = first;
    let last = "";
    while (doc) {
      const key = `${doc.status}|${doc.step}|${doc.progress}`;
      if (key !== last) yield { event: "status", data: toApiDocument(doc) };
      last = key;
      if (doc.status === "ready" || doc.status === "failed" || Date.now() > until || req.signal.aborted) return;
      await sleep(POLL_MS, req.signal);
      doc = await getDocument(ctx.workspaceId, documentId);
    }
    yield { event: "error", data: { code: "NOT_FOUND", message: "The document was deleted." } };
  }
  return sseResponse(events(), req.signal);
};
