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

export type AskKind = "who" | "when" | "amount" | "other";

// English "who" asks only among the question's first words ("So who will…", "To whom…"); later it
// is a relative pronoun ("… support for those who were in foster care").
const ASK_WHO = /^\W*(?:\S+\s+){0,2}who(?:m|se)?\b|\bwhich (?:person|people|member)\b|谁|哪位|什么人/i;
const ASK_WHEN = /\bwhen\b|\bwhat (?:date|day|time)\b|\bby when\b|\bhow soon\b|什么时候|哪天|几号|何时|什么时间|几点/i;
const ASK_AMOUNT =
  /\bhow (?:much|many|long|big|large|high|low)\b|\bwhat (?:percentage|percent|share|number|amount|price|cost|budget|figure|total)\b|多少|几[个年月天周次张台家套人点项]|多大|多长|多高|比例|百分之几/i;

function askKind(q: string): AskKind {
  if (ASK_WHO.test(q)) return "who";
  if (ASK_WHEN.test(q)) return "when";
  if (ASK_AMOUNT.test(q)) return "amount";
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
  /** What kind of value the question asks for: a person, a date or time, an amount, or other. */
  ask: AskKind;
}

// "… when talking about X", "… while presenting X", "… during the X": X names the surrounding discussion.
const CONTEXT_EN = /[\s,]+(?:when|while|during)\s+(.+?)[?.!]*$/i;
const CONTEXT_ZH = /(?:在|当)([^，。？！]{2,30}?)(?:时|的时候|期间)[，,]?/;

export function readQuestion(q: string, speakers: string[]): QuestionInfo {
  const { speakers: named, body } = namedSpeakers(q, speakers);
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
    ask: askKind(m ? body.replace(m[0], " ") : body),
  };
}
