/**
 * Content terms: the vocabulary similarity, keyphrases and retrieval work on.
 * English words are lower-cased and stemmed; Chinese words come from the segmenter. Stop words and
 * single Latin letters are dropped. Optionally adds CJK character bigrams so a query still meets a
 * passage when the two were segmented differently ("公链" vs "公|链").
 */
import { segmentWords } from "@/lib/text/segment";
import { stem } from "@/lib/text/stem";
import { isStopword } from "@/lib/text/stopwords";
import { hanRuns, hasHan } from "@/lib/text/cjk";

export interface TermOptions {
  /** Also emit CJK character bigrams (for retrieval). */
  bigrams?: boolean;
}

export function contentTerms(text: string, opts: TermOptions = {}): string[] {
  const out: string[] = [];
  for (const raw of segmentWords(text)) {
    const w = raw.toLowerCase().replace(/’/g, "'");
    if (isStopword(w)) continue;
    if (hasHan(w)) {
      out.push(w);
      continue;
    }
    if (w.length < 2 && !/\d/.test(w)) continue;
    out.push(stem(w));
  }
  if (opts.bigrams) {
    for (const { text: run } of hanRuns(text)) {
      for (let i = 0; i + 1 < run.length; i++) {
        const bg = run.slice(i, i + 2);
        if (!isStopword(bg)) out.push(`#${bg}`);
      }
    }
  }
  return out;
}

/** Term → count. */
export function termFreq(terms: string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}
