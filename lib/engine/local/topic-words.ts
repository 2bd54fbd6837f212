/**
 * The topic words of a range: the nouns it keeps coming back to. A minutes summary is about what
 * the meeting discussed, and what it discussed is named again and again ("芯片", "供应链",
 * "中心化"), while the range's own idf makes exactly those words cheap in tf-idf vectors. A unit's
 * topic salience is how central its most recurrent noun is: log of the number of units naming
 * it, relative to the range's most recurrent noun (0 … 1), so the scale is the range's own.
 */
import { tagZh } from "@/lib/text/segment";

// Nouns of two or more characters as jieba tags them (names, terms, nominal verbs; x = a word the
// dictionary lacks, mostly a term). The same set the density prior counts (summarize.ts).
export const NOUN_TAGS = /^(?:n|nr|ns|nt|nz|vn|eng|j|x)$/;
const cache = new Map<string, string[]>();

export function nounsOf(text: string): string[] {
  let v = cache.get(text);
  if (!v) {
    if (cache.size > 50_000) cache.clear();
    const words = (tagZh(text) ?? []).filter((w) => /[\p{L}\p{N}]/u.test(w.word));
    v = words.filter((w) => NOUN_TAGS.test(w.tag) && w.word.length > 1).map((w) => w.word.toLowerCase());
    cache.set(text, v);
  }
  return v;
}

/** Topic salience per text (0 for texts not `counted`, which neither count nor score). */
export function topicSalience(texts: string[], counted: (i: number) => boolean): number[] {
  const nouns = texts.map((t, i) => (counted(i) ? [...new Set(nounsOf(t))] : []));
  const df = new Map<string, number>();
  for (const ns of nouns) for (const w of ns) df.set(w, (df.get(w) ?? 0) + 1);
  let top = 1;
  for (const n of df.values()) top = Math.max(top, n);
  if (top < 2) return texts.map(() => 0);
  return nouns.map((ns) => ns.reduce((m, w) => Math.max(m, Math.log(df.get(w)!) / Math.log(top)), 0));
}
