import "server-only";
import { sniffMedia } from "@/lib/ingest/speech/media";
import { createHash } from "node:crypto";
import { db } from "./client";
import { insertDocumentWithOriginal, isUniqueViolation } from "./originals";
import { recordAudit } from "./audit";
import { AppError } from "@/lib/errors";
import type { Prisma, DocumentStatus } from "@/lib/generated/prisma/client";

/** Columns the library and document pages show; never the original bytes. */
const DOCUMENT_SUMMARY = {
  id: true,
  workspaceId: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  title: true,
  kind: true,
  lang: true,
  meetingDate: true,
  speakers: true,
  status: true,
  step: true,
  progress: true,
  errorCode: true,
  errorMessage: true,
  createdAt: true,
  updatedAt: true,
  uploadedBy: { select: { name: true, email: true } },
} satisfies Prisma.DocumentSelect;

export type DocumentSummary = Prisma.DocumentGetPayload<{ select: typeof DOCUMENT_SUMMARY }>;

export interface UploadInput {
  workspaceId: string;
  uploadedById: string;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  /** When the caller hashed the bytes while receiving them. */
  sha256?: string;
  maxBytes: number;
}

function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[A-Za-z0-9]{1,8}$/, "").trim() || fileName;
}

/** Stores the original and its metadata in one transaction (originals.ts: binary, outside Prisma); the same bytes twice in a workspace is refused. */
export async function createDocumentFromUpload(input: UploadInput): Promise<DocumentSummary> {
  const fileName = input.fileName.normalize("NFC").slice(0, 255) || "untitled";
  if (input.bytes.byteLength === 0) throw new AppError("FILE_EMPTY", `“${fileName}” is empty: there is nothing to upload.`);
  if (input.bytes.byteLength > input.maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new AppError("FILE_TOO_LARGE", `“${fileName}” is ${mb(input.bytes.byteLength)}; the limit is ${mb(input.maxBytes)}.`);
  }
  const sha256 = input.sha256 ?? createHash("sha256").update(input.bytes).digest("hex");
  const duplicateError = (existing: string) => new AppError("DUPLICATE_FILE", `“${fileName}” was already uploaded to this workspace as “${existing}”.`, { sha256 });

  const storedName = async () =>
    (
      await db().document.findUnique({
        where: { workspaceId_sha256: { workspaceId: input.workspaceId, sha256 } },
        select: { fileName: true },
      })
    )?.fileName;
  const existing = await storedName();
  if (existing) throw duplicateError(existing);

  let id: string;
  try {
    id = await insertDocumentWithOriginal({
      workspaceId: input.workspaceId,
      uploadedById: input.uploadedById,
      fileName,
      // A recording's type from its bytes, so the page plays it whatever the browser called it.
      mimeType: sniffMedia(input.bytes.subarray(0, 64), fileName)?.mime ?? (input.mimeType || "application/octet-stream"),
      sha256,
      title: titleFromFileName(fileName),
      bytes: input.bytes,
    });
  } catch (e) {
    // Two uploads of the same bytes racing: the unique index decides, and the loser is told the winner's name.
    if (isUniqueViolation(e)) throw duplicateError((await storedName()) ?? fileName);
    throw e;
  }
  return db().document.findUniqueOrThrow({ where: { id }, select: DOCUMENT_SUMMARY });
}

export interface DocumentFilters {
  kind?: "meeting" | "document";
  status?: DocumentStatus;
  speaker?: string;
  /** Inclusive ISO dates; a document's meeting date when known, else its upload date. */
  from?: string;
  to?: string;
  /** Only the documents of this collection. */
  collection?: string;
}

/** A page of a newest-first list: `take` rows after (older than) the row `after`, ties broken by id. */
export interface KeysetPage {
  take: number;
  after?: { createdAt: Date; id: string };
}

export async function listDocuments(workspaceId: string, f: DocumentFilters = {}, page: KeysetPage = { take: 500 }): Promise<DocumentSummary[]> {
  const range = f.from || f.to ? { ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}), ...(f.to ? { lte: new Date(`${f.to}T23:59:59Z`) } : {}) } : undefined;
  const after = page.after;
  return db().document.findMany({
    where: {
      workspaceId,
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...(f.speaker ? { speakers: { has: f.speaker } } : {}),
      ...(range ? { OR: [{ meetingDate: range }, { meetingDate: null, createdAt: range }] } : {}),
      ...(after ? { AND: [{ OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }] } : {}),
      ...(f.collection ? { collections: { some: { workspaceId, collectionId: f.collection } } } : {}),
    },
    select: DOCUMENT_SUMMARY,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(page.take, 1), 501),
  });
}

/** Every speaker name in the workspace, for the library's speaker filter. */
export async function listSpeakers(workspaceId: string): Promise<string[]> {
  const rows = await db().$queryRaw<{ s: string }[]>`
    SELECT DISTINCT unnest(speakers) AS s FROM "Document" WHERE "workspaceId" = ${workspaceId} ORDER BY 1 LIMIT 500`;
  return rows.map((r) => r.s);
}

