/**
 * Key sentences to ask about: verbatim sentences of the segments (so a stem's filled form is the
 * cited line), of a length a reader can take in, ranked by LexRank centrality and picked with
 * MMR so the quiz covers the document instead of one paragraph.
 */
import type { ParsedDoc } from "@/lib/ingest/types";
import { lexRank, mmrSelect } from "@/lib/engine/local/rank";
import { displayLen } from "@/lib/engine/local/units";
import { idfOf, tfidfVec } from "@/lib/engine/local/vectors";
import { splitSentences } from "@/lib/text/sentences";
import { isContentful } from "@/lib/text/spoken";
import { contentTerms } from "@/lib/text/terms";
import { hasHan } from "@/lib/text/cjk";

export interface QSentence {
  seg: number;
  text: string;
  /** Centrality, 0..1. */
  score: number;
}

// Bounds in display tokens (words, or Han characters): shorter gives no context for a blank,
// longer is a paragraph, not a question. Set by reading output on SciDuet papers and VCSum meetings.
const LIMITS = { en: [8, 45], zh: [12, 70] } as const;

export function candidateSentences(doc: ParsedDoc): QSentence[] {
  const out: Array<{ seg: number; text: string; terms: string[] }> = [];
  for (const seg of doc.segments) {
    for (const s of splitSentences(seg.text)) {
      const zh = hasHan(s);
      const [lo, hi] = zh ? LIMITS.zh : LIMITS.en;
      const len = displayLen(s);
      if (len < lo || len > hi || /[?？]$/.test(s) || !isContentful(s)) continue;
      // A sentence starting in lower case is a fragment left by a line break or an abbreviation.
      if (!zh && !/^[\p{Lu}\p{N}"“(]/u.test(s)) continue;
      // Unbalanced brackets: the sentence was cut inside a citation "(Vinyals et al., 2015)".
      if ((s.match(/[(（]/g)?.length ?? 0) !== (s.match(/[)）]/g)?.length ?? 0)) continue;
      // Citations, formulas and table rows: mostly symbols, not prose.
      if ((s.match(/[\p{L}\s]/gu)?.length ?? 0) / s.length < 0.75) continue;
      out.push({ seg: seg.index, text: s, terms: contentTerms(s) });
    }
  }
  const idf = idfOf(out.map((s) => s.terms));
  const vecs = out.map((s) => tfidfVec(s.terms, idf));
  const central = lexRank(vecs);
  return out.map((s, i) => ({ seg: s.seg, text: s.text, score: central[i] ?? 0 }));
}

/** Sentence order to try: central and mutually different first. */
export function rankSentences(doc: ParsedDoc, limit: number): { all: QSentence[]; order: QSentence[] } {
  const all = candidateSentences(doc);
  const idf = idfOf(all.map((s) => contentTerms(s.text)));
  const cands = all.map((s, id) => ({ id, score: s.score, len: 1, vec: tfidfVec(contentTerms(s.text), idf) }));
  const ids = mmrSelect(cands, Math.min(limit, cands.length), 0.6);
  return { all, order: ids.map((i) => all[i]) };
}
