import "server-only";
import type { DocumentSummary } from "@/lib/db/documents";
import type { TodoRow } from "@/lib/db/todos";
import type { ApiDocument, ApiTodo } from "./schemas";

/** Database rows as the API's shapes (lib/api/v1/schemas.ts): times as ISO strings, internal columns left out. */
export function toApiDocument(d: DocumentSummary): ApiDocument {
  return {
    id: d.id,
    title: d.title,
    fileName: d.fileName,
    mimeType: d.mimeType,
    sizeBytes: d.sizeBytes,
    kind: d.kind,
    lang: d.lang,
    meetingDate: d.meetingDate ? d.meetingDate.toISOString().slice(0, 10) : null,
    speakers: d.speakers,
    status: d.status,
    step: d.step,
    progress: d.progress,
    error: d.errorCode ? { code: d.errorCode, message: d.errorMessage ?? "" } : null,
    uploadedBy: d.uploadedBy ? { name: d.uploadedBy.name, email: d.uploadedBy.email } : null,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

export function toApiTodo(t: TodoRow & { document?: { title: string } }): ApiTodo {
  return {
    id: t.id,
    documentId: t.documentId,
    ...(t.document ? { documentTitle: t.document.title } : {}),
    text: t.text,
    owner: t.owner,
    assignee: t.assigneeId && t.assignee ? { id: t.assigneeId, name: t.assignee.name, email: t.assignee.email } : null,
    due: t.due,
    dueText: t.dueText,
    status: t.status,
    citations: t.citations,
    verified: t.verified,
    editedAt: t.editedAt ? t.editedAt.toISOString() : null,
    editedBy: t.editedBy,
    createdAt: t.createdAt.toISOString(),
  };
}
