import "server-only";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { parseDocument } from "@/lib/ingest";
import { chunkSegments } from "@/lib/chunk";

/**
 * Stored original → ParsedDoc → segments + chunks, saved in one transaction together with the status
 * that guards the step, so a re-run replaces what an interrupted run left. Bad input (an AppError)
 * is stored on the document and returns false; anything else throws so the job is retried.
 */
export async function runParse(documentId: string): Promise<boolean> {
  const doc = await db().document.update({
    where: { id: documentId },
    data: { status: "parsing", step: "parse", progress: 10, lockedAt: new Date() },
    select: { workspaceId: true, fileName: true, mimeType: true, original: { select: { bytes: true } } },
  });
  const { workspaceId } = doc;
  if (!doc.original) throw new Error(`document ${documentId} has no stored original`);

  let parsed;
  try {
    parsed = await parseDocument(
      { bytes: doc.original.bytes, fileName: doc.fileName, mimeType: doc.mimeType },
      { maxBytes: env().UPLOAD_MAX_BYTES },
    );
  } catch (e) {
    if (!isAppError(e)) throw e;
    await db().document.update({
      where: { id: documentId },
      data: { status: "failed", step: null, lockedAt: null, errorCode: e.code, errorMessage: e.message },
    });
    return false;
  }
  const chunks = chunkSegments(parsed.segments);

  await db().$transaction([
    db().segment.deleteMany({ where: { workspaceId, documentId } }),
    db().chunk.deleteMany({ where: { workspaceId, documentId } }),
    db().segment.createMany({
      data: parsed.segments.map((s) => ({
        documentId,
        workspaceId,
        index: s.index,
        speaker: s.speaker ?? null,
        startMs: s.startMs ?? null,
        endMs: s.endMs ?? null,
        page: s.page ?? null,
        headingPath: s.headingPath ?? [],
        text: s.text,
      })),
    }),
    db().chunk.createMany({ data: chunks.map((c) => ({ documentId, workspaceId, ...c })) }),
    db().document.update({
      where: { id: documentId },
      data: {
        status: "parsed",
        step: "analyze",
        progress: 50,
        errorCode: null,
        errorMessage: null,
        title: parsed.title || undefined,
        kind: parsed.kind,
        lang: parsed.lang,
        speakers: parsed.speakers,
        meetingDate: parsed.meetingDate ? new Date(`${parsed.meetingDate}T00:00:00Z`) : null,
      },
    }),
  ]);
  return true;
}
