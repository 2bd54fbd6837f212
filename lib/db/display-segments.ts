import "server-only";
import { listSegments } from "./documents";
import { loadGlossary } from "./glossary";
import { currentSpeakerMap } from "./speakers";
import { correctText, type CorrectedPiece } from "@/lib/text/glossary";
import { shownName, type SpeakerMapData } from "@/lib/text/speaker-map";

export type DisplaySegment = Awaited<ReturnType<typeof listSegments>>[number] & { pieces?: CorrectedPiece[] };

/**
 * A document's lines as people read them, the stored rows untouched: speakers under the names people
 * gave them (the speaker map), and the workspace glossary applied (each line that it corrected
 * carries `pieces` with the recorded words). `range`: one page of lines (`corrected` counts that page).
 */
export async function listDisplaySegments(
  workspaceId: string,
  documentId: string,
  range?: { from: number; limit: number },
): Promise<{ segments: DisplaySegment[]; corrected: number; speakerMap: SpeakerMapData }> {
  const [segments, glossary, speakers] = await Promise.all([listSegments(workspaceId, documentId, range), loadGlossary(workspaceId), currentSpeakerMap(workspaceId, documentId)]);
  let corrected = 0;
  const shown = segments.map((s) => {
    const speaker = s.speaker == null ? null : shownName(speakers.map, s.speaker);
    const c = correctText(glossary, s.text);
    if (!c.replaced) return { ...s, speaker };
    corrected += c.replaced;
    return { ...s, speaker, pieces: c.pieces };
  });
  return { segments: shown, corrected, speakerMap: speakers.map };
}
