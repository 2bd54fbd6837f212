/**
 * Ways a point gets settled that carry no closure word (decisions.ts reads the rest): a yes/no question
 * answered by echoing its verb ("要不要先续一个月？" "续一个月吧。", "要不要等他们？" "不等，我们先…"), a
 * statement put to the room in the same sentence ("…开始吧，大家有没有意见？"), and the chair stating the
 * point just discussed, with assent before or after ("Okay, shared channels only for accounts over fifty seats."),
 * and an option put to the room for views that the others welcome ("What do people think about the kinetic battery?"
 * "I think it's awesome.").
 */
import type { Sentence } from "@/lib/engine/local/commitments/clause";
import { isAcknowledgement, type Turn } from "@/lib/engine/local/commitments/turns";
import { ZH_TURN_DOWN } from "@/lib/engine/local/commitments/followups";
import { resolveDue } from "@/lib/engine/local/dates";
import { ZH_CONSENT_Q, ZH_DEFER } from "@/lib/engine/local/cues";
import { STOPWORDS_EN } from "@/lib/text/stopwords";
import { SETTLE_BACK_TURNS, SETTLE_MAX_WORDS } from "@/lib/engine/local/commitments/tuning";

/** The verb phrase a yes/no question puts: "要不要先续一个月过渡一下？" → "续一个月过渡一下". */
const ZH_YES_NO = /(?:要不要|要不|是不是(?:要|得)?|用不用|需不需要|需要不需要)(?:先|再|就)?(?:我们|咱们)?(?:先|再|就)?(\p{sc=Han}[^，。？?]*)[？?]$/u;

/** "续一个月吧，别断供了。" after "要不要先续一个月？": the answer settles it (said without a deferral of its own). */
export function echoedAnswer(turns: Turn[], i: number, s: Sentence): { text: string; sources: Sentence[] } | null {
  if (!s.zh || !s.question) return null;
  const m = s.raw.match(ZH_YES_NO);
  const r = turns[i + 1];
  const first = r?.sentences[0];
  if (!m || !r || !first || r.speaker === turns[i].speaker || first.question || first.past) return null;
  const key = m[1].slice(0, 2);
  const clauses = first.raw.split(/[，,]/);
  const head = clauses[0].replace(/^(?:那|嗯|好|行)[，,\s]*/, "");
  // The verb said back, or refused ("不等"), as the answer's own head.
  if (!(head.startsWith(key) || head.startsWith(`不${key[0]}`) || head.startsWith(`先${key}`))) return null;
  const upto = clauses.findIndex((c) => ZH_DEFER.test(c));
  const kept = (upto < 0 ? clauses : clauses.slice(0, upto)).join("，").replace(/[吧。！!]+$/, "");
  // Nobody objects in the turn after.
  const after = turns[i + 2]?.sentences[0];
  if (!kept || (after && (after.reject || after.defer))) return null;
  return { text: kept, sources: [s, first] };
}

/** "预热就从6月4号开始吧，大家有没有意见？": the statement before the consent question, when someone assents. */
export function statementPutToRoom(s: Sentence): string | null {
  // A marked proposal ("我建议…，大家没意见吧？") is settled by the proposal and closure rules.
  if (!s.zh || !s.question || s.proposal || s.closure) return null;
  const parts = s.raw.split(/[，,]/);
  const last = parts.pop() ?? "";
  if (!parts.length || !ZH_CONSENT_Q.test(last.trim())) return null;
  const said = parts
    .join("，")
    .replace(/^(?:那|嗯|好|行)[，,\s]*/, "")
    .replace(/[吧]$/, "");
  return said.replace(/[\p{P}\s]/gu, "").length >= 5 ? said : null;
}

const EN_STATES = /^(?:(?:okay|ok|right|alright)[,.]?\s+)(?:so,?\s+)?(?!(?:let's|next|moving|thanks|thank|that's it|anything|any|who|what|how|i|you)\b)([a-z].*)$/i;
const contentWords = (t: string) =>
  new Set(
    t
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 4 && !STOPWORDS_EN.has(w)),
  );

/**
 * The chair's "Okay, X." / "Right, so X." right after the point was argued, sharing its words with a question or
 * answer of the last few turns, and agreed by someone else before or right after: the point is settled as X.
 */
