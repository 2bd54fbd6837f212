/**
 * Yes/no and decision questions are answered by the line that settles them, not by the first line
 * of the region that talks about them: "Is guest checkout the default?" → "Agreed, guest checkout
 * stays the default."; "What did they decide about the CTA color?" → "Not decided yet, we'll revisit
 * it next crit.". The verdict line is a statement near the asked subject that settles it: a closure,
 * a proposal others assent to, a deferral, a rejection of what was just put to the room, a reply to
 * the same question asked in the meeting, or (yes/no questions) a statement of the asked proposition.
 * Its stance (yes, no, not decided) is read from its own words — the cue family of cues.ts, a reply's
 * opening yes/no word, a negation against the question's — and the engine writes its yes / no / not
 * decided only from such a cue: a line that merely shares the question's words (a restatement, a
 * reply naming another value) comes first with no word of the engine's. No such line: no verdict,
 * and the answer stays as it was.
 */
import type { Unit } from "@/lib/engine/local/units";
import type { QuestionInfo } from "@/lib/engine/local/question";
import { coverageIn, type TopicIndex } from "@/lib/engine/local/answer-support";
import {
  EN_ASSENT,
  EN_CLOSURE,
  EN_CONSENT_Q,
  EN_DEFER,
  EN_PROPOSAL,
  EN_REJECT,
  EN_RESOLVE,
  EN_RESOLVE_CHANGE,
  ZH_ASSENT,
  ZH_CLOSURE,
  ZH_CONSENT_Q,
  ZH_DEFER,
  ZH_PROPOSAL,
  ZH_REJECT,
} from "@/lib/engine/local/cues";
import { VERDICT_BONUS, VERDICT_DECAY, VERDICT_MIN_MATCH, VERDICT_RESTATE } from "@/lib/engine/local/tuning";
import { hasHan } from "@/lib/text/cjk";
import type { ParsedDoc } from "@/lib/ingest/types";
import { renderPoints } from "@/lib/engine/local/render";

export type Stance = "yes" | "no" | "undecided";

export interface Verdict {
  unit: Unit;
  /** Null when the line settles the point without a yes/no reading (a reply that names another value). */
  stance: Stance | null;
}

