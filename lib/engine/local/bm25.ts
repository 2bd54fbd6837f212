/**
 * Okapi BM25 over short documents (sentence units). Query terms carry weights so that
 * pseudo-relevance-feedback expansion terms count less than the words the user typed.
 */
export class Bm25 {
  private readonly postings = new Map<string, Array<[number, number]>>();
  private readonly lens: number[];
  private readonly avg: number;
  constructor(
    docs: string[][],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.lens = docs.map((d) => d.length);
    this.avg = this.lens.reduce((a, l) => a + l, 0) / Math.max(1, docs.length) || 1;
    docs.forEach((d, i) => {
      const tf = new Map<string, number>();
      for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, f] of tf) {
        let p = this.postings.get(t);
        if (!p) this.postings.set(t, (p = []));
        p.push([i, f]);
      }
    });
  }

  get size(): number {
    return this.lens.length;
  }

  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** The documents holding `term` (ascending) with its frequency in each. */
  postingsOf(term: string): ReadonlyArray<readonly [number, number]> {
    return this.postings.get(term) ?? [];
  }

  /** Scores for every document (dense array; zero where no query term occurs). */
  score(query: Map<string, number>): Float64Array {
    const out = new Float64Array(this.size);
    for (const [t, qw] of query) {
      const p = this.postings.get(t);
      if (!p) continue;
      const idf = this.idf(t);
      for (const [i, f] of p) {
        const norm = f + this.k1 * (1 - this.b + (this.b * this.lens[i]) / this.avg);
        out[i] += qw * idf * ((f * (this.k1 + 1)) / norm);
      }
    }
    return out;
  }
}
