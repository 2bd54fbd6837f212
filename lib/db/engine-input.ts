import "server-only";
import { db } from "./client";

/**
 * A stored document with every line and chunk, for the engines (lib/pipelines/load-doc.ts turns it into
 * a ParsedDoc). `chunkText: false` leaves the chunks' text out: the local engine reads lines only, and
 * a huge document's chunks are a second copy of its text.
 */
export async function loadDocumentForEngine(workspaceId: string, documentId: string, opts: { chunkText?: boolean } = {}) {
  return db().document.findFirstOrThrow({
    where: { workspaceId, id: documentId },
    select: {
      title: true,
      kind: true,
      lang: true,
      speakers: true,
      meetingDate: true,
      fileName: true,
      segments: { orderBy: { index: "asc" }, select: { index: true, speaker: true, startMs: true, endMs: true, page: true, headingPath: true, text: true } },
      chunks: { orderBy: { index: "asc" }, select: { index: true, segmentStart: true, segmentEnd: true, tokenCount: true, text: opts.chunkText ?? true } },
    },
  });
}
