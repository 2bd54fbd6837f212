/**
 * Puts each part's segments back on the recording's clock and removes what the overlap heard twice.
 * Inside the stretch two consecutive parts share, the cut is its middle: the earlier part keeps the
 * segments that start before it, the later part the ones that start after. A segment of the later
 * part that starts while the earlier part's last kept segment is still going, with the same words,
 * is dropped too: one utterance across the cut, placed a few hundred ms apart by the two parts.
 */
import type { ChunkPlan } from "./plan";

export interface SpeechSegment {
  /** Seconds from the start of the part, as verbose_json gives them. */
  start: number;
  end: number;
  text: string;
  speaker?: string;
}

export interface StitchedSegment {
  startMs: number;
  endMs: number;
  text: string;
  speaker?: string;
}

const norm = (t: string) => t.toLowerCase().replace(/[\s\p{P}]+/gu, "");

export function stitchParts(parts: { plan: ChunkPlan; segments: SpeechSegment[] }[]): StitchedSegment[] {
  const ordered = [...parts].sort((a, b) => a.plan.index - b.plan.index);
  const out: StitchedSegment[] = [];
  let lastPart = -1;
  for (let i = 0; i < ordered.length; i++) {
    const { plan, segments } = ordered[i];
    const prev = ordered[i - 1]?.plan;
    const next = ordered[i + 1]?.plan;
    // The cuts: the middle of the overlap with the previous part and with the next one.
    const from = prev && prev.endMs > plan.startMs ? (plan.startMs + prev.endMs) / 2 : plan.startMs;
    const to = next && plan.endMs > next.startMs ? (next.startMs + plan.endMs) / 2 : Number.POSITIVE_INFINITY;
    for (const s of segments) {
      const text = s.text.trim();
      if (!text) continue;
      const startMs = Math.max(0, Math.round(plan.startMs + s.start * 1000));
      const endMs = Math.max(startMs, Math.min(Math.round(plan.startMs + s.end * 1000), plan.endMs));
      if (startMs < from || startMs >= to) continue;
      // Only across a cut, inside the shared stretch: the same words said twice in a row are kept.
      const last = out[out.length - 1];
      const acrossCut = lastPart === i - 1 && prev !== undefined && startMs < prev.endMs;
      if (last && acrossCut && norm(last.text) === norm(text) && startMs < last.endMs) continue;
      out.push({ startMs, endMs, text, ...(s.speaker ? { speaker: s.speaker } : {}) });
      lastPart = i;
    }
  }
  return out;
}
