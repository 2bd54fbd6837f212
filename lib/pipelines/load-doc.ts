import "server-only";
import { db } from "@/lib/db/client";
import type { ParsedDoc } from "@/lib/ingest/types";
import type { Chunk } from "@/lib/chunk/types";

/** A stored document back in the shape the engines take: ParsedDoc + chunks. */
export async function loadParsedDoc(workspaceId: string, documentId: string): Promise<{ doc: ParsedDoc; chunks: Chunk[]; meetingDate?: string }> {
  const d = await db().document.findFirstOrThrow({
    where: { workspaceId, id: documentId },
    select: {
      title: true,
      kind: true,
      lang: true,
      speakers: true,
      meetingDate: true,
      fileName: true,
      segments: { orderBy: { index: "asc" }, select: { index: true, speaker: true, startMs: true, endMs: true, page: true, headingPath: true, text: true } },
      chunks: { orderBy: { index: "asc" }, select: { index: true, segmentStart: true, segmentEnd: true, tokenCount: true, text: true } },
    },
  });
  const meetingDate = d.meetingDate ? d.meetingDate.toISOString().slice(0, 10) : undefined;
  const doc: ParsedDoc = {
    kind: d.kind ?? "document",
    title: d.title,
    lang: d.lang === "zh" || d.lang === "mixed" ? d.lang : "en",
    meetingDate,
    speakers: d.speakers,
    format: d.fileName.split(".").pop() ?? "",
    segments: d.segments.map((s) => ({
      index: s.index,
      text: s.text,
      ...(s.speaker != null ? { speaker: s.speaker } : {}),
      ...(s.startMs != null ? { startMs: s.startMs } : {}),
      ...(s.endMs != null ? { endMs: s.endMs } : {}),
      ...(s.page != null ? { page: s.page } : {}),
      ...(s.headingPath.length ? { headingPath: s.headingPath } : {}),
    })),
  };
  return { doc, chunks: d.chunks, meetingDate };
}
