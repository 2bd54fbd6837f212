/**
 * ROUGE-1/2/L F1 with the corpus conventions (corpus README): English lower-cased and split on
 * anything that is not a letter or digit; Chinese at character level (Latin words and numbers
 * whole, punctuation removed) and, additionally, at word level with a Chinese word segmenter.
 * ROUGE-L is the LCS over the whole token sequence (rouge-score's "rougeL").
 */
import { segmentWords, type ZhSegmenter } from "@/lib/text/segment";
import { hasHan } from "@/lib/text/cjk";

export type RougeTokenizer = "en" | "zh-char" | "zh-word" | "zh-word-intl";

export function rougeTokens(text: string, tok: RougeTokenizer): string[] {
  const lower = text.toLowerCase();
  if (tok === "en") return lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (tok === "zh-char") {
    const out: string[] = [];
    for (const m of lower.matchAll(/\p{sc=Han}|[\p{L}\p{N}]+/gu)) out.push(m[0]);
    return out;
  }
  const impl: ZhSegmenter = tok === "zh-word" ? "jieba" : "intl";
  return segmentWords(lower, impl).filter((w) => hasHan(w) || /^[\p{L}\p{N}]+/u.test(w));
}

export interface Prf {
  p: number;
  r: number;
  f: number;
}

function prf(overlap: number, cand: number, ref: number): Prf {
  const p = cand ? overlap / cand : 0;
  const r = ref ? overlap / ref : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join("\u0001");
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

export function rougeN(cand: string[], ref: string[], n: number): Prf {
  const c = ngrams(cand, n);
  const r = ngrams(ref, n);
  let overlap = 0;
  for (const [g, k] of c) overlap += Math.min(k, r.get(g) ?? 0);
  return prf(overlap, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

export function lcsLength(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

export function rougeL(cand: string[], ref: string[]): Prf {
  return prf(lcsLength(cand, ref), cand.length, ref.length);
}

export interface RougeScores {
  r1: number;
  r2: number;
  rl: number;
}

/** F1 ×100 for one candidate against one reference. */
export function rouge(candidate: string, reference: string, tok: RougeTokenizer): RougeScores {
  const c = rougeTokens(candidate, tok);
  const r = rougeTokens(reference, tok);
  return { r1: rougeN(c, r, 1).f * 100, r2: rougeN(c, r, 2).f * 100, rl: rougeL(c, r).f * 100 };
}

export function meanScores(list: RougeScores[]): RougeScores {
  const n = list.length || 1;
  return {
    r1: list.reduce((a, s) => a + s.r1, 0) / n,
    r2: list.reduce((a, s) => a + s.r2, 0) / n,
    rl: list.reduce((a, s) => a + s.rl, 0) / n,
  };
}
