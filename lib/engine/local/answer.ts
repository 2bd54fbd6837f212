/**
 * Extractive question answering. BM25 over sentence units (CJK-aware terms: words plus character
 * bigrams) with one round of pseudo-relevance feedback, speaker-aware boosting when the question
 * names a participant, then Gaussian smoothing over the transcript to find the *region* that
 * answers — a discussion spans many turns, so the answer is an extract around the densest match
 * rather than one lucky sentence. Too little of the question found → an explicit "not found".
 */
import type { AnswerResult } from "@/lib/engine/types";
import type { ParsedDoc } from "@/lib/ingest/types";
import { Bm25 } from "@/lib/engine/local/bm25";
import { answerBudget, budgetLang } from "@/lib/engine/local/budget";
import { readQuestion, VALUE_ASKS, type QuestionInfo } from "@/lib/engine/local/question";
import { mmrSelect, type Candidate } from "@/lib/engine/local/rank";
import { scoreUnits } from "@/lib/engine/local/summarize";
import { renderPoints } from "@/lib/engine/local/render";
import { factoidValue } from "@/lib/engine/local/factoid";
import { findVerdict, renderWithVerdict, verdictSupport } from "@/lib/engine/local/verdict";
import { GENERIC } from "@/lib/engine/local/question-words";
import type { Unit } from "@/lib/engine/local/units";
import { contentTerms } from "@/lib/text/terms";
import { isNoise } from "@/lib/text/standalone";
import { hanPiecesSaid, indexTopic, presentCoverage, subjectPresent, type TopicIndex } from "@/lib/engine/local/answer-support";
import { silentSpeaker } from "@/lib/engine/local/silent-speaker";
import { agendaBlocks, agendaPrior, agendaQuery, topicLine } from "@/lib/engine/local/agenda";
import {
  CONTEXT_FLOOR,
  EXTRA_REGIONS,
  MIN_PARTIAL_HIT,
  QUESTION_WEIGHT,
  REPLY_UNITS,
  SECOND_REGION_GAP,
  SECOND_REGION_RATIO,
  SIGMA,
  SUBJECT_FLOOR,
} from "@/lib/engine/local/tuning";

/** Share of the question's (idf-weighted) terms that must occur near the answer. */
const MIN_COVERAGE = 1 / 3 - 1e-9;
const FEEDBACK_DOCS = 5;
const CONTEXT_SIGMA = 10;
const FEEDBACK_TERMS = 6;
const FEEDBACK_WEIGHT = 0.3;
const QUESTION_LINE = /[?？]["”']?$/;
/** Acts of authorising: asked who did one, the answer is a person who did it, not one who only talked about the thing. */
const APPROVAL = /\b(?:approv\w*|sign(?:s|ed|ing)? off|sign-off|authori[sz]\w*|green-?lit|green-?light\w*|okay(?:ed|'d)|ok'd)\b|批准|审批|批了|批的|签字|签了字|拍板/i;

export function notFound(lang: string): AnswerResult {
  const answer = lang === "zh" ? "文档中没有找到与这个问题相关的内容。" : "The document does not contain an answer to this question.";
  return { answer, citations: [], found: false };
}

function topIndexes(a: ArrayLike<number>, k: number): number[] {
  const hits: Array<readonly [number, number]> = [];
  for (let i = 0; i < a.length; i++) if (a[i] > 0) hits.push([a[i], i]);
  return hits
    .sort((x, y) => y[0] - x[0] || x[1] - y[1])
    .slice(0, k)
    .map(([, i]) => i);
}

/** Expand the query with the most distinctive terms of the best first-round hits (RM3-lite). */
function expand(bm: Bm25, docs: string[][], query: Map<string, number>, first: Float64Array): Map<string, number> {
  const weight = new Map<string, number>();
  for (const i of topIndexes(first, FEEDBACK_DOCS)) for (const t of new Set(docs[i])) if (!query.has(t)) weight.set(t, (weight.get(t) ?? 0) + bm.idf(t));
  const out = new Map(query);
  for (const [t] of [...weight].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, FEEDBACK_TERMS)) out.set(t, FEEDBACK_WEIGHT);
  return out;
}

function smooth(s: ArrayLike<number>, sigma: number, ahead = 1): Float64Array {
  const n = s.length;
  const r = Math.ceil(sigma * ahead * 2.5);
  const kernel = Array.from({ length: 2 * r + 1 }, (_, j) => Math.exp(-((j - r) ** 2) / (2 * (j > r ? sigma * ahead : sigma) ** 2)));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!s[i]) continue;
    for (let j = -r; j <= r; j++) if (i + j >= 0 && i + j < n) out[i + j] += s[i] * kernel[j + r];
  }
  return out;
}

