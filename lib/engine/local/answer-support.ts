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
import { MAX_MISSING_SUBJECT, MIN_PARTIAL_HIT } from "@/lib/engine/local/tuning";
import { hasHan } from "@/lib/text/cjk";
import { zhDictionaryBoundaries } from "@/lib/text/segment";

export interface TopicIndex {
  words: string[];
  /** Informativeness of each word in this document (idf; absent words get the largest). */
  weight: number[];
  /** hits[k][i]: degree 0..1 to which word k occurs in unit i. */
  hits: Float64Array[];
  /** at[k]: the units where word k occurs at all (hits[k][i] > 0), ascending. */
  at: Int32Array[];
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

/**
 * What indexTopic looks words up in, built once per unit list (the retrieval cache keeps the list
 * of a book, so its next question finds this too): every unit's raw + cleaned text in one string
 * (units apart by a NUL no word contains), the units of each distinct term, and of each speaker.
 * A word is then found by native substring search over the whole text, and an English word by
 * one pass over the vocabulary: work in the number of matches, not one string test per unit.
 */
export interface UnitText {
  n: number;
  text: string;
  /** starts[i]: offset of unit i in `text`. */
  starts: Int32Array;
  byTerm: Map<string, number[]>;
  bySpeaker: Map<string, number[]>;
}

const unitTexts = new WeakMap<Unit[], UnitText>();

/** Builds (or finds) the lookup text of a unit list ahead of the first question (retrieval-cache.ts). */
export function unitText(units: Unit[]): UnitText {
  const hit = unitTexts.get(units);
  if (hit && hit.n === units.length) return hit;
  const starts = new Int32Array(units.length);
  const parts: string[] = [];
  const byTerm = new Map<string, number[]>();
  const bySpeaker = new Map<string, number[]>();
  let at = 0;
  units.forEach((u, i) => {
    const t = u.raw + u.text;
    starts[i] = at;
    at += t.length + 1;
    parts.push(t);
    for (const d of new Set(u.terms)) {
      const list = byTerm.get(d);
      if (list) list.push(i);
      else byTerm.set(d, [i]);
    }
    if (u.speaker) {
      const list = bySpeaker.get(u.speaker);
      if (list) list.push(i);
      else bySpeaker.set(u.speaker, [i]);
    }
  });
  const built = { n: units.length, text: parts.join("\u0000"), starts, byTerm, bySpeaker };
  unitTexts.set(units, built);
  return built;
}

/** The unit whose text holds offset `pos`. */
function unitAt(starts: Int32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Degree to which a Chinese word occurs in each unit's raw + cleaned text: 1 when whole, else the
 * longest substring (≥ 2 characters) found, as a share of the word. Set into `h` where larger.
 */
function hanHits(w: string, ut: UnitText, h: Float64Array, found: number[]): void {
  const mark = (sub: string, v: number) => {
    const { text, starts } = ut;
    for (let pos = text.indexOf(sub); pos >= 0; ) {
      const i = unitAt(starts, pos);
      if (h[i] < v) {
        if (h[i] === 0) found.push(i);
        h[i] = v;
      }
      // The next unit: one match per unit is all that counts.
      pos = i + 1 < starts.length ? text.indexOf(sub, starts[i + 1]) : -1;
    }
  };
  if (!w) {
    // The empty string is in every text.
    for (let i = 0; i < ut.n; i++)
      if (h[i] < 1) {
        if (h[i] === 0) found.push(i);
        h[i] = 1;
      }
    return;
  }
  mark(w, 1);
  for (let len = w.length - 1; len >= 2; len--) for (let s = 0; s + len <= w.length; s++) mark(w.slice(s, s + len), len / w.length);
}

/** `speakers`: a topic word that is part of a speaker label ("Morneau", "Professor") is present everywhere that speaker talks. */
export function indexTopic(topic: string[], units: Unit[], speakers: string[] = []): TopicIndex {
  const n = units.length;
  const ut = topic.length ? unitText(units) : undefined;
  const at: Int32Array[] = [];
  const hits = topic.map((w) => {
    const h = new Float64Array(n);
    const found: number[] = [];
    const han = hasHan(w);
    if (han) hanHits(w, ut!, h, found);
    else
      for (const [d, list] of ut!.byTerm)
        if (sameWord(w, d))
          for (const i of list)
            if (h[i] === 0) {
              h[i] = 1;
              found.push(i);
            }
    // A speaker's turns hold the word in full, whatever their text says.
    for (const s of speakers.filter((s) =>
      han
        ? s.includes(w)
        : s
            .toLowerCase()
            .split(/[^\p{L}\p{N}]+/u)
            .some((x) => x && sameWord(w, stem(x))),
    ))
      for (const i of ut!.bySpeaker.get(s) ?? []) {
        if (h[i] === 0) found.push(i);
        h[i] = 1;
      }
    at.push(Int32Array.from(found).sort());
    return h;
  });
  const weight = hits.map((h, k) => {
    let df = 0;
    for (const i of at[k]) df += h[i];
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  });
  return { words: topic, weight, hits, at };
}

/** Largest degree of word k in any unit (0 when it occurs nowhere). */
function bestHit(ix: TopicIndex, k: number): number {
  let best = 0;
  for (const i of ix.at[k]) if (ix.hits[k][i] > best) best = ix.hits[k][i];
  return best;
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
  for (let k = 0; k < ix.hits.length; k++) if (bestHit(ix, k) < MIN_PARTIAL_HIT) missing += ix.weight[k];
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
  const present = ix.hits.map((_, k) => bestHit(ix, k) >= MIN_PARTIAL_HIT);
  const total = ix.weight.reduce((a, w, k) => a + (present[k] ? w : 0), 0);
  if (!total) return out.fill(1);
  ix.hits.forEach((h, k) => {
    if (!present[k]) return;
    // Each unit within ±radius of an occurrence gets the word's share once.
    let done = -1;
    for (const p of ix.at[k]) {
      if (h[p] < MIN_PARTIAL_HIT) continue;
      const to = Math.min(n - 1, p + radius);
      for (let i = Math.max(0, p - radius, done + 1); i <= to; i++) out[i] += ix.weight[k] / total;
      done = Math.max(done, to);
    }
  });
  return out;
}

/**
 * A Chinese word jieba's HMM glued from dictionary words ("写用例" = 写 + 用例) is said when each of
 * them is: "我先把用例写好" says what "谁负责写用例？" asks about.
 */
export function hanPiecesSaid(w: string, units: Unit[]): boolean {
  if (!hasHan(w)) return false;
  const cuts = zhDictionaryBoundaries(w);
  if (cuts.length < 3) return false;
  const { text } = unitText(units);
  return cuts.slice(1).every((c, i) => text.includes(w.slice(cuts[i], c)));
}
