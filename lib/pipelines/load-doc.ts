import "server-only";
import { loadDocumentForEngine } from "@/lib/db/engine-input";
import type { ParsedDoc } from "@/lib/ingest/types";
import type { Chunk } from "@/lib/chunk/types";
import { chunkSegments } from "@/lib/chunk";
import { loadGlossary } from "@/lib/db/glossary";
import { correctText } from "@/lib/text/glossary";
import { currentSpeakerMap } from "@/lib/db/speakers";
import { shownName } from "@/lib/text/speaker-map";

/**
 * A stored document back in the shape the engines take: ParsedDoc + chunks, as people read it — the
 * workspace glossary applied to every line and speakers renamed by the speaker map (the stored segments
 * keep what was recorded). When that changes anything, the chunks are rebuilt from the corrected lines
 * so both say the same thing.
 */
export async function loadParsedDoc(
  workspaceId: string,
  documentId: string,
  opts: { chunkText?: boolean } = {},
): Promise<{ doc: ParsedDoc; chunks: Chunk[]; meetingDate?: string }> {
  const d = await loadDocumentForEngine(workspaceId, documentId, opts);
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
  const [glossary, speakers] = await Promise.all([loadGlossary(workspaceId), currentSpeakerMap(workspaceId, documentId)]);
  // Speakers under the names people gave them, so regenerated minutes and owners use those names.
  let changed = speakers.version > 0;
  if (changed) {
    doc.speakers = [...new Set(doc.speakers.map((sp) => shownName(speakers.map, sp)))];
    for (const seg of doc.segments) if (seg.speaker != null) seg.speaker = shownName(speakers.map, seg.speaker);
  }
  for (const seg of doc.segments) {
    const c = correctText(glossary, seg.text);
    if (c.replaced) {
      seg.text = c.text;
      changed = true;
    }
  }
  return { doc, chunks: changed ? chunkSegments(doc.segments) : d.chunks.map((c) => ({ ...c, text: c.text ?? "" })), meetingDate };
}