/**
 * For each unit: idf share of distinct query terms occurring within ±w units. From each term's
 * postings: the work is in the number of units holding a term, not in the document's length.
 */
function windowCoverage(n: number, terms: string[], bm: Bm25, w: number): Float64Array {
  const out = new Float64Array(n);
  const total = terms.reduce((a, t) => a + bm.idf(t), 0) || 1;
  for (const t of terms) {
    const idf = bm.idf(t);
    // Postings are in unit order: each unit near one gets the term's share once.
    let done = -1;
    for (const [p] of bm.postingsOf(t)) {
      const to = Math.min(n - 1, p + w);
      for (let i = Math.max(0, p - w, done + 1); i <= to; i++) out[i] += idf / total;
      done = Math.max(done, to);
    }
  }
  return out;
}

/**
 * "About the XML format: …" — a label naming what the answer is about, in the question's words,
 * only when every content word of that phrase occurs in the lines cited, so it restates nothing
 * the lines do not contain (never "The group discussed …", which would assert a discussion).
 */
function aboutLabel(question: string, doc: ParsedDoc, chosen: Unit[]): string {
  if (doc.lang === "zh" || doc.kind !== "meeting") return "";
  // "What did the Minister of Seniors say about pandemic assistance?": the phrase after "about" names the subject.
  const m = question.match(/\b(?:about|regarding)\s+(.+?)[?.!]*$/i) ?? question.match(/\b(?:on|of)\s+(.+?)[?.!]*$/i);
  if (!m) return "";
  const phrase = m[1].replace(/\s+(?:when|while|during)\s.*$/i, "").trim();
  const words = contentTerms(phrase);
  const cited = new Set(chosen.flatMap((u) => u.terms));
  if (!words.length || !words.every((w) => cited.has(w))) return "";
  return `About ${phrase}: `;
}

export interface Located {
  info: QuestionInfo;
  bm: Bm25;
  subject: TopicIndex;
  scores: Float64Array;
  dense: Float64Array;
  peak: number;
  lo: number;
  hi: number;
  /** Per unit: its topic block, and the block's share of the asked words' talk (agenda.ts; pointed questions only, else empty). */
  blockOf: Int32Array;
  prior: Float64Array;
}

