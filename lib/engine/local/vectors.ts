/**
 * TF-IDF sentence vectors and cosine similarity. IDF is computed over the units of the document
 * itself: a meeting's own vocabulary decides what is distinctive, with no outside corpus needed.
 */
export type Vec = Map<string, number>;

export function idfOf(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [t, f] of df) idf.set(t, Math.log((n + 1) / (f + 0.5)));
  return idf;
}

/** Sublinear tf × idf, L2-normalised. */
export function tfidfVec(terms: string[], idf: Map<string, number>): Vec {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v: Vec = new Map();
  let norm = 0;
  for (const [t, f] of tf) {
    const w = (1 + Math.log(f)) * (idf.get(t) ?? 0);
    if (w <= 0) continue;
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function cosine(a: Vec, b: Vec): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const o = big.get(t);
    if (o !== undefined) s += w * o;
  }
  return s;
}

/** Sum of vectors, normalised: the centroid a "what is this about" score compares against. */
export function centroid(vecs: Vec[]): Vec {
  const c: Vec = new Map();
  for (const v of vecs) for (const [t, w] of v) c.set(t, (c.get(t) ?? 0) + w);
  let norm = 0;
  for (const w of c.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of c) c.set(t, w / norm);
  return c;
}
