import "server-only";
import { db } from "@/lib/db/client";
import { toAppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { parseDocument } from "@/lib/ingest";
import { chunkSegments } from "@/lib/chunk";

/**
 * Claimed document → ParsedDoc → segments + chunks, saved in one transaction with the status that
 * guards it. Re-running replaces what an interrupted run left, so the step is idempotent. On bad
 * input the specific error is stored on the document; the original bytes are never touched.
 */
export async function runParse(documentId: string): Promise<void> {
  const doc = await db().document.findUnique({
    where: { id: documentId },
    select: { workspaceId: true, fileName: true, mimeType: true, original: { select: { bytes: true } } },
  });
  if (!doc) return;
  const { workspaceId } = doc;

  try {
    if (!doc.original) throw new Error(`document ${documentId} has no stored original`);
    const parsed = await parseDocument(
      { bytes: doc.original.bytes, fileName: doc.fileName, mimeType: doc.mimeType },
      { maxBytes: env().UPLOAD_MAX_BYTES },
    );
    await db().document.update({ where: { id: documentId }, data: { step: "chunk", progress: 60 } });
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
      db().chunk.createMany({
        data: chunks.map((c) => ({ documentId, workspaceId, ...c })),
      }),
      db().document.update({
        where: { id: documentId },
        data: {
          status: "parsed",
          step: null,
          progress: 100,
          lockedAt: null,
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
  } catch (e) {
    const err = toAppError(e);
    if (err.code === "INTERNAL") console.error(`[parse] ${documentId}`, e);
    await db().document.update({
      where: { id: documentId },
      data: { status: "failed", step: null, lockedAt: null, errorCode: err.code, errorMessage: err.message },
    });
  }
}
