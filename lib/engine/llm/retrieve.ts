import type { ParsedDoc, Segment } from "@/lib/ingest/types";
import type { Chunk } from "@/lib/chunk/types";
import { countTokens } from "@/lib/text/tokens";
import { hanRuns, replaceHan } from "@/lib/text/cjk";

/**
 * Picks the passages a question is answered from: BM25 over small windows of consecutive segments
 * inside the chunks (a 3000-token chunk is too coarse to spend the answer budget on), best first
 * until the token budget is used, then returned in document order. Chinese is matched on
 * character bigrams, which needs no dictionary and works well for BM25; Latin on words.
 */

const WINDOW_TOKENS = 250;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;
const EN_STOP = new Set(
  "the a an and or of to in on at for is are was were be been it this that what which who whom when where why how did do does we you i they he she our your their with about from by as not".split(
    " ",
  ),
);
const ZH_STOP_BIGRAMS = new Set(["什么", "我们", "你们", "他们", "这个", "那个", "一下", "是不", "不是", "怎么", "的是", "了吗", "有没", "没有"]);

export function searchTerms(text: string): string[] {
  const norm = text.normalize("NFKC").toLowerCase();
  const out: string[] = [];
  for (const { text: run } of hanRuns(norm)) {
    const chars = Array.from(run);
    if (chars.length === 1) out.push(run);
    for (let i = 0; i + 1 < chars.length; i++) {
      const bigram = chars[i] + chars[i + 1];
      if (!ZH_STOP_BIGRAMS.has(bigram)) out.push(bigram);
    }
  }
  for (const w of replaceHan(norm, " ").match(LATIN_WORD) ?? []) {
    if (w.length > 1 && !EN_STOP.has(w)) out.push(w);
  }
  return out;
}

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
    out.push({ segmentStart: current.segs[0].index, segmentEnd: current.segs[current.segs.length - 1].index, tokens: current.tokens, terms: searchTerms(text) });
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

function bm25Scores(query: string[], docs: string[][], k1 = 1.2, b = 0.75): number[] {
  const avg = docs.reduce((n, d) => n + d.length, 0) / Math.max(1, docs.length) || 1;
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const unique = [...new Set(query)];
  return docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    let score = 0;
    for (const t of unique) {
      const f = tf.get(t);
      if (!f) continue;
      const n = df.get(t) ?? 0;
      const idf = Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
      score += idf * ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * d.length) / avg)));
    }
    return score;
  });
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
    const scores = bm25Scores(
      searchTerms(question),
      windows.map((w) => w.terms),
    );
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
