/**
 * A standing rule announced for the future: "那我定个规矩啊，从这个版本开始，上线前四十八小时封版",
 * "以后只要有困人，…二十四小时之内必须在业主群里通报", "Here's a rule, starting today: every new claim
 * gets first contact within forty-eight hours". What the rule says is the decision; the announcing
 * words are not.
 */
import type { Sentence } from "@/lib/engine/local/commitments/clause";

const ZH_RULE =
  /(?:定|立)(?:个|一条)规矩|这是(?:硬)?规定|(?:以后|今后|往后)(?:只要|凡是|凡|所有|一律)|从(?:今天|现在|下周|下个月|本周|本月|这个版本|这(?:一|个)?期|[\d一二三四五六七八九十]+月)(?:起|开始)|以后就这么(?:执行|办)[：:]/u;
const EN_RULE =
  /\b(?:here's a rule|i'd like a rule|(?:a |one |new )rule\s*[:—–-]|the rule is|from now on|going forward|starting (?:today|now|this week|next week|monday)|as of (?:today|now|monday))\b|^\W*(?:and |so |then )?(?:nobody|no one) (?!knows|thinks|wants|likes|cares|said|says|asked)[a-z]+s?\b[^.?!]*\b(?:until|unless|without)\b/i;

/** The words that announce the rule ("那我定个规矩啊，", "I'd like a rule:", "And here's a rule, starting today:"). */
const ZH_ANNOUNCE = /^.*?(?:(?:定|立)(?:个|一条)规矩[啊吧呀]?|以后就这么(?:执行|办)|但?有一条我要说清楚)[，,：:]\s*/u;
const EN_ANNOUNCE = /^.*?\b(?:here's a rule|i'd like a rule|(?:a |one |new )rule)\b[^:]*:\s*/i;

/** Words that make the rule just stated the rule ("Agreed, that's the rule from now on", "以后就按这个来", "这个以后就是规矩"). */
export const RATIFIES = /\b(?:that's|that is|this is) (?:the|our) (?:rule|policy)\b|按这个来|这个以后就是规矩|以后就(?:这样|是规矩)/i;

/** What a standing rule in the sentence says, or null. Work offered, asked or assigned is a to-do, not a rule. */
export function standingRule(s: Sentence): string | null {
  if (s.question || s.recap || s.past || s.reported || s.counterfactual || s.defer || s.reject || s.conditional) return null;
  if (!(s.zh ? ZH_RULE : EN_RULE).test(s.raw) || RATIFIES.test(s.raw)) return null;
  const announce = s.zh ? ZH_ANNOUNCE : EN_ANNOUNCE;
  // "我定个规矩" is the speaker's act of announcing, not work they take on.
  if ((s.actor === "self" || s.actor === "offer" || s.actor === "request") && !announce.test(s.raw)) return null;
  const text = s.raw
    .replace(announce, "")
    .replace(/^(?:and|so|then)\s+/i, "")
    .replace(/[。.!！\s]+$/, "")
    .trim();
  return text.length >= (s.zh ? 8 : 20) ? text : null;
}
