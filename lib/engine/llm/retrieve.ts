import type { ParsedDoc, Segment } from "@/lib/ingest/types";
import type { Chunk } from "@/lib/chunk/types";
import { countTokens } from "@/lib/text/tokens";
import { Bm25 } from "@/lib/engine/local/bm25";
import { contentTerms } from "@/lib/text/terms";

/**
 * Picks the passages a question is answered from: BM25 over small windows of consecutive segments
 * inside the chunks (a 3000-token chunk is too coarse to spend the answer budget on), best first
 * until the token budget is used, then returned in document order. The terms and the BM25 are the
 * local engine's (content words, stemmed, with Chinese character bigrams beside the segmenter's words).
 */

const WINDOW_TOKENS = 250;

export interface Window {
  segmentStart: number;
  segmentEnd: number;
  tokens: number;
  terms: string[];
}

function windowsOf(doc: ParsedDoc, chunk: Chunk): Window[] {
  const out: Window[] = [];
  let current: { segs: Segment[]; tokens: number } = { segs: [], tokens: 0 };
  const flush = () => {
    if (!current.segs.length) return;
    const text = current.segs.map((s) => `${s.speaker ?? ""} ${s.text}`).join(" ");
    out.push({
      segmentStart: current.segs[0].index,
      segmentEnd: current.segs[current.segs.length - 1].index,
      tokens: current.tokens,
      terms: contentTerms(text, { bigrams: true }),
    });
    current = { segs: [], tokens: 0 };
  };
  for (const s of doc.segments.slice(chunk.segmentStart, chunk.segmentEnd + 1)) {
    const t = countTokens(s.text) + 4;
    if (current.tokens + t > WINDOW_TOKENS) flush();
    current.segs.push(s);
    current.tokens += t;
  }
  flush();
  return out;
}

export interface RetrieveOptions {
  budgetTokens: number;
  /** Only what had been said by this point of the recording counts. */
  nowMs?: number;
}

/** Segment ranges to answer from, in document order; empty when nothing matches the question. */
export function retrievePassages(question: string, doc: ParsedDoc, chunks: Chunk[], opts: RetrieveOptions): Array<{ segmentStart: number; segmentEnd: number }> {
  const seen = new Set<number>();
  let windows = chunks
    .flatMap((c) => windowsOf(doc, c))
    .filter((w) => {
      // overlapping chunks
      if (seen.has(w.segmentStart)) return false;
      seen.add(w.segmentStart);
      return true;
    });
  if (opts.nowMs !== undefined) {
    const now = opts.nowMs;
    windows = windows.filter((w) => (doc.segments[w.segmentStart]?.startMs ?? 0) <= now);
  }
  const total = windows.reduce((n, w) => n + w.tokens, 0);
  let picked: Window[];
  if (total <= opts.budgetTokens) {
    picked = windows; // the whole (short) source fits: no need to guess what is relevant
  } else {
    const scores = new Bm25(windows.map((w) => w.terms)).score(new Map(contentTerms(question, { bigrams: true }).map((t) => [t, 1])));
    const ranked = windows
      .map((w, i) => ({ w, s: scores[i] }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s);
    picked = [];
    let used = 0;
    // In a live meeting, "what was just said" has no words in common with what was said.
    if (opts.nowMs !== undefined && windows.length) {
      const latest = windows.reduce((a, b) => (b.segmentStart > a.segmentStart ? b : a));
      picked.push(latest);
      used += latest.tokens;
    }
    for (const { w } of ranked) {
      if (picked.includes(w)) continue;
      if (used + w.tokens > opts.budgetTokens && picked.length) continue;
      picked.push(w);
      used += w.tokens;
    }
  }
  return picked.sort((a, b) => a.segmentStart - b.segmentStart).map(({ segmentStart, segmentEnd }) => ({ segmentStart, segmentEnd }));
}
