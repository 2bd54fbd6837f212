/**
 * Map parsed segments back to case turns. Rendering one turn per line makes them equal in the
 * normal case; if a parser drops a line (an empty turn), merges lines or splits one (a speaker
 * label it did not recognise becomes a line of its own), a monotone alignment over the whole
 * transcript keeps gold spans and citations comparable instead of silently shifting every index.
 * A greedy look-ahead is not enough: a backchannel ("Mm - hmm .") matches the next one a few
 * turns on, and from there every later citation lands a few turns off.
 */
import type { Segment } from "@/lib/ingest/types";

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
const KEY = 20;
// Skipping a turn or keeping a segment on the previous turn costs a little, so that with no
// textual evidence either way the alignment stays on the diagonal.
const STEP_COST = 0.01;

/** How well segment text `s` stands for turn text `t` (both normalised). */
function similarity(s: string, t: string, sameSpeaker: boolean): number {
  if (!s) return 0;
  const text = s === t ? 2 : t.startsWith(s.slice(0, KEY)) || (t && s.startsWith(t.slice(0, KEY))) ? 1 : 0;
  return text && sameSpeaker ? text + 0.5 : text;
}

/** segToTurn[i] = turn index of segment i. */
export function alignSegmentsToTurns(segments: Segment[], turns: Array<{ speaker: string; text: string }>): number[] {
  if (segments.length === turns.length) return segments.map((_, i) => i);
  const n = segments.length;
  const m = turns.length;
  if (!m) return segments.map(() => 0);
  const seg = segments.map((s) => norm(s.text));
  const turn = turns.map((t) => norm(t.text));
  // A band around the diagonal: the two sequences drift apart by at most the difference in length plus a margin.
  const band = Math.abs(n - m) + 50;
  const width = 2 * band + 1;
  const at = (i: number, j: number) => i * width + (j - i + band);
  const inBand = (i: number, j: number) => Math.abs(j - i) <= band;
  const best = new Float64Array((n + 1) * width).fill(Number.NEGATIVE_INFINITY);
  // 1: segment i is turn j (diagonal); 2: turn j is skipped; 3: segment i continues turn j − 1.
  const move = new Uint8Array((n + 1) * width);
  best[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++)
    for (let j = Math.max(0, i - band); j <= Math.min(m, i + band); j++) {
      const here = best[at(i, j)];
      if (here === Number.NEGATIVE_INFINITY) continue;
      const relax = (i2: number, j2: number, v: number, how: number) => {
        if (!inBand(i2, j2) || v <= best[at(i2, j2)]) return;
        best[at(i2, j2)] = v;
        move[at(i2, j2)] = how;
      };
      if (i < n && j < m) relax(i + 1, j + 1, here + similarity(seg[i], turn[j], (segments[i].speaker ?? "") === turns[j].speaker), 1);
      if (j < m) relax(i, j + 1, here - STEP_COST, 2);
      if (i < n && j > 0) relax(i + 1, j, here - STEP_COST + (seg[i] && turn[j - 1].includes(seg[i].slice(0, KEY)) ? 1 : 0), 3);
    }
  const map = new Array<number>(n).fill(0);
  for (let i = n, j = m; i > 0; ) {
    const how = move[at(i, j)];
    if (how === 2) j--;
    else {
      // Diagonal or continuation: segment i − 1 belongs to turn j − 1.
      map[i - 1] = j - 1;
      if (how === 1) j--;
      i--;
    }
  }
  return map.map((t) => Math.min(Math.max(t, 0), m - 1));
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