/** Where the answer is: the peak of query-term density and the region around it (null: nothing matches). */
/** `prepared`: the units' terms and BM25 index when already built (retrieval-cache.ts). */
export function locateAnswer(question: string, doc: ParsedDoc, units: Unit[], prepared?: { docs: string[][]; bm: Bm25 }): Located | null {
  const info = readQuestion(question, doc.speakers);
  if (!units.length || (!info.terms.length && !info.speakers.length)) return null;
  const docs = prepared?.docs ?? units.map((u) => contentTerms(u.text, { bigrams: true }));
  const bm = prepared?.bm ?? new Bm25(docs);
  const query = new Map(info.terms.map((t) => [t, 1]));
  const first = bm.score(query);
  // Feedback terms broaden an overview; for a pointed question they mostly drift off target.
  const scores = info.kind === "overview" ? bm.score(expand(bm, docs, query, first)) : first;
  // A named participant with none of the asked words said anywhere: their own turns are the answer.
  const anyTerm = info.terms.some((t) => bm.has(t));
  if (info.speakers.length)
    units.forEach((u, i) => {
      scores[i] = (scores[i] + (anyTerm ? 0 : 0.5)) * (u.speaker && info.speakers.includes(u.speaker) ? 1.6 : 0.8);
    });

  const sigma = SIGMA[info.kind];
  // "… when discussing X": X locates the discussion, the rest of the question the point within it.
  // When no focus word occurs at all ("Why did the group disagree … when discussing X?" in a
  // meeting that never says "disagree"), the clause is all there is to locate the answer by.
  const split = info.context.length > 0 && info.focus.some((t) => bm.has(t));
  const focusScores = split ? bm.score(new Map(info.focus.map((t) => [t, 1]))) : scores;
  if (split && info.speakers.length)
    units.forEach((u, i) => {
      focusScores[i] *= u.speaker && info.speakers.includes(u.speaker) ? 1.6 : 0.8;
    });
  const dense = smooth(focusScores, sigma);
  // Proximity: a region that contains *more of the different* things asked beats one that
  // repeats a single term, so weight the density by windowed idf coverage of the query.
  const covTerms = split ? info.focus : info.terms;
  const cov = windowCoverage(units.length, covTerms.filter((t) => !t.startsWith("#")).length ? covTerms.filter((t) => !t.startsWith("#")) : covTerms, bm, Math.round(sigma * 1.5));
  for (let i = 0; i < dense.length; i++) dense[i] *= (0.2 + cov[i]) ** 2;
  if (split) {
    // At overview scale: the clause names a whole discussion. Outside it the point still counts, less.
    const ctx = smooth(bm.score(new Map(info.context.map((t) => [t, 1]))), CONTEXT_SIGMA);
    const max = ctx.reduce((m, s) => Math.max(s, m), 1e-9);
    for (let i = 0; i < dense.length; i++) dense[i] *= CONTEXT_FLOOR + ctx[i] / max;
  }
  // The answer comes from where the subject is: density counts less where the subject's present
  // nouns do not occur together (the requested product, not another one's list of abilities).
  const subject = indexTopic(info.topic, units, doc.speakers);
  const together = presentCoverage(subject, units.length, Math.round(sigma * 1.5));
  const floor = SUBJECT_FLOOR;
  for (let i = 0; i < dense.length; i++) dense[i] *= floor + (1 - floor) * together[i];
  // "What did X think…" is answered from X's own words: the peak must be one of X's sentences.
  const bySpeaker = (i: number) => !info.speakers.length || (units[i].speaker !== undefined && info.speakers.includes(units[i].speaker!));
  let peak = -1;
  for (let i = 0; i < dense.length; i++) if (bySpeaker(i) && (peak < 0 || dense[i] > dense[peak])) peak = i;
  if (peak < 0 || dense[peak] <= 0) for (let i = 0, p = (peak = 0); i < dense.length; i++) if (dense[i] > dense[p]) peak = p = i;
  if (dense[peak] <= 0) return null;
  const reach = info.kind === "overview" ? 60 : 25;
  let lo = peak;
  let hi = peak;
  while (lo > 0 && peak - lo < reach && dense[lo - 1] >= 0.3 * dense[peak]) lo--;
  while (hi < units.length - 1 && hi - peak < reach && dense[hi + 1] >= 0.3 * dense[peak]) hi++;
  const blockOf = info.kind === "specific" ? agendaBlocks(units) : new Int32Array(0);
  const prior = info.kind === "specific" ? agendaPrior(blockOf, bm, agendaQuery(question, info)) : new Float64Array(0);
  return { info, bm, subject, scores, dense, peak, lo, hi, blockOf, prior };
}

/**
 * A discussion the question asks about often comes back later in the meeting, and the first
 * peak is not always the one people mean: the best-matching sentence of each next-densest region
 * (up to `count`, each well apart from the regions taken) is quoted too when its density is close
 * to the first's.
 */
function extraRegions(loc: Located, units: Unit[], count: number): number[] {
  const { dense, scores, peak, lo, hi, info } = loc;
  if (info.kind === "overview") return [];
  const gap = SECOND_REGION_GAP;
  // "What did X think…": the further quotes are X's own words too.
  const bySpeaker = (i: number) => !info.speakers.length || (units[i].speaker !== undefined && info.speakers.includes(units[i].speaker!));
  const taken: Array<[number, number]> = [[lo, hi]];
  const out: number[] = [];
  for (let r = 0; r < count; r++) {
    let p2 = -1;
    for (let i = 0; i < dense.length; i++) if (taken.every(([a, b]) => i < a - gap || i > b + gap) && units[i].content && (p2 < 0 || dense[i] > dense[p2])) p2 = i;
    if (p2 < 0 || dense[p2] < SECOND_REGION_RATIO * dense[peak]) break;
    taken.push([p2, p2]);
    let best = -1;
    for (let i = Math.max(0, p2 - 3); i <= Math.min(units.length - 1, p2 + 3); i++)
      if (units[i].content && bySpeaker(i) && scores[i] > 0 && (best < 0 || scores[i] > scores[best])) best = i;
    if (best >= 0) out.push(best);
  }
  return out;
}

/**
 * A cited question is half an exchange: the reply (the best of the first REPLY_UNITS sentences of
 * the next turn, when someone else speaks it) is cited with it, as minutes report a question with
 * its answer.
 */
