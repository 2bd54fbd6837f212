/**
 * Sentence splitting for Chinese and English text, including ASR transcripts where punctuation
 * is detached ("okay . so we") and decimals or abbreviations must not split ("3.5", "Dr. Li").
 */
import { hasHan } from "@/lib/text/cjk";
const ABBREV = /\b(?:mr|mrs|ms|dr|prof|sr|jr|st|vs|etc|e\.g|i\.e|fig|eq|no|approx|al)\.$/i;

/** Split into sentences, keeping end punctuation with its sentence. Empty pieces are dropped. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let buf = "";
  const flush = () => {
    const s = buf.trim();
    if (s) out.push(s);
    buf = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    buf += ch;
    if ("。！？!?；;\n".includes(ch)) {
      // Keep closing quotes/brackets and repeated marks ("?!", "。”") with the sentence.
      while (i + 1 < text.length && /[”’"')）】」』!?！？。]/.test(text[i + 1])) buf += text[++i];
      flush();
    } else if (ch === "." || ch === "…") {
      const next = text[i + 1];
      if (next === undefined) continue;
      if (ch === "." && /\d/.test(text[i - 1] ?? "") && /\d/.test(next)) continue;
      if (ch === "." && next === ".") continue;
      if (ch === "." && ABBREV.test(buf.trimStart())) continue;
      if (ch === "." && /^[a-z]$/i.test(text[i - 1] ?? "") && /[a-z]\.$/i.test(`${buf.slice(-4, -1)}.`) && text[i - 2] === ".") continue;
      if (/\s/.test(next) || hasHan(next)) flush();
    }
  }
  flush();
  return out;
}

/**
 * Split a long sentence at commas into pieces of roughly `max` characters (for CJK run-ons).
 * A piece still longer than `hardMax` (an unpunctuated ASR dump) is cut at the last space before
 * the limit, or at the limit itself for scripts without spaces, so no unit is unbounded.
 */
export function splitLong(sentence: string, max: number, hardMax = max * 4): string[] {
  if (sentence.length <= max) return [sentence];
  const parts = sentence.split(/(?<=[，,、：:])/);
  const out: string[] = [];
  let cur = "";
  for (const p of parts) {
    if (cur && cur.length + p.length > max) {
      out.push(cur);
      cur = "";
    }
    cur += p;
  }
  if (cur) out.push(cur);
  return out.flatMap((piece) => hardSplit(piece, hardMax));
}

function hardSplit(text: string, hardMax: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > hardMax) {
    const space = rest.lastIndexOf(" ", hardMax);
    const at = space > hardMax / 2 ? space : hardMax;
    // Never cut a surrogate pair (emoji, rare Han) in half.
    const cut = /[\uD800-\uDBFF]/.test(rest[at - 1] ?? "") ? at + 1 : at;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut);
  }
  if (rest.trim()) out.push(rest.trim());
  return out.filter(Boolean);
}
