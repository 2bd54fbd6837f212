/**
 * Which sentences can make a to-do at all, and which ask for work without naming who does it.
 */
import type { Sentence } from "@/lib/engine/local/commitments/clause";
import { cutOff, isRating } from "@/lib/engine/local/commitments/resolution";
import { ZH_DECLINE } from "@/lib/engine/local/cues";

const ZH_CLOSURE_THEN_SELF = /^[^，,]*(?:就这么(?:定|办)|这么定了|就这样)[^，,]*[，,].*我/;

/** Not a commitment whatever its grammar: done already, counterfactual, someone else's plan, deferred. */
export function disqualified(s: Sentence): boolean {
  if (s.past || s.counterfactual || s.defer || s.reject || s.floor || s.recap) return true;
  // "刘经理，国庆前后客服这边实在转不开…": the speaker saying they cannot take work asks for none.
  if (s.zh && s.actor !== "self" && ZH_DECLINE.test(s.raw)) return true;
  // A closure settles; it is work too only when it hands the work to someone by name ("…，蒋伟你来汇总").
  // So is the speaker's own work in a clause after the closure ("那就这样，会议纪要我来发").
  if (s.closure && !((s.actor === "request" || s.actor === "assign") && s.name) && !(s.actor === "self" && ZH_CLOSURE_THEN_SELF.test(s.raw))) return true;
  if (s.closing && (s.actor === "group" || s.actor === "team" || s.actor === null)) return true;
  if (s.reported && s.actor !== "request" && s.actor !== "self") return true;
  if (s.vague && (s.actor === "team" || s.actor === null || s.actor === "self" || s.actor === "offer")) return true;
  if (s.proposal && s.actor !== "request" && s.actor !== "assign") return true;
  // A score given in an evaluation, or a sentence that stops before its work is said.
  if (!s.zh && (isRating(s.text) || cutOff(s.text))) return true;
  return false;
}

/**
 * "When do you think you can finish the rest?", "剩下的你估计什么时候能弄完？": the addressee is asked
 * for a date for the work, so a reply naming a date takes it on. Being back or free is no work.
 */
const EN_WHEN_YOU =
  /\b(?:when|how soon|what day)\s+(?:do you think you(?:'ll| will| can| could)?|(?:can|could|will|would) you|are you (?:going to|gonna))\s+(?!be (?:back|out|off|away|around|in|here|there|free|available)\b)(?:be able to\s+)?(?=[a-z])/i;
const ZH_WHEN_YOU = /(?:你|您)(?:这边)?(?:估计|大概|觉得|看)?(?:什么时候|哪天|几号|多久)(?:能|可以|会)(?=\p{sc=Han})/u;
export const asksWhen = (s: Sentence) => s.question && (s.zh ? ZH_WHEN_YOU : EN_WHEN_YOU).test(s.raw);

/** The work a when-question asks about, verb first: "finish the rest", "弄完剩下的这部分". */
export function whenTask(s: Sentence): string {
  const re = s.zh ? ZH_WHEN_YOU : EN_WHEN_YOU;
  const m = s.raw.match(re);
  if (!m || m.index === undefined) return "";
  const after = s.raw.slice(m.index + m[0].length).replace(/[?？。.!！\s]+$/, "");
  if (!s.zh) return after.replace(/^\w/, (c) => c.toUpperCase());
  const before = s.raw
    .slice(0, m.index)
    .replace(/^(?:那|那么|好|行)[，,]?/, "")
    .replace(/[，,\s]+$/, "");
  return `${after}${before}`;
}

/** A question that asks for work without an actor: "Who wants to…?", "退货率谁能拉一下？", "…明天能发吗？". */
export function asksForWork(s: Sentence): boolean {
  if (!s.question) return false;
  if (asksWhen(s)) return true;
  return s.zh
    ? /能(?:不能)?[^，。？]{0,8}[吗？?]|能不能|可不可以|[出发做给拉交][吗么]|来得及(?:吗|吧|么)?[？?]?$/.test(s.raw)
    : /^(?:who (?:wants|can|will|could)|who(?:'s| is) (?:taking|doing|handling|owning|going to|gonna|on)|can (?:someone|anyone|somebody))/i.test(s.text);
}

/** "退货率谁能拉一下" asks for a volunteer even without a question mark. */
export const asksForVolunteer = (s: Sentence) =>
  (s.zh
    ? /谁(?:能|来|去|可以|有空|负责|愿意)/
    : /^(?:who (?:wants|can|will|could)|who(?:'s| is) (?:taking|doing|handling|owning|going to|gonna|on)|(?:can|could|would) (?:someone|anyone|somebody)|any volunteers|(?:can|could) (?:we|i) get(?! (?:it|that|this|them)\b))\b/i
  ).test(s.text);
