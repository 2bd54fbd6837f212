/**
 * An agenda model of a meeting for answers: the meeting cut into topic blocks (TextTiling valleys,
 * topics.ts), each block scored by how much of the talk about the asked words happens in it. A
 * question about one agenda item is answered by the item's discussion, and that discussion holds
 * most of the item's mentions even where its densest sentence-level match lies elsewhere (the
 * opening preview of every item, a passing mention later). A pointed answer quotes one line of
 * the best block when none of its lines is there yet.
 */
import type { Bm25 } from "@/lib/engine/local/bm25";
import type { QuestionInfo } from "@/lib/engine/local/question";
import { segmentTopics } from "@/lib/engine/local/topics";
import type { Unit } from "@/lib/engine/local/units";
import { contentTerms } from "@/lib/text/terms";
import { AGENDA_PHRASE_WEIGHT, AGENDA_UNITS_PER_BLOCK } from "@/lib/engine/local/tuning";

/** Per unit, the index of its topic block (blocks in meeting order). */
const blockCache = new WeakMap<Unit[], Int32Array>();

/** Topic blocks over the units: one per ~AGENDA_UNITS_PER_BLOCK content units, cut at TextTiling valleys. */
export function agendaBlocks(units: Unit[]): Int32Array {
  const hit = blockCache.get(units);
  if (hit && hit.length === units.length) return hit;
  const blockOf = new Int32Array(units.length);
  if (units.length) {
    const content = units.filter((u) => u.content).length;
    const spans = segmentTopics(units, units[0].seg, units[units.length - 1].seg, Math.max(1, Math.round(content / AGENDA_UNITS_PER_BLOCK)));
    let k = 0;
    units.forEach((u, i) => {
      while (k + 1 < spans.length && u.seg >= spans[k + 1].start) k++;
      blockOf[i] = k;
    });
  }
  blockCache.set(units, blockOf);
  return blockOf;
}

/**
 * The asked words with their weights: the words of the phrase naming the discussion ("… when
 * discussing X", "… about X") weigh AGENDA_PHRASE_WEIGHT, the rest 1. Character bigrams are left
 * out (the words stand for them).
 */
export function agendaQuery(question: string, info: QuestionInfo): Map<string, number> {
  const about = question.match(/\b(?:about|regarding|concerning|on)\s+(.+?)[?.!]*$/i);
  const phrase = new Set(info.context.length ? info.context : about ? contentTerms(about[1].replace(/\s+(?:when|while|during)\s.*$/i, "")) : []);
  return new Map(info.terms.filter((t) => !t.startsWith("#")).map((t) => [t, phrase.has(t) ? AGENDA_PHRASE_WEIGHT : 1]));
}

/**
 * Per unit: its block's share of the asked words' talk (0 … 1, the best block 1). A term adds, in
 * each block, the share of all its mentions found there, times its idf and its query weight: the
 * block where a subject is talked about most, not where one sentence matches best.
 */
export function agendaPrior(blockOf: Int32Array, bm: Bm25, query: Map<string, number>): Float64Array {
  const blocks = blockOf.length ? blockOf[blockOf.length - 1] + 1 : 0;
  const score = new Float64Array(blocks);
  for (const [t, w] of query) {
    const post = bm.postingsOf(t);
    if (!post.length) continue;
    const share = (w * bm.idf(t)) / post.length;
    for (const [i] of post) score[blockOf[i]] += share;
  }
  const max = score.reduce((m, x) => Math.max(m, x), 0);
  const out = new Float64Array(blockOf.length);
  if (!max) return out;
  for (let i = 0; i < out.length; i++) out[i] = score[blockOf[i]] / max;
  return out;
}

/**
 * The line quoted from the best block: its densest sentence (the answer's density, which already
 * weighs the asked words, their coverage and the subject) among those holding an asked word,
 * spoken by the participant asked about when the question names one. −1 when there is none.
 */
export function topicLine(units: Unit[], prior: Float64Array, dense: Float64Array, scores: Float64Array, speakers: string[]): number {
  let best = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (prior[i] !== 1 || !u.content || scores[i] <= 0) continue;
    if (speakers.length && !(u.speaker !== undefined && speakers.includes(u.speaker))) continue;
    if (best < 0 || dense[i] > dense[best]) best = i;
  }
  return best;
}