export async function getDocument(workspaceId: string, documentId: string): Promise<DocumentSummary | null> {
  return db().document.findFirst({ where: { workspaceId, id: documentId }, select: DOCUMENT_SUMMARY });
}

/** The given documents that belong to this workspace (any status), for requests naming several; the others are simply absent. */
export async function documentsByIds(workspaceId: string, ids: string[]): Promise<Array<{ id: string; title: string; status: string }>> {
  return db().document.findMany({ where: { workspaceId, id: { in: ids } }, select: { id: true, title: true, status: true }, take: 200 });
}

export async function getOriginal(workspaceId: string, documentId: string) {
  return db().documentOriginal.findFirst({
    where: { workspaceId, documentId },
    select: { bytes: true, document: { select: { fileName: true, mimeType: true } } },
  });
}

/** A document's lines in order; `range` reads only `limit` lines from index `from` on (a page of the transcript). */
export async function listSegments(workspaceId: string, documentId: string, range?: { from: number; limit: number }) {
  return db().segment.findMany({
    where: { workspaceId, documentId, ...(range ? { index: { gte: range.from } } : {}) },
    select: { index: true, speaker: true, startMs: true, endMs: true, page: true, headingPath: true, confidence: true, text: true },
    orderBy: { index: "asc" },
    ...(range ? { take: range.limit } : {}),
  });
}

/**
 * What the document page needs about all of a document's lines without their text: how many there
 * are, where each sits (time or page, for citation labels) and how many lines each stored speaker
 * has. One narrow read instead of the whole transcript.
 */
export async function segmentOutline(workspaceId: string, documentId: string) {
  const [places, bySpeaker] = await Promise.all([
    db().segment.findMany({ where: { workspaceId, documentId }, select: { index: true, startMs: true, page: true, speaker: true }, orderBy: { index: "asc" } }),
    db().segment.groupBy({ by: ["speaker"], where: { workspaceId, documentId, speaker: { not: null } }, _count: { _all: true } }),
  ]);
  return { places, linesBySpeaker: bySpeaker.map((g) => ({ speaker: g.speaker!, lines: g._count._all })) };
}

/** Longest title a person can give a document: fits the library row and an exported file's heading. */
export const TITLE_MAX = 200;

export async function renameDocument(workspaceId: string, documentId: string, title: string): Promise<DocumentSummary> {
  const { count } = await db().document.updateMany({ where: { workspaceId, id: documentId }, data: { title } });
  if (!count) throw new AppError("NOT_FOUND", "This document does not exist or is not in this workspace.");
  return db().document.findFirstOrThrow({ where: { workspaceId, id: documentId }, select: DOCUMENT_SUMMARY });
}

/**
 * Deletes a document and everything derived from it, in one transaction: its original, segments and
 * chunks (so it drops out of search), minutes and slides, to-dos, questions and share links (by the
 * foreign keys' cascade), and the library answers that cite it — an answer built partly from a
 * deleted document would quote lines nobody can open any more.
 */
export async function deleteDocument(
  workspaceId: string,
  documentId: string,
  actorUserId?: string | null,
  action: "document.deleted" | "document.purged" = "document.deleted",
): Promise<{ id: string; title: string }> {
  return db().$transaction(async (tx) => {
    const doc = await tx.document.findFirst({ where: { workspaceId, id: documentId }, select: { id: true, title: true } });
    if (!doc) throw new AppError("NOT_FOUND", "This document does not exist or is not in this workspace.");
    await tx.$executeRaw`
      DELETE FROM "Question"
      WHERE "workspaceId" = ${workspaceId} AND "documentId" IS NULL
        AND "citations" @> jsonb_build_array(jsonb_build_object('documentId', ${documentId}::text))`;
    // A collection's quiz keeps its other questions; those resting on this document's lines go with it.
    await tx.$executeRaw`
      DELETE FROM "QuizQuestion"
      WHERE "workspaceId" = ${workspaceId}
        AND "citations" @> jsonb_build_array(jsonb_build_object('documentId', ${documentId}::text))`;
    await tx.document.deleteMany({ where: { workspaceId, id: documentId } });
    // In the transaction: a deletion is never without its log line, nor a log line without the deletion.
    await recordAudit({ workspaceId, actorUserId, action, targetType: "document", targetId: doc.id, detail: { title: doc.title } }, tx);
    return doc;
  });
}

/** The document holding exactly these bytes in this workspace (uploads are unique by sha256), if any. */
export async function findDocumentIdBySha256(workspaceId: string, sha256: string): Promise<string | null> {
  const row = await db().document.findUnique({ where: { workspaceId_sha256: { workspaceId, sha256 } }, select: { id: true } });
  return row?.id ?? null;
}
