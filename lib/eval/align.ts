/**
 * Map parsed segments back to case turns. Rendering one turn per line makes them equal in the
 * normal case; if a parser drops a line (an empty turn) or merges lines, a greedy text alignment
 * keeps gold spans and citations comparable instead of silently shifting every index.
 */
import type { Segment } from "@/lib/ingest/types";

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** segToTurn[i] = turn index of segment i. */
export function alignSegmentsToTurns(segments: Segment[], turns: Array<{ speaker: string; text: string }>): number[] {
  if (segments.length === turns.length) return segments.map((_, i) => i);
  const map: number[] = [];
  let t = 0;
  for (const s of segments) {
    const key = norm(s.text).slice(0, 40);
    let k = t;
    // Look ahead a little for the turn this segment starts with; otherwise keep position.
    while (k < turns.length && k < t + 5 && !(key && norm(turns[k].text).startsWith(key.slice(0, 20)))) k++;
    const hit = k < turns.length && k < t + 5 ? k : t;
    map.push(Math.min(hit, turns.length - 1));
    t = hit + 1;
  }
  return map;
}

/** Turn range [a, b] → segment indexes whose turn falls inside. */
export function turnsToSegments(map: number[], a: number, b: number): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  map.forEach((turn, seg) => {
    if (turn >= a && turn <= b) {
      if (start < 0) start = seg;
      end = seg;
    }
  });
  return start < 0 ? null : { start, end };
}

/** Turns covered by segment `seg`: from its own turn up to the turn before the next segment's (a parser may merge lines). */
export function segmentTurns(map: number[], seg: number, turnCount: number): number[] {
  const first = map[seg] ?? seg;
  const next = seg + 1 < map.length ? map[seg + 1] : turnCount;
  const out: number[] = [];
  for (let t = first; t < Math.max(first + 1, next); t++) out.push(t);
  return out;
}
