/**
 * Reading a question: its content terms without the question frame ("summarize the discussion
 * about…", "总结一下…的讨论"), whether it asks for an overview or something specific, which
 * speaker it is about ("What did Marketing think…", question-speakers.ts), its subject nouns
 * (question-subject.ts) and what kind of value it asks for (a person, a date, an amount).
 */
import { contentTerms } from "@/lib/text/terms";
import { FRAME } from "@/lib/engine/local/question-words";
import { subjectNouns } from "@/lib/engine/local/question-subject";
import { namedSpeakers } from "@/lib/engine/local/question-speakers";

/** "decision": what the group settled (or left open) about something; "yesno": a polar question. */
export type AskKind = "who" | "when" | "amount" | "decision" | "yesno" | "other";

/** The kinds whose answer is a value copied from a line (factoid.ts). */
export const VALUE_ASKS: ReadonlySet<AskKind> = new Set(["who", "when", "amount"]);

// English "who" asks only among the question's first words ("So who will…", "To whom…"); later it
// is a relative pronoun ("… support for those who were in foster care").
const ASK_WHO = /^\W*(?:\S+\s+){0,2}who(?:m|se)?\b|\bwhich (?:person|people|member)\b|谁|哪位|什么人/i;
const ASK_WHEN = /\bwhen\b|\bwhat (?:date|day|time)\b|\bby when\b|\bhow soon\b|什么时候|哪天|几号|何时|什么时间|几点/i;
const ASK_AMOUNT =
  /\bhow (?:much|many|long|big|large|high|low)\b|\bwhat (?:percentage|percent|share|number|amount|price|cost|budget|figure|total)\b|多少|几[个年月天周次张台家套人点项]|多大|多长|多高|比例|百分之几|什么进度|进度(?:怎么样|如何)|进展到哪|到什么程度/i;

// Asking what was settled: a verb or noun of deciding ("What did they decide about X", "Was anything agreed on X",
// "关于X决定了什么", "X最后定了吗"). Asked after who / when / how much: "Who decided…" asks for a person.
const ASK_DECISION =
  /\b(?:decid(?:e|ed|es|ing)|decisions?|agree(?:d|ment)?|settled?|conclu(?:de|ded|sion)|resolved?|finali[sz]ed?)\b|决定|决议|定了|定下|定没定|怎么定|结论|敲定|拍板|达成/i;
// A polar question opens with an auxiliary ("Is guest checkout the default?", "Did we test…"); one offering
// alternatives ("… or do we push account creation?") is not answered yes or no.
const POLAR_EN =
  /^\W*(?:(?:so|and|but|okay|ok|then)[,\s]+)?(?:is|are|was|were|am|do|does|did|will|would|can|could|should|shall|has|have|had|may|might|must)(?:n't)?\b(?![^?]*\bor\b)/i;
// Chinese asks yes or no with a final 吗, an A-not-A verb (是不是, 有没有, 定没定) or 是否, and never with a question word.
const POLAR_ZH = /[吗么][？?]?\s*$|(\p{sc=Han})[不没]\1|是否|了没有?[？?]?\s*$/u;
const WH_ZH = /谁|什么|哪|几|多少|怎么|怎样|如何|为什么|为何|还是/;

/** A yes/no question (not one offering alternatives, nor a wh-question). */
export function isPolar(q: string): boolean {
  return POLAR_EN.test(q) || (POLAR_ZH.test(q) && !WH_ZH.test(q));
}

// Asking why or how something was decided, or someone's view of a decision ("What was Kirsty Williams' opinion of
// the decision…"), asks for reasons or a view, not for what was settled.
const ASK_REASON = /^\W*(?:why|how)\b|\b(?:opinion|think|thought|feel|felt|view|views|position|stance|reaction)\b|为什么|为何|怎么看|看法/i;

function askKind(q: string): AskKind {
  if (ASK_WHO.test(q)) return "who";
  if (ASK_WHEN.test(q)) return "when";
  if (ASK_AMOUNT.test(q)) return "amount";
  if (ASK_DECISION.test(q) && !ASK_REASON.test(q) && !OVERVIEW.test(q)) return "decision";
  if (isPolar(q)) return "yesno";
  return "other";
}

const OVERVIEW =
  /\b(?:summari[sz]e|summary|overview|recap|main points|key points|discussion (?:about|on|of)|what (?:was|were) (?:discussed|the discussions?)|what was the discussion)\b|总结|概括|概述|主要讲|讲了什么|讨论了什么|有哪些要点/i;

export interface QuestionInfo {
  kind: "overview" | "specific";
  terms: string[];
  /** Speaker labels of the document that the question names. */
  speakers: string[];
  /**
   * Terms of a context clause ("… when discussing the target group", "在讨论预算时…"): the
   * discussion the asked point sits in. `terms` holds them too; `focus` holds the rest.
   */
  context: string[];
  focus: string[];
  /** The subject asked about: its nouns (no bigrams), without FRAME, GENERIC or ASPECT words. */
  topic: string[];
  /** The subject words that are names (proper nouns, acronyms, products): the entity asked about. */
  names: string[];
  /** What kind of value the question asks for: a person, a date or time, an amount, a decision, yes or no, or other. */
  ask: AskKind;
  /** Asked yes or no ("Is X the default?", "X最后定了吗？"), a decision question too. */
  polar: boolean;
}

// "… when talking about X", "… while presenting X", "… during the X": X names the surrounding discussion.
const CONTEXT_EN = /[\s,]+(?:when|while|during)\s+(.+?)[?.!]*$/i;
const CONTEXT_ZH = /(?:在|当)([^，。？！]{2,30}?)(?:时|的时候|期间)[，,]?/;

// "这周要不要加投信息流？": the A-not-A form asks yes or no; its words are the verb once ("要"), not "不要".
const A_NOT_A = /(\p{sc=Han})[不没]\1/gu;
// With the verb a who-question wraps around it ("谁负责X", "由谁来跟进X"): that asks who does X.
const WH_WORD_ZH = /(?:由|是)?谁(?:来|去)?(?:负责|跟进|牵头)?|什么|多少|哪(?:个|位|些|天|里|儿)?/g;

export function readQuestion(q: string, speakers: string[]): QuestionInfo {
  const { speakers: named, body: asked } = namedSpeakers(q, speakers);
  // The question word names nothing asked: kept, "谁" and "#谁来" ranked the line asking "验收材料谁来准备？" first
  // for "谁负责写用例？".
  const body = asked.replace(A_NOT_A, "$1").replace(WH_WORD_ZH, "，");
  const keep = (t: string) => !FRAME.has(t) && !FRAME.has(t.replace(/^#/, ""));
  const terms = contentTerms(body, { bigrams: true }).filter(keep);
  const m = body.match(CONTEXT_EN) ?? body.match(CONTEXT_ZH);
  const context = m ? contentTerms(m[1].replace(/^[a-z]+ing\s+(?:about\s+|on\s+|of\s+)?/i, ""), { bigrams: true }).filter(keep) : [];
  const focus = m ? contentTerms(body.replace(m[0], " "), { bigrams: true }).filter(keep) : terms;
  const names: string[] = [];
  const topic = subjectNouns(body, keep, names);
  return {
    kind: OVERVIEW.test(q) ? "overview" : "specific",
    terms,
    speakers: named,
    context,
    focus,
    topic,
    names: [...new Set(names)],
    ask: askKind(m ? asked.replace(m[0], " ") : asked),
    polar: isPolar(asked),
  };
}
