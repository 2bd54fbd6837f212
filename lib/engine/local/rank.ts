/**
 * Sentence centrality (LexRank: PageRank over the cosine-similarity graph) and redundancy-aware
 * selection (MMR). Similarities come from an inverted index so only sentence pairs that share a
 * term are ever compared; very common terms are skipped because their idf is near zero anyway
 * and they would make the pair count quadratic.
 */
import { cosine, type Vec } from "@/lib/engine/local/vectors";

export function lexRank(vecs: Vec[], opts: { damping?: number; iterations?: number; threshold?: number } = {}): number[] {
  const n = vecs.length;
  if (n === 0) return [];
  const damping = opts.damping ?? 0.85;
  const threshold = opts.threshold ?? 0.08;
  const postings = new Map<string, number[]>();
  vecs.forEach((v, i) => {
    for (const t of v.keys()) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = []));
      p.push(i);
    }
  });
  // Terms in more than ~10% of sentences (capped) carry little signal and make the graph dense.
  const maxDf = Math.max(20, Math.min(150, Math.floor(n * 0.1)));
  const MAX_EDGES = 25;
  const acc = new Map<number, number>();
  const edges: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    acc.clear();
    for (const [t, w] of vecs[i]) {
      const p = postings.get(t)!;
      if (p.length > maxDf) continue;
      for (const j of p) if (j > i) acc.set(j, (acc.get(j) ?? 0) + w * (vecs[j].get(t) ?? 0));
    }
    for (const [j, s] of acc) {
      if (s < threshold) continue;
      edges[i].push([j, s]);
      edges[j].push([i, s]);
    }
  }
  // Keep each sentence's strongest neighbours only: centrality is decided by them, and it bounds
  // PageRank's cost on long, repetitive meetings.
  for (let i = 0; i < n; i++) if (edges[i].length > MAX_EDGES) edges[i] = edges[i].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_EDGES);
  const outSum = edges.map((e) => e.reduce((a, [, s]) => a + s, 0));
  let score = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < (opts.iterations ?? 30); it++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      if (outSum[i] === 0) dangling += score[i];
      else for (const [j, s] of edges[i]) next[j] += (damping * score[i] * s) / outSum[i];
    }
    for (let i = 0; i < n; i++) next[i] += (damping * dangling) / n;
    score = next;
  }
  // A loop, not Math.max(...score): a spread of 100,000+ values overflows the call stack.
  const max = score.reduce((m, s) => Math.max(s, m), 0) || 1;
  return score.map((s) => s / max);
}

export interface Candidate {
  id: number;
  /** Relevance to the task (centrality, query match, …), 0..1. */
  score: number;
  /** Cost against the budget (words / Han characters). */
  len: number;
  vec: Vec;
}

/**
 * Maximal Marginal Relevance under a length budget: repeatedly take the candidate with the best
 * λ·score − (1−λ)·max-similarity-to-selected, skipping any that would overshoot the budget by
 * more than a quarter. Returns ids in selection order. `accept` (checked only for the candidate
 * about to be taken, so a costly check runs on few) can veto a candidate.
 */
export function mmrSelect(cands: Candidate[], budget: number, lambda = 0.7, accept?: (id: number) => boolean): number[] {
  const chosen: Candidate[] = [];
  let used = 0;
  const pool = [...cands];
  while (pool.length && used < budget) {
    let best = -1;
    let bestVal = -Infinity;
    for (let k = 0; k < pool.length; k++) {
      const c = pool[k];
      if (used > 0 && used + c.len > budget * 1.25) continue;
      let red = 0;
      for (const s of chosen) red = Math.max(red, cosine(c.vec, s.vec));
      const val = lambda * c.score - (1 - lambda) * red;
      if (val > bestVal) {
        bestVal = val;
        best = k;
      }
    }
    if (best < 0) break;
    const [c] = pool.splice(best, 1);
    if (accept && !accept(c.id)) continue;
    chosen.push(c);
    used += c.len;
  }
  return chosen.map((c) => c.id);
}
