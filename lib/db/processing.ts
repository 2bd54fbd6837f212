import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "./client";
import { addArtifactVersion, type MinutesContent, type SlidesContent } from "./artifacts";
import type { DocumentKind, Prisma } from "@/lib/generated/prisma/client";
import { pages, type Fence } from "./segment-pages";
import { readOriginalBytes } from "./originals";
import { queueWebhookEvent } from "./webhooks";

/**
 * The document's processing claims. Each step claims the document by the status it may start from
 * and a fresh runId; every later write of that step (pages of rows, progress, the final status) is
 * conditioned on both, so a run that was overtaken — its job expired while it was still alive and
 * the retry claimed the document — writes nothing more and the document ends with exactly one result.
 */

export type ParseClaim = Fence & { fileName: string; mimeType: string };

/** uploaded|parsing → parsing under a new runId; null when the document is past parsing (or gone). */
export async function claimParse(workspaceId: string, documentId: string): Promise<ParseClaim | null> {
  const runId = randomUUID();
  const [row] = await db().document.updateManyAndReturn({
    where: { workspaceId, id: documentId, status: { in: ["uploaded", "parsing"] } },
    data: { status: "parsing", step: "parse", progress: 10, lockedAt: new Date(), runId },
    select: { workspaceId: true, fileName: true, mimeType: true },
  });
  return row ? { documentId, runId, ...row } : null;
}

export async function loadOriginalBytes(f: Fence): Promise<Uint8Array | null> {
  return readOriginalBytes(f.workspaceId, f.documentId);
}

/** Progress while this run still owns the document in `status`; a late write never moves a finished one. */
export async function writeProgress(f: Fence, status: "parsing" | "analyzing", progress: number, step?: string): Promise<void> {
  await db().document.updateMany({ where: { id: f.documentId, runId: f.runId, status }, data: { progress, lockedAt: new Date(), ...(step ? { step } : {}) } });
}

export interface ParsedMeta {
  title?: string;
  kind: DocumentKind;
  lang: string;
  speakers: string[];
  meetingDate?: string;
}

/** parsing → parsed, only for the run that owns it. */
export async function finishParse(f: Fence, meta: ParsedMeta): Promise<boolean> {
  const { count } = await db().document.updateMany({
    where: { id: f.documentId, runId: f.runId, status: "parsing" },
    data: {
      status: "parsed",
      step: "analyze",
      progress: 50,
      errorCode: null,
      errorMessage: null,
      title: meta.title || undefined,
      kind: meta.kind,
      lang: meta.lang,
      speakers: meta.speakers,
      meetingDate: meta.meetingDate ? new Date(`${meta.meetingDate}T00:00:00Z`) : null,
    },
  });
  return count === 1;
}

/** Bad input: the run's stored error; the original stays for Retry. */
export async function failRun(f: Fence, code: string, message: string): Promise<void> {
  const { count } = await db().document.updateMany({
    where: { id: f.documentId, runId: f.runId, status: { in: ["parsing", "analyzing"] } },
    data: { status: "failed", step: null, lockedAt: null, errorCode: code, errorMessage: message },
  });
  if (count) await queueDocumentFailed(f.workspaceId, f.documentId);
}

/** The "document.failed" webhook event, with the error the document page shows. */
export async function queueDocumentFailed(workspaceId: string, documentId: string): Promise<void> {
  const doc = await db().document.findFirst({ where: { workspaceId, id: documentId }, select: { id: true, title: true, status: true, errorCode: true, errorMessage: true } });
  if (doc) await queueWebhookEvent(workspaceId, "document.failed", { document: doc });
}

export type AnalyzeClaim = Fence & { uploadedById: string | null };

/** parsed|analyzing → analyzing under a new runId; null when it is ready, failed or not yet parsed. */
export async function claimAnalyze(workspaceId: string, documentId: string): Promise<AnalyzeClaim | null> {
  const runId = randomUUID();
  const [row] = await db().document.updateManyAndReturn({
    where: { workspaceId, id: documentId, status: { in: ["parsed", "analyzing"] } },
    data: { status: "analyzing", step: "analyze", progress: 55, lockedAt: new Date(), runId },
    select: { workspaceId: true, uploadedById: true },
  });
  return row ? { documentId, runId, ...row } : null;
}

export interface AnalysisResult {
  engine: string;
  model: string | null;
  minutes: MinutesContent;
  slides: SlidesContent;
  todos: {
    text: string;
    owner: string | null;
    due: string | null;
    dueText: string | null;
    citations: number[];
    verified: boolean;
    confidence: number;
  }[];
}

/**
 * analyzing → ready with minutes v1, slides v1 and the to-dos, in one transaction that starts by
 * taking the document's row lock through the guarded update: a concurrent or overtaken run finds
 * the status or runId changed and writes nothing. Its size is the analysis, not the input (a 50 MB
 * transcript's ~50,000 to-dos are a few statements of JSON pages); the timeout only guards against a
 * stalled database.
 */
