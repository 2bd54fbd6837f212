/** Character error rate: edit distance between recognised and reference text over the reference length. */

/** Whitespace is layout, not content: CJK text is compared without it, Latin text with single spaces. */
export function normalizeForCer(text: string, lang: "zh" | "en"): string {
  const t = text.normalize("NFKC").replace(/\s+/g, " ").trim();
  return lang === "zh" ? t.replace(/ /g, "") : t;
}

export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

export function cer(recognised: string, reference: string, lang: "zh" | "en"): number {
  const ref = normalizeForCer(reference, lang);
  return editDistance(normalizeForCer(recognised, lang), ref) / Math.max(1, Array.from(ref).length);
}
