import "server-only";
import { listSegments } from "./documents";
import { loadGlossary } from "./glossary";
import { correctText, type CorrectedPiece } from "@/lib/text/glossary";

export type DisplaySegment = Awaited<ReturnType<typeof listSegments>>[number] & { pieces?: CorrectedPiece[] };

/**
 * A document's lines as people read them: the workspace glossary applied on read (each line that it
 * corrected carries `pieces` with the recorded words), the stored text untouched.
 */
export async function listDisplaySegments(workspaceId: string, documentId: string): Promise<{ segments: DisplaySegment[]; corrected: number }> {
  const [segments, glossary] = await Promise.all([listSegments(workspaceId, documentId), loadGlossary(workspaceId)]);
  let corrected = 0;
  const shown = segments.map((s) => {
    const c = correctText(glossary, s.text);
    if (!c.replaced) return s;
    corrected += c.replaced;
    return { ...s, pieces: c.pieces };
  });
  return { segments: shown, corrected };
}
