/**
 * Token-aware chunking that never splits a segment unless it alone exceeds the budget, so every
 * chunk maps to an inclusive segment range and citations stay exact. Overlap repeats trailing
 * whole segments of the previous chunk (their indexes are part of the next chunk's range).
 */
import { countTokens } from "@/lib/text/tokens";
import { packSentences } from "@/lib/ingest/sentences";
import type { Segment } from "@/lib/ingest/types";
import type { Chunk, ChunkOptions } from "./types";
import { headingLine, segmentLine, segmentPrefix } from "./format";

export type { Chunk, ChunkOptions } from "./types";

export const DEFAULT_BUDGET = 1500;
export const DEFAULT_OVERLAP = 100;

interface Prepared {
  seg: Segment;
  line: string;
  tokens: number;
  heading?: string;
  headingTokens: number;
}

function prepare(seg: Segment): Prepared {
  const line = segmentLine(seg);
  const heading = headingLine(seg);
  return { seg, line, tokens: countTokens(line), heading, headingTokens: heading ? countTokens(heading) : 0 };
}

/** Cost of a segment placed after `prev` in the same chunk: its heading line repeats only on change. */
function cost(p: Prepared, prev: Prepared | undefined): number {
  return p.tokens + (p.heading && p.heading !== prev?.heading ? p.headingTokens : 0);
}

function render(members: Prepared[]): string {
  const lines: string[] = [];
  members.forEach((p, i) => {
    if (p.heading && p.heading !== members[i - 1]?.heading) lines.push(p.heading);
    lines.push(p.line);
  });
  return lines.join("\n");
}

/** One segment over budget: split at sentence boundaries, every piece keeps the segment's prefix and range. */
function splitOversize(p: Prepared, budget: number): string[] {
  const prefix = segmentPrefix(p.seg);
  const fixed = countTokens(prefix) + p.headingTokens;
  const room = Math.max(1, budget - fixed);
  const head = p.heading ? `${p.heading}\n` : "";
  return packSentences(p.seg.text, room, countTokens).map((piece) => head + prefix + piece);
}

export function chunkSegments(segments: Segment[], opts: ChunkOptions = {}): Chunk[] {
  const budget = Math.max(1, Math.floor(opts.budget ?? DEFAULT_BUDGET));
  // Overlap above half the budget would leave chunks that are mostly repetition.
  const overlap = Math.max(0, Math.min(Math.floor(opts.overlap ?? DEFAULT_OVERLAP), Math.floor(budget / 2)));
  const prepared = segments.map(prepare);
  const chunks: Chunk[] = [];
  const emit = (text: string, segmentStart: number, segmentEnd: number) => {
    chunks.push({ index: chunks.length, segmentStart, segmentEnd, tokenCount: countTokens(text), text });
  };

  let previous: Prepared[] = [];
  let i = 0;
  while (i < prepared.length) {
    const p = prepared[i];
    if (cost(p, undefined) > budget) {
      for (const text of splitOversize(p, budget)) emit(text, p.seg.index, p.seg.index);
      previous = [];
      i++;
      continue;
    }
    // Trailing whole segments of the previous chunk, up to `overlap` tokens.
    let members: Prepared[] = [];
    let used = 0;
    for (let k = previous.length - 1; k >= 0 && overlap > 0; k--) {
      if (used + previous[k].tokens > overlap) break;
      used += previous[k].tokens;
      members.unshift(previous[k]);
    }
    let total = members.reduce((sum, m, k) => sum + cost(m, members[k - 1]), 0);
    if (total + cost(p, members[members.length - 1]) > budget) {
      members = [];
      total = 0;
    }
    while (i < prepared.length) {
      const next = prepared[i];
      const c = cost(next, members[members.length - 1]);
      if (total + c > budget) break;
      members.push(next);
      total += c;
      i++;
    }
    emit(render(members), members[0].seg.index, members[members.length - 1].seg.index);
    previous = members;
  }
  return chunks;
}
