/**
 * One-to-one matching of predicted to gold items (to-dos, decisions) by token-overlap F1, as the
 * corpus README's "Scoring to-dos and decisions" says: tokens as for ROUGE (English lower-cased
 * words; every CJK character its own token; Latin words and numbers whole), pairs taken greedily
 * from the highest F1 down, a pair accepted at F1 ≥ 0.3.
 */

export const MATCH_THRESHOLD = 0.3;

const CJK = /\p{sc=Han}/gu;

export function itemTokens(text: string): string[] {
  // Space out CJK characters first so a Latin word next to Chinese ("API接口") stays whole and apart.
  return text
    .toLowerCase()
    .replace(CJK, " $& ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Bag-of-tokens overlap F1 in [0, 1]. */
export function overlapF1(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of a) {
    const k = counts.get(t) ?? 0;
    if (k > 0) {
      overlap++;
      counts.set(t, k - 1);
    }
  }
  if (!overlap) return 0;
  const p = overlap / a.length;
  const r = overlap / b.length;
  return (2 * p * r) / (p + r);
}

export interface MatchPair {
  pred: number;
  gold: number;
  f1: number;
}

/** Greedy one-to-one matching; ties broken by order (earlier prediction, then earlier gold item). */
export function matchItems(pred: string[], gold: string[], threshold = MATCH_THRESHOLD): MatchPair[] {
  const pt = pred.map(itemTokens);
  const gt = gold.map(itemTokens);
  const pairs: MatchPair[] = [];
  for (const [i, p] of pt.entries())
    for (const [j, g] of gt.entries()) {
      const f1 = overlapF1(p, g);
      if (f1 >= threshold) pairs.push({ pred: i, gold: j, f1 });
    }
  pairs.sort((x, y) => y.f1 - x.f1 || x.pred - y.pred || x.gold - y.gold);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: MatchPair[] = [];
  for (const pr of pairs) {
    if (usedP.has(pr.pred) || usedG.has(pr.gold)) continue;
    usedP.add(pr.pred);
    usedG.add(pr.gold);
    out.push(pr);
  }
  return out.sort((x, y) => x.gold - y.gold);
}
