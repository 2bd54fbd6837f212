/**
 * Word segmentation for Chinese and English.
 * Chinese: jieba (@node-rs/jieba, prebuilt native binary, dictionary-based with HMM for unknown
 * words) when it loads; otherwise ICU's Intl.Segmenter, which ships with Node and needs nothing.
 * Jieba splits compounds the way Chinese ROUGE word-level scores expect ("非常感谢", "什么样"),
 * while ICU tends to split domain words into characters ("公|链"), so jieba is preferred.
 */
import { createRequire } from "node:module";
import { hanRuns } from "@/lib/text/cjk";

export type ZhSegmenter = "jieba" | "intl";

interface JiebaLike {
  cut(text: string, hmm?: boolean): string[];
  tag(text: string, hmm?: boolean): Array<{ word: string; tag: string }>;
}

// On globalThis: Next bundles this module once per route, and building the dictionary takes
// 200 ms or more; one copy per process, loaded at server start (instrumentation.ts), serves them all.
const shared = globalThis as unknown as { jiyaoJieba?: JiebaLike | null };
let intl: Intl.Segmenter | undefined;

function loadJieba(): JiebaLike | null {
  if (shared.jiyaoJieba !== undefined) return shared.jiyaoJieba;
  try {
    // createRequire keeps the native module out of bundlers and lets a failed load fall back.
    const req = createRequire(import.meta.url);
    const { Jieba } = req("@node-rs/jieba") as { Jieba: { withDict(d: Uint8Array): JiebaLike } };
    const { dict } = req("@node-rs/jieba/dict") as { dict: Uint8Array };
    shared.jiyaoJieba = Jieba.withDict(dict);
  } catch {
    shared.jiyaoJieba = null;
  }
  return shared.jiyaoJieba;
}

function intlCut(text: string): string[] {
  intl ??= new Intl.Segmenter("zh", { granularity: "word" });
  const out: string[] = [];
  for (const s of intl.segment(text)) out.push(s.segment);
  return out;
}

/** Which segmenter `segmentWords` will use by default on this machine. */
export function defaultZhSegmenter(): ZhSegmenter {
  return loadJieba() ? "jieba" : "intl";
}

const LATIN_OR_NUM = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * Words of `text` in order, punctuation and spaces dropped. CJK runs go through the Chinese
 * segmenter; everything else is split into letter/digit runs (English words keep "don't").
 */
export function segmentWords(text: string, impl: ZhSegmenter = defaultZhSegmenter()): string[] {
  const out: string[] = [];
  let last = 0;
  const pushLatin = (s: string) => {
    for (const m of s.matchAll(LATIN_OR_NUM)) out.push(m[0]);
  };
  for (const m of hanRuns(text)) {
    pushLatin(text.slice(last, m.index));
    const run = m.text;
    const pieces = impl === "jieba" && loadJieba() ? loadJieba()!.cut(run, true) : intlCut(run);
    for (const p of pieces) if (p.trim()) out.push(p);
    last = m.index + run.length;
  }
  pushLatin(text.slice(last));
  return out;
}

export interface TaggedWord {
  word: string;
  /** jieba's part-of-speech tag (ICTCLAS style: n, v, r, p, c, d, f, t, uj, …). */
  tag: string;
}

/**
 * Part-of-speech tags for Chinese text (jieba). Null when jieba cannot load on this machine:
 * callers then skip grammar checks rather than guess.
 */
export function tagZh(text: string): TaggedWord[] | null {
  const j = loadJieba();
  if (!j) return null;
  // Without HMM: HMM-guessed words are tagged "x" (unknown), which would hide verbs like 就定 → 就/d 定/v.
  return j.tag(text, false).filter((t) => t.word.trim());
}

/**
 * Tagged words that cover `text` exactly (they concatenate back to it), for callers that need
 * offsets (proofreading). With HMM, so unknown words stay whole; ICU words tagged "x" when jieba
 * cannot load, so such callers degrade instead of failing.
 */
export function tagZhCovering(text: string): TaggedWord[] {
  const j = loadJieba();
  if (j) {
    const words = j.tag(text, true);
    if (words.map((w) => w.word).join("") === text) return words;
  }
  return intlCut(text).map((word) => ({ word, tag: "x" }));
}

/**
 * Offsets (0…text.length) between the dictionary words of a CJK run: jieba without HMM, so a word
 * it has never seen (a misheard product name) splits into characters instead of swallowing its
 * neighbours; ICU's words when jieba cannot load. Used to avoid replacing inside a longer word.
 */
export function zhDictionaryBoundaries(text: string): number[] {
  const j = loadJieba();
  let words = j ? j.cut(text, false) : null;
  if (!words || words.join("") !== text) words = intlCut(text);
  const cuts = [0];
  let at = 0;
  for (const w of words) cuts.push((at += w.length));
  return cuts;
}
