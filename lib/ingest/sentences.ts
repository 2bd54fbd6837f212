/**
 * Sentence boundaries for Chinese and English, used to split overlong segments (here) and
 * oversize segments in the chunker. Deliberately simple and linear: terminal punctuation plus
 * closing quotes; an English period counts only before whitespace (so "3.5" and "e.g.x" survive).
 */
const BOUNDARY = /([。！？!?…]+[”’」』）)"']*|[；;](?=\s)|\.[”’)"']*(?=\s)|\n+)/g;

export function splitSentences(text: string): string[] {
  const marked = text.replace(BOUNDARY, "$1\u0000");
  const out: string[] = [];
  for (const piece of marked.split("\u0000")) {
    const t = piece.trim();
    if (t) out.push(t);
  }
  return out;
}

/** Hard split for a "sentence" with no punctuation at all: at a space near the limit when there is one. */
function hardSplit(text: string, maxChars: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > maxChars) {
    let cut = rest.lastIndexOf(" ", maxChars);
    if (cut < maxChars * 0.5) cut = maxChars;
    // Never cut between the two halves of a surrogate pair.
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * Packs sentences greedily into pieces of at most `limit` units as measured by `size`
 * (characters by default, tokens in the chunker). A single sentence over the limit is hard-split.
 */
export function packSentences(text: string, limit: number, size: (s: string) => number = (s) => s.length): string[] {
  const pieces: string[] = [];
  let current = "";
  let currentSize = 0;
  const glue = (a: string, b: string) => (a ? (/[\u3000-\u9fff\uff00-\uffef]$/.test(a) ? a + b : `${a} ${b}`) : b);
  for (const sentence of splitSentences(text)) {
    const s = size(sentence);
    if (s > limit) {
      if (current) pieces.push(current);
      current = "";
      currentSize = 0;
      // Characters bound tokens from above (one token per CJK char, at most one per Latin char).
      pieces.push(...hardSplit(sentence, Math.max(1, Math.floor(limit))));
      continue;
    }
    if (current && currentSize + s > limit) {
      pieces.push(current);
      current = "";
      currentSize = 0;
    }
    current = glue(current, sentence);
    currentSize += s;
  }
  if (current) pieces.push(current);
  return pieces;
}
