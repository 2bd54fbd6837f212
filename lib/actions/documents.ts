"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { DocumentRefSchema, RenameDocumentSchema, TRANSCRIPT_PAGE_LINES, TranscriptPageSchema, UploadDocumentSchema } from "./documents.schema";
import { listDisplaySegments } from "@/lib/db/display-segments";
import { createDocumentFromUpload, deleteDocument as remove, getDocument, renameDocument as rename } from "@/lib/db/documents";
import { enqueueProcess, retryDocument as requeue } from "@/lib/jobs/queue";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/db/audit";
import { AppError } from "@/lib/errors";

/** One file per call: the browser sends several files as several calls, so each gets its own result. */
export const uploadDocument = workspaceAction("member", UploadDocumentSchema, async (ctx, { file }) => {
  const doc = await createDocumentFromUpload({
    workspaceId: ctx.workspaceId,
    uploadedById: ctx.user.id,
    fileName: file.name,
    mimeType: file.type,
    bytes: new Uint8Array(await file.arrayBuffer()),
    maxBytes: env().UPLOAD_MAX_BYTES,
  });
  await recordAudit({
    workspaceId: ctx.workspaceId,
    actorUserId: ctx.user.id,
    action: "document.uploaded",
    targetType: "document",
    targetId: doc.id,
    detail: { fileName: doc.fileName },
  });
  // The upload is stored either way; if the queue is unreachable the worker's orphan sweep sends it later.
  await enqueueProcess(ctx.workspaceId, doc.id).catch((e) => console.error(`[upload] enqueue ${doc.id}:`, e));
  revalidatePath(`/w/${ctx.workspaceId}`);
  return { id: doc.id, fileName: doc.fileName };
});

export const retryDocument = workspaceAction("member", DocumentRefSchema, async (ctx, { documentId }) => {
  await requeue(ctx.workspaceId, documentId);
  revalidatePath(`/w/${ctx.workspaceId}/d/${documentId}`);
  return { id: documentId };
});

export const renameDocument = workspaceAction("member", RenameDocumentSchema, async (ctx, { documentId, title }) => {
  const before = await getDocument(ctx.workspaceId, documentId);
  const doc = await rename(ctx.workspaceId, documentId, title);
  await recordAudit({
    workspaceId: ctx.workspaceId,
    actorUserId: ctx.user.id,
    action: "document.renamed",
    targetType: "document",
    targetId: doc.id,
    detail: { from: before?.title ?? null, to: doc.title },
  });
  revalidatePath(`/w/${ctx.workspaceId}`, "layout");
  return { id: doc.id, title: doc.title };
});

/** Deletes the document with everything derived from it (lib/db/documents deleteDocument). */
export const deleteDocument = workspaceAction("member", DocumentRefSchema, async (ctx, { documentId }) => {
  const doc = await remove(ctx.workspaceId, documentId, ctx.user.id);
  revalidatePath(`/w/${ctx.workspaceId}`, "layout");
  return doc;
});

/** One page of a document's transcript as the page shows it (speaker names, glossary), for "show more" and jumps to a cited line. */
export const loadTranscriptPage = workspaceAction("viewer", TranscriptPageSchema, async (ctx, { documentId, from }) => {
  if (!(await getDocument(ctx.workspaceId, documentId))) throw new AppError("NOT_FOUND", "This document does not exist in this workspace.");
  const { segments } = await listDisplaySegments(ctx.workspaceId, documentId, { from, limit: TRANSCRIPT_PAGE_LINES });
  return segments;
});