export function chairStatesPoint(turns: Turn[], i: number, j: number, s: Sentence, chair: string | undefined): string | null {
  if (s.zh || !chair || s.speaker !== chair || s.question || s.actor || s.past || s.defer || s.reject || s.conditional || s.counterfactual || s.closing || j > 0) return null;
  const m = s.raw.trim().match(EN_STATES);
  if (!m || m[1].split(/\s+/).length > SETTLE_MAX_WORDS || resolveDue(s.raw)) return null;
  const said = contentWords(m[1]);
  if (said.size < 2) return null;
  const before = turns.slice(Math.max(0, i - SETTLE_BACK_TURNS), i);
  const echoes = before.some((t) => t.sentences.some((x) => [...contentWords(x.raw)].some((w) => said.has(w))));
  const agreedBefore = before.slice(-2).some((t) => t.speaker !== chair && t.sentences[0]?.assent);
  const next = turns[i + 1];
  const agreedAfter = !!next && next.speaker !== chair && isAcknowledgement(next) && !next.sentences.some((x) => x.reject || x.question);
  return echoes && (agreedBefore || agreedAfter) ? m[1].replace(/[.!]+$/, "") : null;
}

/** The previous turn, by someone else, put forward a course ("Let's not do a blog post.", "I'd suggest…"). */
export function proposedBefore(turns: Turn[], i: number): boolean {
  const t = turns[i - 1];
  // "Let's get started", "let's move on" run the meeting; they propose nothing to agree to.
  const lets = /^(?:(?:okay|so|yeah|then)[,\s]+)*let's\b(?! (?:get started|get going|start|begin|kick off|move on|dive in|jump in|go through|wrap up|crack on)\b)/i;
  return !!t && t.speaker !== turns[i].speaker && t.sentences.some((x) => x.proposal || (!x.zh && lets.test(x.raw)));
}

/** Someone other than the speaker of turn `i` agreed in one of the two turns before it. */
export function agreedBefore(turns: Turn[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const t = turns[k];
    if (t.speaker !== turns[i].speaker && t.sentences[0] && (t.sentences[0].assent || t.sentences[0].startsAssent)) return true;
  }
  return false;
}

/** The turn before, by someone else, turned a proposal down ("二级审批不能去…"): "好，那审批流保持不动" accepts that as the rule. */
export function rejectedBefore(turns: Turn[], i: number): boolean {
  const first = turns[i - 1]?.sentences[0];
  return !!first && turns[i - 1].speaker !== turns[i].speaker && !first.question && (first.reject || (first.zh && ZH_TURN_DOWN.test(first.text)));
}

/** "What do people think about this kinetic battery idea?": the room asked for its view of one option. */
const EN_VIEWS_Q =
  /\b(?:what do|how do|what does|how does) (?:people|you(?: all| guys)?|we|everyone|everybody|the group) (?:think|feel) (?:about|of) (?:the |this |that |our |a |an )?(?:idea of (?:a |an |the )?)?(?!(?:it|that|this|them|those|these|everything|anything|all that)\s*\?)([a-z][a-z -]{2,50}?)(?: idea)?\s*\?$/i;
/** A reply that welcomes it: "I think it's awesome", "That's a great idea", "I like it", "Sounds good". */
const EN_WELCOME =
  /^(?:(?:yeah|yes|oh|um|uh|well|honestly|personally|mm)[,.\s]+)*(?:i think |i reckon )?(?:(?:it's|that's|it is|that is|it'd be|it would be|it sounds)\s+(?:(?:really|very|pretty|quite|so|a really)\s+)?(?:awesome|great|cool|brilliant|excellent|fantastic|a (?:good|great|nice|cool) idea)|i (?:really )?(?:like|love) (?:it|that|the idea)|sounds (?:good|great|cool))\b/i;

/** The option asked about, when someone else welcomes it in the next two turns and nobody turns it down there. */
export function viewsWelcomed(turns: Turn[], i: number, s: Sentence): { text: string; sources: Sentence[] } | null {
  if (s.zh || !s.question) return null;
  const m = s.raw.trim().match(EN_VIEWS_Q);
  if (!m) return null;
  const replies = turns.slice(i + 1, i + 3).filter((t) => t.speaker !== turns[i].speaker);
  if (replies.some((t) => t.sentences.some((x) => x.reject))) return null;
  const welcome = replies.map((t) => t.sentences.find((x) => EN_WELCOME.test(x.raw.trim()))).find(Boolean);
  return welcome ? { text: m[1].trim().replace(/^\w/, (c) => c.toUpperCase()), sources: [s, welcome] } : null;
}
