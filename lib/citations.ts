import { formatClock } from "@/lib/format";

export interface CitableSegment {
  index: number;
  speaker: string | null;
  startMs: number | null;
  page: number | null;
}

/** A stored segment as pages show it: the app's transcript and the public share page alike. */
export interface SegmentView extends CitableSegment {
  headingPath: string[];
  /** OCR line confidence 0–1; absent for text that was not recognised from an image. */
  confidence?: number | null;
  text: string;
}

/** A short human label for a cited line: "张三 12:05", "p.3" or "#13" (1-based, as people count lines). */
export function citationLabel(s: CitableSegment | undefined, index: number): string {
  if (!s) return `#${index + 1}`;
  if (s.startMs != null) return s.speaker ? `${s.speaker} ${formatClock(s.startMs)}` : formatClock(s.startMs);
  if (s.page != null) return `p.${s.page}`;
  return s.speaker ? `${s.speaker} #${index + 1}` : `#${index + 1}`;
}
