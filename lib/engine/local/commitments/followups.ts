/**
 * How a commitment is shaped across turns, beyond the reply to a request (reply.ts): a task given to
 * two people, an offer put as a question ("要不我…？", "Should I…?") and taken, the speaker's own
 * follow-up turn that names the date, a date asked back about work just taken on, an offer turned
 * down, and a list restating who does what (a recap).
 */
import { disqualified } from "@/lib/engine/local/commitments/asks";
import type { Sentence } from "@/lib/engine/local/commitments/clause";
import { dueOf } from "@/lib/engine/local/commitments/draft";
import type { People } from "@/lib/engine/local/commitments/people";
import { declines, isAcknowledgement, replyTo, type Turn } from "@/lib/engine/local/commitments/turns";
import { vagueDue } from "@/lib/engine/local/dates";
import { FOLLOW_UP_TURNS } from "@/lib/engine/local/commitments/tuning";

/** "老郭和许静你们俩…", "我跟邓涛两个人分一下", "我跟小李一起去": two people joined by 和/跟/与 and a word of togetherness. */
const ZH_PAIR = /(\p{sc=Han}{1,4}?)(?:和|跟|与)(\p{sc=Han}{2,3}?)(?:你们|两个人?|俩|两位|两人|一起)/u;
const EN_PAIR_YOU = /\b(?:you two|you both|both of you|the two of you)\b/i;
const EN_PAIR_NAMED = /\byou and ([A-Z][a-z]+)\b|\b([A-Z][a-z]+) and I\b(?! (?:think|agree|talked|discussed|spoke|were|was)\b)/;

/** One task given to two people at once: the minutes name no single owner. */
export function jointly(s: Sentence, people: People): boolean {
  if (s.zh) {
    const m = s.raw.match(ZH_PAIR);
    const person = (w: string) => w.endsWith("我") || [3, 2].some((k) => w.length >= k && !!people.speaker(w.slice(-k)));
    const second = (w: string) => [3, 2].some((k) => w.length >= k && !!people.speaker(w.slice(0, k)));
    return !!m && person(m[1]) && second(m[2]);
  }
  if (EN_PAIR_YOU.test(s.raw)) return true;
  const m = s.raw.match(EN_PAIR_NAMED);
  return !!m && !!people.speaker(m[1] ?? m[2]);
}

/** Replies of the two people a joint request names, each taking a share in their own words ("I'll take X." "And I'll do the other two."). */
export function sharesTaken(turns: Turn[], i: number): Sentence[] {
  const out: Sentence[] = [];
  const seen = new Set<string | undefined>([turns[i].speaker]);
  for (let k = i + 1; k < turns.length && k <= i + 2; k++) {
    const t = turns[k];
    if (seen.has(t.speaker)) break;
    const c = t.sentences.find((x) => x.actor === "self" && !x.question && !disqualified(x));
    if (!c) break;
    seen.add(t.speaker);
    out.push(c);
  }
  return out.length >= 2 ? out : [];
}

const ZH_OFFER_Q = /要不(?:要)?[^，。？]{0,6}?我(?!们)|我(?:来|去)[^，。？]{1,12}(?:吧|好不好|行不行|可以吗)?[？?]$/;
const EN_OFFER_Q = /^(?:(?:so|okay|ok|and|then|um|uh)[, ]+)*shall i\b|\b(?:do you )?want me to\b|\bwould it help if i\b/i;
const EN_TAKEN = /^(?:please do|go ahead|yes,? please|that would be great|that'd be great)\b/i;

/** The speaker offers work as a question ("要不下周我去审一下厂？", "Should I draft the email?"). */
export const offeredAsQuestion = (s: Sentence) => s.question && !s.past && !s.counterfactual && (s.zh ? ZH_OFFER_Q : EN_OFFER_Q).test(s.raw);

/** The reply takes the offer: opens with assent ("可以", "Sure", "Please do") and does not decline. */
export function offerTaken(turns: Turn[], i: number): Turn | null {
  const r = replyTo(turns, i);
  const first = r?.sentences[0];
  if (!r || !first || declines(r) || first.reject || first.defer) return null;
  return first.startsAssent || EN_TAKEN.test(first.text) ? r : null;
}

/**
 * The speaker's own next turn (right after, or after someone's acknowledgement) naming when: "那预热的排期我来做。"
 * "好。" "下周三之前我把排期表…发出来", "I can draft one." / "Probably early next week…". The sentence carrying the
 * date, when it is about the same work (no one else's, nothing done or deferred).
 */
export function datedFollowUp(turns: Turn[], i: number, meetingDate?: string): { turn: Turn; sentence: Sentence; k: number } | null {
  const sp = turns[i].speaker;
  for (let n = i + 1; n < turns.length && n <= i + FOLLOW_UP_TURNS; n++) {
    const t = turns[n];
    if (t.speaker !== sp) {
      if (isAcknowledgement(t)) continue;
      // "I can write the invite." "Perfect. Can it go out by end of next week?" "Yep, that works.": the date
      // asked back about the offer, and assented to by the one who offered, is its due.
      const asked = t.sentences.findIndex((x) => x.question && !!dueOf(x, meetingDate) && !x.past);
      const answer = turns[n + 1];
      const yes = answer?.speaker === sp && answer.sentences[0]?.startsAssent && !answer.sentences[0].reject && !answer.sentences[0].question;
      return asked >= 0 && yes ? { turn: t, sentence: t.sentences[asked], k: asked } : null;
    }
    const k = t.sentences.findIndex(
      (x) => (dueOf(x, meetingDate) || vagueDue(x.raw)) && (!x.actor || x.actor === "self" || x.actor === "offer") && !x.question && !disqualified(x),
    );
    return k >= 0 ? { turn: t, sentence: t.sentences[k], k } : null;
  }
  return null;
}

export const ZH_TURN_DOWN = /^[^，。？]{0,8}(?:不能|不行|不用|不要|没必要|别)/;

/** An offer the next speaker turns down ("审批流我这边也可以改一下" "二级审批不能去…"): no to-do. */
export function turnedDown(turns: Turn[], i: number): boolean {
  const r = replyTo(turns, i);
  const first = r?.sentences[0];
  if (!r || !first || first.question) return false;
  return first.reject || (first.zh && ZH_TURN_DOWN.test(first.text) && !r.sentences.some((x) => x.actor === "self"));
}

/**
 * "李工切生产，黄敏今天发通知，小刘准备底稿，我出复盘报告": three or more clauses, at least two opening with a
 * participant, said once those people already hold to-dos, restate who does what; they add no to-do.
 */
export function restatesOwners(s: Sentence, people: People, owners: Set<string>): boolean {
  if (!s.zh) return false;
  const clauses = s.raw.split(/[，,；;：:]/).map((c) => c.trim().replace(/^(?:那|然后|还有|再)/, ""));
  if (clauses.length < 3) return false;
  const named = clauses.map((c) => [3, 2].map((k) => people.speaker(c.slice(0, k))).find(Boolean)).filter((x): x is string => !!x);
  return named.length >= 2 && named.filter((x) => owners.has(x)).length >= 2;
}
