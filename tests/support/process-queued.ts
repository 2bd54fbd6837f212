import { db } from "@/lib/db/client";
import { processDocument } from "@/lib/pipelines/process-document";

/** The workspace a test's document was uploaded to: what its processing job carries. */
export async function workspaceOf(documentId: string): Promise<string> {
  return (await db().document.findUniqueOrThrow({ where: { id: documentId }, select: { workspaceId: true } })).workspaceId;
}

/** Runs a document's processing job as the worker does, with the workspace the job was queued with. */
export async function processQueued(documentId: string): Promise<void> {
  await processDocument(await workspaceOf(documentId), documentId);
}
