/**
 * Does the document talk about what is asked? Only the question's topic counts (question.ts:
 * content words without question-form and generic meeting words), each topic word weighted by
 * how informative it is in this document (idf over units; a word the document never uses weighs
 * most), and the words must occur *together*: in one window of units around the answer, not each
 * somewhere in a long meeting. "What was decided about moving the office to Berlin?" finds
 * "office" and "move" but never "Berlin", so the weighted share found stays low → not found.
 *
 * Chinese topic words are matched as substrings of the raw text (jieba may cut the question and
 * the transcript differently); a word found only in part ("混元后" → "混元") counts in part.
 */
import type { Unit } from "@/lib/engine/local/units";
import { stem } from "@/lib/text/stem";
import { MAX_MISSING_SUBJECT, MIN_PARTIAL_HIT } from "@/lib/engine/local/answer-tuning";

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

export interface TopicIndex {
  words: string[];
  /** Informativeness of each word in this document (idf; absent words get the largest). */
  weight: number[];
  /** hits[k][i]: degree 0..1 to which word k occurs in unit i. */
  hits: Float64Array[];
}

/** Longest substring (≥ 2 characters) of `w` occurring in `text`, as a share of `w`. */
function partialHit(w: string, text: string): number {
  if (text.includes(w)) return 1;
  for (let len = w.length - 1; len >= 2; len--) for (let s = 0; s + len <= w.length; s++) if (text.includes(w.slice(s, s + len))) return len / w.length;
  return 0;
}

/**
 * English stems from a light stemmer do not always meet ("analyses" / "analysis", "arrangement" /
 * "arranged"): two terms that share their first six letters count as the same word.
 */
const PREFIX = 6;

/** "ease" / "easy" (stemmed "easi"): a final e/i/y is the stemmer's spelling, not the word. */
const finalVowel = (w: string) => (w.length >= 4 ? w.replace(/[eiy]$/, "") : w);

function sameWord(t: string, d: string): boolean {
  return t === d || (t.length >= PREFIX && d.length >= PREFIX && t.slice(0, PREFIX) === d.slice(0, PREFIX)) || (t.length >= 4 && d.length >= 4 && finalVowel(t) === finalVowel(d));
}

/** `speakers`: a topic word that is part of a speaker label ("Morneau", "Professor") is present everywhere that speaker talks. */
export function indexTopic(topic: string[], units: Unit[], speakers: string[] = []): TopicIndex {
  const n = units.length;
  const hits = topic.map((w) => {
    const h = new Float64Array(n);
    const han = HAN.test(w);
    const bySpeaker = new Set(speakers.filter((s) => (han ? s.includes(w) : s.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((x) => x && sameWord(w, stem(x))))));
    units.forEach((u, i) => {
      if (u.speaker && bySpeaker.has(u.speaker)) h[i] = 1;
      else if (han) h[i] = partialHit(w, u.raw + u.text);
      else h[i] = u.terms.some((d) => sameWord(w, d)) ? 1 : 0;
    });
    return h;
  });
  const weight = hits.map((h) => {
    let df = 0;
    for (const v of h) df += v;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  });
  return { words: topic, weight, hits };
}

/** Weighted share of the topic found within units [lo, hi] (each word counted once, by its best degree). */
export function coverageIn(ix: TopicIndex, lo: number, hi: number): number {
  const total = ix.weight.reduce((a, w) => a + w, 0);
  if (!total) return 1;
  let found = 0;
  ix.hits.forEach((h, k) => {
    let best = 0;
    for (let i = Math.max(0, lo); i <= Math.min(h.length - 1, hi); i++) if (h[i] > best) best = h[i];
    found += best * ix.weight[k];
  });
  return found / total;
}

/** Best coverage of any window of `2 * radius + 1` units, and the window's centre. */
export function bestWindow(ix: TopicIndex, n: number, radius: number): { coverage: number; centre: number } {
  let best = { coverage: 0, centre: 0 };
  for (let c = 0; c < n; c++) {
    const cov = coverageIn(ix, c - radius, c + radius);
    if (cov > best.coverage) best = { coverage: cov, centre: c };
  }
  return best;
}

/** Idf-weighted share of the subject that occurs nowhere in the document. */
export function missingShare(ix: TopicIndex): number {
  const total = ix.weight.reduce((a, w) => a + w, 0);
  if (!total) return 0;
  let missing = 0;
  ix.hits.forEach((h, k) => {
    if (Math.max(0, ...h) < MIN_PARTIAL_HIT) missing += ix.weight[k];
  });
  return missing / total;
}

/** Whether the document talks about the question's subject at all. */
export function subjectPresent(ix: TopicIndex): boolean {
  return missingShare(ix) < MAX_MISSING_SUBJECT;
}

/**
 * Per unit: the idf-weighted share of the subject's *present* words found within ±radius. The
 * answer must come from where the subject is — "腾讯会议接入混元后提供了哪些能力" from the part about
 * 腾讯会议, not from another product's list of abilities.
 */
export function presentCoverage(ix: TopicIndex, n: number, radius: number): Float64Array {
  const out = new Float64Array(n);
  const present = ix.hits.map((h) => Math.max(0, ...h) >= MIN_PARTIAL_HIT);
  const total = ix.weight.reduce((a, w, k) => a + (present[k] ? w : 0), 0);
  if (!total) return out.fill(1);
  ix.hits.forEach((h, k) => {
    if (!present[k]) return;
    const pre = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) pre[i + 1] = pre[i] + (h[i] >= MIN_PARTIAL_HIT ? 1 : 0);
    for (let i = 0; i < n; i++) if (pre[Math.min(n, i + radius + 1)] - pre[Math.max(0, i - radius)] > 0) out[i] += ix.weight[k] / total;
  });
  return out;
}