const ASKED = /(?:[?？]|吗)\s*["”']?$/;
// A reply's opening word answers the question before it: "Not formally, no.", "Yes from me.", "对，…", "没有，…".
const REPLY_YES_EN = /^\W*(?:yes|yeah|yep|yup|sure|absolutely|definitely|correct|exactly)\b/i;
const REPLY_NO_EN = /^\W*(?:no|nope|not (?:really|formally|yet|exactly|at all)|never)\b/i;
const REPLY_YES_ZH = /^(?:是的?|对|有|要|会|能|可以|行)(?:[，,。！!]|$)/;
const REPLY_NO_ZH = /^(?:不是|不对|没有|不会|不能|不行|不用|不要)(?:[，,。！!]|$)|^[^，。]{0,4}不行/;
// Asking the room for objections ("大家有不同意见吗？", "Any objections?"): its "no" is assent, not a no.
const ASKS_OBJECTION = /意见|异议|objection|concern|disagree/i;
// Negation, grammatical or by a verb of removal ("drop", "skip", "取消"). Assent idioms hold a negation that
// negates nothing asked ("没意见", "没问题", "不错").
const NEGATION_EN =
  /\b(?:not|no|never|nobody|nothing|none|neither|drop(?:ped|ping|s)?|skip(?:ped|ping|s)?|remov(?:e|ed|ing)|cancel(?:l?ed|l?ing|s)?|scrap(?:ped)?|ditch(?:ed)?|postpon(?:e|ed))\b|n't\b/i;
const NEGATION_ZH = /不(?!错|然)|没(?!意见|问题)|别|未|取消|去掉|砍掉|放弃|停掉|关掉/;
// The question's own A-not-A form ("要不要", "找不找") asks; it negates nothing.
const negates = (s: string) => (hasHan(s) ? NEGATION_ZH : NEGATION_EN).test(s.replace(/(\p{sc=Han})[不没]\1/gu, "$1"));
const BARE_EN = /\b(?:okay|ok|so|great|alright|good|right|yes|yeah|agreed|then|it's settled|that's settled|let's do (?:it|that))\b|[\p{P}\s]+/giu;
const BARE_ZH = /(?:那就|就)?这么(?:定了?|办)[吧了]?|没意见(?:的话)?|大家|好的?|行|嗯|可以|那|[\p{P}\s]+/gu;

export interface VerdictInput {
  info: QuestionInfo;
  subject: TopicIndex;
  /** BM25 score of each unit against the question (answer.ts). */
  scores: ArrayLike<number>;
  /** The answer density and its peak: the verdict is looked for where the question is discussed. */
  dense: ArrayLike<number>;
  peak: number;
}

/** A line with words of its own, not only a closure ("Agreed then.", "那就这么办。"). */
function substantive(u: Unit, zh: boolean): boolean {
  return zh ? u.raw.replace(BARE_ZH, "").length >= 4 : u.raw.replace(BARE_EN, " ").trim().split(/\s+/).filter(Boolean).length >= 2;
}

/** Someone else opens one of the next three turns with assent, and nobody rejects or defers in them first. */
function assentedAfter(units: Unit[], i: number): boolean {
  const u = units[i];
  for (let j = i + 1; j < units.length && units[j].seg - u.seg <= 3; j++) {
    const x = units[j];
    if (x.seg === u.seg || (j > 0 && units[j - 1].seg === x.seg)) continue;
    if (x.speaker === u.speaker) return false;
    const zh = hasHan(x.sentence);
    if ((zh ? ZH_REJECT : EN_REJECT).test(x.sentence) || (zh ? ZH_DEFER : EN_DEFER).test(x.sentence)) return false;
    if ((zh ? ZH_ASSENT : EN_ASSENT).test(x.sentence.trim())) return true;
  }
  return false;
}

interface Settling {
  stance: Stance | null;
  bonus: number;
  /** The line must match the question within its own turn. */
  own: boolean;
}

/** One turn's units [start, end], and what its sentences do, read once per document (not once per unit). */
interface TurnSpan {
  seg: number;
  start: number;
  end: number;
  /** A sentence of it closes a point ("Agreed then.", "那就这么定了"). */
  closes: boolean;
  /** It asks or proposes something ("What if we hide the promo code field? People leave…"). */
  raises: boolean;
}

function turnSpans(units: Unit[]): { spans: TurnSpan[]; of: Int32Array } {
  const spans: TurnSpan[] = [];
  const of = new Int32Array(units.length);
  units.forEach((u, i) => {
    const last = spans.at(-1);
    const zh = hasHan(u.sentence);
    const closes = (zh ? ZH_CLOSURE : EN_CLOSURE).test(u.sentence);
    const raises = (ASKED.test(u.sentence.trim()) && !ASKS_OBJECTION.test(u.sentence)) || (zh ? ZH_PROPOSAL : EN_PROPOSAL).test(u.sentence);
    if (last && last.seg === u.seg) {
      last.end = i;
      last.closes ||= closes;
      last.raises ||= raises;
    } else spans.push({ seg: u.seg, start: i, end: i, closes, raises });
    of[i] = spans.length - 1;
  });
  return { spans, of };
}

/**
 * How line `i` settles a point, if it does: the stance it takes and the bonus of its cue. `restates(k, i?)`:
 * turn k (or only its unit `i`) states the asked proposition; `asks(k)`: turn k matches the question at all
 * (as a question asked in the meeting, worded its own way).
 */
function settles(
  units: Unit[],
  turns: { spans: TurnSpan[]; of: Int32Array },
  i: number,
  yesno: boolean,
  restates: (k: number, i?: number) => boolean,
  asks: (k: number) => boolean,
  question: string,
): Settling | null {
  const u = units[i];
  const s = u.sentence.trim();
  if (!u.content) return null;
  const zh = hasHan(s);
  const asked = ASKED.test(s);
  // What a settled line states is affirmed, unless it negates the asked proposition ("下次大促不找达人" for
  // "还找不找达人", "drop it from this sprint" for "Is the spike in this sprint?").
  const cue = { stance: (negates(s) !== negates(question) ? "no" : "yes") as Stance, bonus: VERDICT_BONUS.cue, own: false };
  // A proposal or a closure put to the room ("I'd drop it from this sprint", "没意见就这么办？") stands once others
  // assent. It states its own subject: its match is its turn's, not the turns' before it.
  // A point raised and put off in one breath ("春节要不要做一场专场，这个我们下次再说") is not decided, whatever follows.
  const defers = !asked && (zh ? ZH_DEFER : EN_DEFER).test(s);
  if (!defers && ((zh ? ZH_PROPOSAL : EN_PROPOSAL).test(s) || (zh ? ZH_CLOSURE : EN_CLOSURE).test(s) || (asked && (zh ? ZH_CONSENT_Q : EN_CONSENT_Q).test(s))))
    if (substantive(u, zh) && assentedAfter(units, i)) return { ...cue, own: true };
  if (asked) return null;
  if (defers) return { stance: "undecided", bonus: VERDICT_BONUS.cue, own: false };
  // The first line of a turn that answers someone else's question: its opening yes/no word, or (a yes/no
  // question asked in the meeting too) the reply itself, which may name another value ("一台就够了").
  const k = turns.of[i];
  const before = k > 0 && turns.spans[k].start === i ? turns.spans[k - 1] : undefined;
  // The previous turn asked or proposed something, by someone else, and only the same point as the question:
  // a "No" to "Anything to add?" says nothing about the asked point.
  const reply = before && units[before.end].speaker !== u.speaker && before.raises && asks(k - 1);
  if (reply && (zh ? REPLY_NO_ZH : REPLY_NO_EN).test(s)) return { stance: "no", bonus: VERDICT_BONUS.cue, own: false };
  // A rejection rejects what was just put to the room when that matches the question; else its own turn must.
  if ((zh ? ZH_REJECT : EN_REJECT).test(s)) return { stance: "no", bonus: VERDICT_BONUS.cue, own: !reply };
  // A closure in the line's turn settles what the line says ("Okay, thirty-four points. Agreed then.").
  if (substantive(u, zh) && turns.spans[k].closes) return cue;
  // A design resolution ("we're gonna have…", "it will be…") answers what was decided; as the answer to a yes/no
  // question it is any statement about the future.
  if (!yesno && !zh && (EN_RESOLVE.test(s) || EN_RESOLVE_CHANGE.test(s))) return cue;
  if (reply && (zh ? REPLY_YES_ZH : REPLY_YES_EN).test(s)) return { stance: "yes", bonus: VERDICT_BONUS.cue, own: false };
  if (!yesno) return null;
  if (reply) return { stance: null, bonus: VERDICT_BONUS.reply, own: false };
  // A yes/no question is also answered by a statement of the asked proposition itself, shown first but with no
  // yes or no of the engine's: sharing the question's words is not affirming it (the asker's own preamble
  // restates the question, "probably" hedges it).
  if (restates(k, i)) return { stance: null, bonus: 0, own: true };
  return null;
}

/** The line that answers a yes/no or decision question, best by its match to the question and its place. */
export function findVerdict(units: Unit[], input: VerdictInput, question: string): Verdict | null {
  const { info, subject, scores, dense, peak } = input;
  if (info.ask !== "decision" && info.ask !== "yesno") return null;
  const n = units.length;
  const maxScore = Array.from(scores).reduce((m, s) => Math.max(m, s), 1e-9);
  const rel = (i: number) => scores[i] / maxScore;
  // How much of the question units [from, to] state: the best BM25 match, with the share of the subject's nouns they hold.
  const stated = (from: number, to: number) => {
    let r = 0;
    for (let k = from; k <= to; k++) r = Math.max(r, rel(k));
    return subject.words.length ? (r + coverageIn(subject, from, to)) / 2 : r;
  };
  const turns = turnSpans(units);
  const { spans } = turns;
  const restates = (k: number, i?: number) => (i === undefined ? stated(spans[k].start, spans[k].end) : stated(i, i)) >= VERDICT_RESTATE;
  const asks = (k: number) => stated(spans[k].start, spans[k].end) >= VERDICT_MIN_MATCH;
  let best: { v: Verdict; score: number } | null = null;
  for (let i = 0; i < n; i++) {
    const how = settles(units, turns, i, info.ask === "yesno", restates, asks, question);
    if (!how) continue;
    const u = units[i];
    const { start, end } = spans[turns.of[i]];
    // The subject is often set up in the turns before the line that settles it: their words count, less per turn back.
    let match = 0;
    for (let d = 0, k = turns.of[i]; d <= (how.own ? 0 : 3); d++) {
      while (k > 0 && spans[k - 1].seg >= u.seg - d) k--;
      match = Math.max(match, stated(spans[k].start, end) * VERDICT_DECAY ** d);
    }
    if (match < VERDICT_MIN_MATCH) continue;
    let near = 0;
    for (let j = Math.max(0, start - 3); j <= Math.min(n - 1, end + 3); j++) near = Math.max(near, dense[j]);
    // Within a turn, the line that states more of the subject is the verdict ("那下次直播时长就压到四个小时", not "我也这么觉得").
    const score = match * (0.5 + 0.5 * Math.min(1, near / (dense[peak] || 1))) + how.bonus + VERDICT_BONUS.own * stated(i, i);
    // Ties go to the later line: the state the discussion ended on.
    if (!best || score >= best.score) best = { v: { unit: u, stance: how.stance }, score };
  }
  return best?.v ?? null;
}

const NEGATED_EN = /^\W*\w+n't\b|\bnot\b/i;
const NEGATED_ZH = /不是[^不]*吗|没有?[^没]*吗/;
const A_NOT_A = /(\p{sc=Han})[不没]\1/u;
const ZH_VERB = /可以|需要|是|有|要|能|会/;

/**
 * The verdict's opening word in the question's language: yes / no / not decided, or 是 / 不是 / 还没定
 * with the question's own verb ("要不要…" → 要 / 不要). Null when the stance gives none: a question put
 * in the negative ("Isn't it…") would make yes and no ambiguous, and a stated decision needs no word.
 */
export function verdictWord(stance: Stance | null, info: QuestionInfo, question: string, zh: boolean): string | null {
  if (!stance) return null;
  // "做不做？" / "Are we doing X?" answered by a line that puts the point off: not decided either way.
  if (stance === "undecided" && (info.ask === "decision" || info.polar)) return zh ? "还没定" : "Not decided";
  if (!info.polar || stance === "undecided" || (zh ? NEGATED_ZH : NEGATED_EN).test(question)) return null;
  if (!zh) return stance === "yes" ? "Yes" : "No";
  if (info.ask === "decision") return stance === "yes" ? "定了" : null;
  const verb = question.match(A_NOT_A)?.[1] ?? (question.includes("是否") ? "是" : question.match(ZH_VERB)?.[0]);
  if (!verb) return null;
  return stance === "yes" ? verb : verb === "有" ? "没有" : `不${verb}`;
}

/**
 * The answer's lines with the verdict first: its opening word (the engine's wording), the verdict
 * line rendered like every other line (reported speech, a question quoted as said), then the rest
 * in meeting order.
 */
export function renderWithVerdict(v: Verdict, rest: Unit[], doc: ParsedDoc, info: QuestionInfo, question: string): string {
  const zh = doc.lang === "zh";
  const word = verdictWord(v.stance, info, question, zh);
  const lead = `${word ? `${word}${zh ? "——" : " — "}` : ""}${renderPoints([v.unit], doc, { reported: true })}`;
  return rest.length ? `${lead}\n${renderPoints(rest, doc, { reported: true })}` : lead;
}

/**
 * The lines supporting a verdict: the answer's lines that hold a word of the question or sit next to
 * the verdict (±1 turn), and the question the verdict replies to. Context lines of the region that
 * share nothing with the question ("Sam, can you set up a usability test…" before "Should guest
 * checkout still be the default?") support nothing about it.
 */
export function verdictSupport(v: Verdict, chosen: Unit[], units: Unit[], scores: ArrayLike<number>): Unit[] {
  const near = (u: Unit) => u.seg === v.unit.seg || u.seg === v.unit.seg - 1;
  const out = chosen.filter((u) => u !== v.unit && (scores[units.indexOf(u)] > 0 || near(u)));
  const at = units.indexOf(v.unit);
  const asked = units.slice(0, at).findLast((x) => x.seg < v.unit.seg);
  if (asked && v.unit.seg - asked.seg === 1 && asked.speaker !== v.unit.speaker && ASKED.test(asked.sentence.trim()) && !out.includes(asked)) out.push(asked);
  return out.sort((a, b) => units.indexOf(a) - units.indexOf(b));
}