function replies(chosen: Unit[], units: Unit[], scores: Float64Array): Unit[] {
  const out: Unit[] = [];
  for (const u of chosen) {
    if (!QUESTION_LINE.test(u.text.trim())) continue;
    let j = units.indexOf(u) + 1;
    while (j < units.length && units[j].seg === u.seg) j++;
    if (j >= units.length || units[j].speaker === u.speaker) continue;
    let best = -1;
    for (let k = j; k < Math.min(units.length, j + REPLY_UNITS) && units[k].seg === units[j].seg; k++) if (units[k].content && (best < 0 || scores[k] > scores[best])) best = k;
    if (best >= 0) out.push(units[best]);
  }
  return out;
}

/** Whether a segment is part of the exchange around one of `matched`: its turn, the reply after it, or a question right before it. */
function exchangeAround(units: Unit[], matched: Unit[]): (seg: number) => boolean {
  const matchSegs = new Set(matched.map((u) => u.seg));
  const asks = new Set(units.filter((u) => QUESTION_LINE.test(u.text.trim())).map((u) => u.seg));
  return (seg) => matchSegs.has(seg) || matchSegs.has(seg - 1) || (asks.has(seg) && matchSegs.has(seg + 1));
}

export function answerFromUnits(question: string, doc: ParsedDoc, units: Unit[], prepared?: { docs: string[][]; bm: Bm25 }): AnswerResult {
  // A participant asked about who never spoke on the subject: say so, then what the others said (silent-speaker.ts).
  const silent = silentSpeaker(question, doc, units);
  if (silent) {
    const rest = answerFromUnits(silent.question, doc, units, prepared);
    return rest.found ? { ...rest, answer: silent.note + rest.answer } : rest;
  }
  const lang = budgetLang(doc.lang);
  const loc = locateAnswer(question, doc, units, prepared);
  if (!loc) return notFound(doc.lang);
  const { info, bm, subject, scores, dense, peak, lo, hi } = loc;
  // Not found: the subject asked about does not occur (answer-support.ts), or under a third of
  // the distinct words asked occur in the document at all.
  if (!subjectPresent(subject)) return notFound(doc.lang);
  // The vocabulary of asking (谁, 负责, decide, who) says nothing about the subject: counted, it turned "谁负责开账号" into
  // not found where "谁开账号" was answered.
  const wordTerms = info.terms.filter((t) => !t.startsWith("#") && !GENERIC.has(t));
  const asked = wordTerms.length ? wordTerms : info.terms;
  // A word of a participant's label ("industrial" of "Industrial Designer") is about this meeting
  // even when nobody says it: that participant's turns are the meeting.
  const labelWords = new Set(doc.speakers.flatMap((sp) => contentTerms(sp)));
  // A participant the question names ("… Industrial Designer's presentation") counts as one word found.
  const named = info.speakers.length ? 1 : 0;
  const said = (t: string) => bm.has(t) || labelWords.has(t) || hanPiecesSaid(t, units);
  if (asked.length && (asked.filter(said).length + named) / (asked.length + named) < MIN_COVERAGE) return notFound(doc.lang);

  const region = units.slice(lo, hi + 1);
  const central = scoreUnits(region);
  const maxS = Array.from(scores.slice(lo, hi + 1)).reduce((m, s) => Math.max(s, m), 1e-9);
  const cands: Candidate[] = [];
  // A sentence that matches other words of the question but sits away from the entity asked about
  // answers about something else (another product's abilities): only sentences at or next to it.
  // Speakers are found by speaker (above); this is about things named in the question.
  const spoken = doc.speakers.join(" ").toLowerCase();
  const entity = indexTopic(
    info.names.filter((w) => subject.words.includes(w) && !spoken.includes(w)),
    units,
  );
  const entitySegs = new Set<number>();
  entity.hits.forEach((h, k) => {
    for (const i of entity.at[k]) if (h[i] >= MIN_PARTIAL_HIT) for (const d of [-1, 0, 1]) entitySegs.add(units[i].seg + d);
  });
  const nearSubject = (i: number) => entitySegs.has(units[i].seg);
  const subjectHere = entity.words.length > 0 && units.slice(lo, hi + 1).some((_, k) => nearSubject(lo + k));
  // In a meeting no longer than the smoothing kernel (smooth(): ±2.5 σ) every line is near the peak, so
  // nearness says nothing. Context is then only the exchange around a line that matches well (at least half
  // the best line's score): its own turn, the reply after it, and the question before it.
  const short = units.length <= 2 * Math.ceil(SIGMA[info.kind] * 2.5) + 1;
  const inExchange = short
    ? exchangeAround(
        units,
        region.filter((_, k) => scores[lo + k] >= 0.5 * maxS),
      )
    : () => true;
  region.forEach((u, k) => {
    if (!u.content) return;
    const rel = scores[lo + k] / maxS;
    if (rel === 0 && !inExchange(u.seg)) return;
    if (subjectHere && !nearSubject(lo + k)) return;
    const near = dense[lo + k] / dense[peak];
    // Context sentences are welcome near the peak; far from it only matching sentences qualify.
    if (rel === 0 && near < 0.5) return;
    // Greetings and the meeting's mechanics ("sorry, go for it", "next slide") answer nothing,
    // unless they hold what is asked ("大家好，我是今天的主持人张伟" answers "主持人是谁").
    if (rel === 0 && isNoise(u.text)) return;
    // A question raised states nothing: it is quoted only when it matches clearly best (and then
    // with its reply). Who / when / how-much questions keep it: "Who can…?" → "I can." names the owner.
    const raised = !VALUE_ASKS.has(info.ask) && QUESTION_LINE.test(u.text.trim()) ? QUESTION_WEIGHT : 1;
    cands.push({ id: k, score: (0.45 * rel + 0.3 * near + 0.25 * central.score[k]) * raised, len: u.len, vec: central.vecs[k] });
  });
  cands.sort((a, b) => b.score - a.score);
  const picked = mmrSelect(cands, answerBudget(info.kind, lang), 0.75).sort((a, b) => a - b);
  if (!picked.length) return notFound(doc.lang);
  const chosen = picked.map((k) => region[k]);
  for (const extra of extraRegions(loc, units, EXTRA_REGIONS)) if (!chosen.includes(units[extra])) chosen.push(units[extra]);
  // The agenda item's own discussion: one line of the block holding most of the asked words' talk
  // when nothing quoted is in it yet (agenda.ts).
  const item = loc.prior.length ? topicLine(units, loc.prior, dense, scores, info.speakers) : -1;
  if (item >= 0 && !chosen.some((u) => loc.blockOf[units.indexOf(u)] === loc.blockOf[item])) chosen.push(units[item]);
  for (const reply of replies(chosen, units, scores)) if (!chosen.includes(reply)) chosen.push(reply);
  const order = new Map(chosen.map((u) => [u, units.indexOf(u)]));
  chosen.sort((a, b) => order.get(a)! - order.get(b)!);
  // Who / when / how much: the value first, copied from the best cited line (factoid.ts).
  const byScore = [...picked].sort((a, b) => (cands.find((c) => c.id === b)?.score ?? 0) - (cands.find((c) => c.id === a)?.score ?? 0)).map((k) => region[k]);
  // After them, the lines added for context (the agenda block's line, replies): the value may be only there.
  const fact = factoidValue(info.ask, [...byScore, ...chosen.filter((u) => !byScore.includes(u))], units, doc, info.topic, question);
  // Who / when / how much with no value in the lines, and a word of the question the meeting never says
  // ("语音客服的预算是多少？" where no budget for it is named): the meeting does not answer it.
  if (!fact && VALUE_ASKS.has(info.ask) && asked.some((t) => !said(t))) return notFound(doc.lang);
  // "Who approved the hiring budget?" where nobody approves, signs off or 批 anything: whoever the lines name did not.
  if (info.ask === "who" && APPROVAL.test(question) && !units.some((u) => APPROVAL.test(u.text))) return notFound(doc.lang);
  const value = fact ? `${fact.value}${doc.lang === "zh" ? "。" : "."}\n` : "";
  // Yes/no and decision questions: the line that settles the point first (verdict.ts), cited with the rest.
  const verdict = findVerdict(units, { info, subject, scores, dense, peak }, question);
  const support = verdict ? verdictSupport(verdict, chosen, units, scores) : chosen;
  const shown = verdict ? [verdict.unit, ...support] : chosen;
  const body = verdict ? renderWithVerdict(verdict, support, doc, info, question) : renderPoints(chosen, doc, { reported: true });
  const citations = [...new Set([...shown.map((u) => u.seg), ...(fact?.segs ?? [])])].sort((a, b) => a - b);
  return { answer: value + aboutLabel(question, doc, shown) + body, citations, found: true };
}
