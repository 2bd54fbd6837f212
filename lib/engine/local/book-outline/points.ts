/**
 * Extractive key points for one outline node: the node's most central sentences (LexRank over
 * the whole document, so "central" means central to the document, not just to a short section),
 * 1–3 per node by its length, diverse by MMR, shown in reading order, each citing its segment.
 */
import type { KeyPoint } from "@/lib/engine/quiz-types";
import { lexRank, mmrSelect } from "@/lib/engine/local/rank";
import { buildUnits, readableUnits, sentenceUnits, type Unit } from "@/lib/engine/local/units";
import { idfOf, tfidfVec, type Vec } from "@/lib/engine/local/vectors";
import type { ParsedDoc } from "@/lib/ingest/types";

// One point per this many content sentences, 1..3 (a short section gets one, a long chapter three).
const UNITS_PER_POINT = 8;
const MAX_POINTS = 3;

export interface PointIndex {
  units: Unit[];
  vecs: Vec[];
  central: number[];
  bySeg: Map<number, number[]>;
  /** Documents show the author's sentence verbatim; meetings the cleaned (filler-free) sentence. */
  verbatim: boolean;
}

export function pointIndex(doc: ParsedDoc): PointIndex {
  // Whole sentences: a clause cut from a long sentence reads as a fragment when shown alone.
  const units = sentenceUnits(readableUnits(doc, buildUnits(doc))).filter((u) => u.content);
  const idf = idfOf(units.map((u) => u.terms));
  const vecs = units.map((u) => tfidfVec(u.terms, idf));
  const central = lexRank(vecs);
  const bySeg = new Map<number, number[]>();
  units.forEach((u, i) => {
    const l = bySeg.get(u.seg);
    if (l) l.push(i);
    else bySeg.set(u.seg, [i]);
  });
  return { units, vecs, central, bySeg, verbatim: doc.kind === "document" };
}

const shown = (ix: PointIndex, i: number) => (ix.verbatim ? ix.units[i].raw.trim() : ix.units[i].text);

/** Starts like a sentence and has balanced brackets (not cut inside "(Vinyals et al., 2015)"). */
function wellFormed(text: string): boolean {
  if (!/^[\p{Lu}\p{N}"“(\p{sc=Han}]/u.test(text)) return false;
  return (text.match(/[(（]/g)?.length ?? 0) === (text.match(/[)）]/g)?.length ?? 0);
}

export function keyPoints(ix: PointIndex, segs: number[]): KeyPoint[] {
  const ids = segs.flatMap((s) => ix.bySeg.get(s) ?? []);
  // Very short sentences ("Results.") say nothing as a point when longer ones exist.
  const usable = ids.filter((i) => ix.units[i].len >= 6 && ix.units[i].len <= 60 && wellFormed(shown(ix, i)));
  const pool = usable.length ? usable : ids;
  if (!pool.length) return [];
  const k = Math.max(1, Math.min(MAX_POINTS, Math.round(pool.length / UNITS_PER_POINT)));
  const cands = pool.map((i) => ({ id: i, score: ix.central[i] ?? 0, len: 1, vec: ix.vecs[i] }));
  const picked = mmrSelect(cands, k, 0.7).sort((a, b) => a - b);
  return picked.map((i) => ({ text: shown(ix, i), citations: [ix.units[i].seg] }));
}
