import "server-only";
import { db } from "./client";
import { getArtifact } from "./artifacts";
import { loadMinutesExport } from "./exports";
import { readOriginalBytes } from "./originals";
import type { ExportedDocument } from "@/lib/export/workspace-zip";

/** The documents of a workspace to export, oldest first (the zip's folders are numbered in this order). */
export async function listDocumentIdsForExport(workspaceId: string): Promise<string[]> {
  const rows = await db().document.findMany({ where: { workspaceId }, select: { id: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((r) => r.id);
}

/** One document with its original, latest minutes and to-dos, every query scoped to the workspace; null when it is gone. */
export async function loadDocumentForExport(workspaceId: string, documentId: string): Promise<ExportedDocument | null> {
  const doc = await db().document.findFirst({
    where: { workspaceId, id: documentId },
    select: { id: true, title: true, fileName: true, kind: true, lang: true, status: true, createdAt: true, meetingDate: true },
  });
  if (!doc) return null;
  const [original, minutes, minutesInput, todos] = await Promise.all([
    readOriginalBytes(workspaceId, documentId),
    getArtifact(workspaceId, documentId, "minutes"),
    loadMinutesExport(workspaceId, documentId),
    db().todo.findMany({
      where: { workspaceId, documentId },
      select: { id: true, text: true, owner: true, due: true, status: true, citations: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  return {
    meta: {
      id: doc.id,
      title: doc.title,
      fileName: doc.fileName,
      kind: doc.kind,
      lang: doc.lang,
      status: doc.status,
      createdAt: doc.createdAt.toISOString(),
      meetingDate: doc.meetingDate ? doc.meetingDate.toISOString().slice(0, 10) : null,
    },
    original,
    minutes:
      minutes && minutesInput ? { markdownInput: minutesInput.input, content: minutes.content, version: minutes.version, engine: minutes.engine, model: minutes.model } : null,
    todos,
  };
}
