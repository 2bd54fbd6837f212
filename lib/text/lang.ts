/** The language of a document or a line: mixed when neither side is under a quarter. */
import { hanCount } from "@/lib/text/cjk";
export type Lang = "zh" | "en" | "mixed";

const LATIN_WORD_G = /[A-Za-z]{2,}/g;

/**
 * zh / en / mixed by weight: a Chinese character carries about as much as an English word,
 * so we compare CJK characters with Latin words. "mixed" when the minority side is over 25%.
 */
export function detectLang(text: string): Lang {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const cjk = hanCount(sample);
  const latin = sample.match(LATIN_WORD_G)?.length ?? 0;
  const total = cjk + latin;
  if (total === 0) return "en";
  const zhShare = cjk / total;
  if (zhShare >= 0.75) return "zh";
  if (zhShare <= 0.25) return "en";
  return "mixed";
}