export async function finishAnalyze(f: AnalyzeClaim, r: AnalysisResult): Promise<boolean> {
  return db().$transaction(
    async (tx) => {
      const finished = await tx.document.updateMany({
        where: { id: f.documentId, runId: f.runId, status: "analyzing" },
        data: { status: "ready", step: null, progress: 100, lockedAt: null, errorCode: null, errorMessage: null },
      });
      if (finished.count === 0) return false;
      // The event commits with the status it reports (an outbox row; lib/jobs/webhooks.ts sends it).
      const doc = await tx.document.findUniqueOrThrow({ where: { id: f.documentId }, select: { id: true, title: true, status: true, kind: true, lang: true } });
      const scope = { workspaceId: f.workspaceId, documentId: f.documentId, engine: r.engine, model: r.model, createdById: f.uploadedById };
      await addArtifactVersion(tx, { ...scope, kind: "minutes", content: r.minutes });
      await addArtifactVersion(tx, { ...scope, kind: "slides", content: r.slides });
      if ((await tx.todo.count({ where: { workspaceId: f.workspaceId, documentId: f.documentId } })) === 0) {
        let position = 0;
        for (const page of pages(r.todos)) {
          await insertTodoPage(tx, f, page, position);
          position += page.length;
        }
      }
      await queueWebhookEvent(f.workspaceId, "document.ready", { document: doc }, tx);
      return true;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

type TodoRow = AnalysisResult["todos"][number];

/**
 * One page of to-dos as one INSERT … SELECT from a JSON parameter. createMany binds eleven parameters
 * per row; the ~50,000 to-dos of a 50 MB transcript took it 40–90 s, past the transaction's limit.
 */
async function insertTodoPage(tx: Prisma.TransactionClient, f: Fence, rows: readonly TodoRow[], offset: number): Promise<void> {
  const json = JSON.stringify(rows.map((t, i) => ({ ...t, position: offset + i })));
  await tx.$executeRaw`
    INSERT INTO "Todo" ("id", "workspaceId", "documentId", "text", "owner", "due", "dueText", "citations", "verified", "confidence", "position", "updatedAt")
    SELECT gen_random_uuid()::text, ${f.workspaceId}, ${f.documentId}, r.text, r.owner, r.due, r."dueText", COALESCE(r.citations, '{}'), r.verified, r.confidence, r.position, now()
    FROM json_to_recordset(${json}::json) AS r(text text, owner text, due text, "dueText" text, citations int[], verified boolean, confidence double precision, position int)`;
}

/** A failed document back to the start of the pipeline (its original is untouched); false when it had not failed. */
export async function resetFailedForRetry(workspaceId: string, documentId: string): Promise<boolean> {
  const { count } = await db().document.updateMany({
    where: { workspaceId, id: documentId, status: "failed" },
    data: { status: "uploaded", errorCode: null, errorMessage: null, step: null, progress: 0, lockedAt: null },
  });
  return count > 0;
}

/**
 * Uploads still waiting after `olderThanSeconds` (the process died between the insert and the job's
 * send). Across workspaces on purpose: this is the worker's own recovery sweep, not a user's query.
 */
export async function orphanedUploads(olderThanSeconds: number): Promise<{ workspaceId: string; documentId: string }[]> {
  const rows = await db().document.findMany({
    where: { status: "uploaded", createdAt: { lt: new Date(Date.now() - olderThanSeconds * 1000) } },
    select: { id: true, workspaceId: true },
    take: 100,
  });
  return rows.map((r) => ({ workspaceId: r.workspaceId, documentId: r.id }));
}

/** Where a document's processing stands, for the job that picks it up (the job carries both ids). */
export async function processingStatus(workspaceId: string, documentId: string) {
  const d = await db().document.findFirst({ where: { workspaceId, id: documentId }, select: { status: true } });
  return d?.status ?? null;
}

/**
 * The workspace of a document named by a job queued before jobs carried their workspace id (an
 * upgrade with jobs waiting); every job sent now carries it.
 */
export async function workspaceOfQueuedDocument(documentId: string): Promise<string | null> {
  const d = await db().document.findUnique({ where: { id: documentId }, select: { workspaceId: true } });
  return d?.workspaceId ?? null;
}

/**
 * Out of retries: the document shows the error (its original is kept). `message` is told whether the
 * transcript was read, so the error can say which step failed. A ready document stays ready: a
 * duplicate run that failed must not hide the run that succeeded.
 */
export async function failDocument(workspaceId: string, documentId: string, code: string, message: (transcriptRead: boolean) => string): Promise<void> {
  const transcriptRead = (await db().segment.count({ where: { workspaceId, documentId }, take: 1 })) > 0;
  const before = await db().document.findFirst({ where: { workspaceId, id: documentId }, select: { status: true, workspaceId: true } });
  const { count } = await db().document.updateMany({
    where: { workspaceId, id: documentId, status: { not: "ready" } },
    data: { status: "failed", step: null, lockedAt: null, errorCode: code, errorMessage: message(transcriptRead) },
  });
  // One "document.failed" per failure: a run that already stored its error (failRun) sent it.
  if (count && before && before.status !== "failed") await queueDocumentFailed(before.workspaceId, documentId);
}
