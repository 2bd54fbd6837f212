/**
 * Reading a question: its content terms without the question frame ("summarize the discussion
 * about…", "总结一下…的讨论"), whether it asks for an overview or something specific, and which
 * speaker it is about ("What did Marketing think…").
 */
import nlp from "compromise";
import { contentTerms } from "@/lib/text/terms";
import { stem } from "@/lib/text/stem";
import { tagZh } from "@/lib/text/segment";

// Words that frame a question about a meeting but say nothing about its subject.
const FRAME = new Set(
  [
    "summarize",
    "summarise",
    "summary",
    "discussion",
    "discuss",
    "discussed",
    "talk",
    "talked",
    "think",
    "thought",
    "say",
    "said",
    "mention",
    "mentioned",
    "opinion",
    "meeting",
    "group",
    "team",
    "what",
    "why",
    "how",
    "did",
    "does",
    "was",
    "were",
    "about",
    "regarding",
    "detail",
    "details",
    "conclusion",
    "explain",
    "describe",
    "question",
    "questioning",
    "debate",
    "view",
    "views",
    "consider",
    "considered",
    "propose",
    "proposed",
    "suggest",
    "suggested",
    "recommend",
    "总结",
    "讨论",
    "认为",
    "看法",
    "会议",
    "关于",
    "介绍",
    "一下",
    "说明",
    "提到",
    "观点",
    "内容",
    "谈到",
    "问题",
    "如何",
    "哪些",
  ].map((w) => (/[a-z]/.test(w) ? stem(w) : w)),
);

/**
 * The closed vocabulary of asking about a meeting, beyond FRAME: question words, speech acts and
 * deliberation (decide, agree, conclude, plan), meeting roles and allocation (team, responsible,
 * 负责, 安排), generic result words (outcome, 结果). None of them names a subject, so none of them
 * can show that a meeting talked about what is asked: the not-found test (answer-support.ts)
 * looks only at the other terms — the topic. Families of words, not phrases from any corpus.
 */
const GENERIC = new Set(
  [
    // question form
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "where",
    "much",
    "many",
    "happen",
    "happened",
    "anyone",
    "someone",
    "everyone",
    "everybody",
    "people",
    // speech acts and deliberation
    "decide",
    "decided",
    "decision",
    "agree",
    "agreed",
    "agreement",
    "conclude",
    "concluded",
    "outcome",
    "result",
    "plan",
    "planned",
    "idea",
    "ideas",
    "point",
    "points",
    "topic",
    "issue",
    "issues",
    "matter",
    "reason",
    "reasons",
    "feel",
    "felt",
    "believe",
    "tell",
    "told",
    "ask",
    "asked",
    "raise",
    "raised",
    "comment",
    "comments",
    "concern",
    "concerns",
    "argue",
    "argued",
    "present",
    "presented",
    "report",
    "reported",
    "speak",
    "spoke",
    // roles and allocation
    "responsible",
    "charge",
    "volunteer",
    "volunteered",
    "assign",
    "assigned",
    "owner",
    "owns",
    "handle",
    "organise",
    "organize",
    "organising",
    "organizing",
    "lead",
    "member",
    "members",
    "participant",
    "participants",
    "staff",
    "决定",
    "决策",
    "定",
    "定了",
    "决议",
    "结论",
    "结果",
    "意见",
    "大家",
    "怎么",
    "怎么样",
    "什么",
    "哪个",
    "哪台",
    "哪位",
    "哪天",
    "谁",
    "谁来",
    "由谁",
    "多少",
    "几",
    "是否",
    "有没有",
    "最后",
    "事情",
    "情况",
    "方面",
    "安排",
    "负责",
    "计划",
    "打算",
    "提出",
    "同意",
    "怎么看",
    "讨论结果",
    "什么时候",
    "时候",
    "会上",
    "会议",
  ].map((w) => (/[a-z]/.test(w) ? stem(w) : w)),
);

/**
 * Aspect nouns name a facet of a subject (its advantages, cost, status, structure), not a
 * subject: a meeting can discuss the disadvantages of ATLAS without ever saying "disadvantages".
 * So they never decide whether a topic is present; the subject nouns do.
 */
const ASPECT = new Set(
  [
    "advantage",
    "disadvantage",
    "pro",
    "con",
    "benefit",
    "drawback",
    "problem",
    "option",
    "alternative",
    "size",
    "cost",
    "price",
    "status",
    "progress",
    "update",
    "structure",
    "appearance",
    "content",
    "direction",
    "evaluation",
    "reason",
    "approach",
    "way",
    "method",
    "difficulty",
    "feature",
    "role",
    "impact",
    "effect",
    "future",
    "summary",
    "detail",
    "aspect",
    "part",
    "kind",
    "type",
    "situation",
    "process",
    "suggestion",
    "proposal",
    "view",
    "requirement",
    "need",
    "goal",
    "purpose",
    "importance",
    "quality",
    "change",
    "improvement",
    "development",
    "strategy",
    "responsibility",
    "relationship",
    "possibility",
    "solution",
    "answer",
    "work",
    "task",
    "job",
    "step",
    "stage",
    "phase",
    "mate",
    "presentation",
    "thought",
    "opinion",
    "overview",
    "performance",
    "current",
    "example",
    "number",
    "amount",
    "percentage",
    "figure",
    "total",
    "date",
    "time",
    "day",
    "deadline",
    "name",
    "优点",
    "缺点",
    "好处",
    "问题",
    "方案",
    "选项",
    "成本",
    "费用",
    "价格",
    "进展",
    "进度",
    "状态",
    "情况",
    "结构",
    "内容",
    "方向",
    "评价",
    "评估",
    "原因",
    "方法",
    "办法",
    "难点",
    "困难",
    "功能",
    "作用",
    "影响",
    "未来",
    "细节",
    "部分",
    "类型",
    "过程",
    "建议",
    "需求",
    "目标",
    "目的",
    "质量",
    "变化",
    "改进",
    "策略",
    "责任",
    "关系",
    "能力",
    "时间",
    "日期",
    "数量",
    "数字",
    "比例",
    "名字",
    "哪些",
    "看法",
    "想法",
  ].map((w) => (/[a-z]/.test(w) ? stem(w) : w)),
);

/**
 * The subject nouns of a question (proper nouns, acronyms, common nouns and numbers), tagged by
 * compromise (English) or jieba (Chinese), without question-form, generic meeting and aspect
 * words. Verbs and adjectives are left out: people paraphrase them ("elaborate", "reduce");
 * the things talked about keep their names.
 */
/**
 * Nouns made from verbs and adjectives (arrangement, accusation, analyses, hiring, nonuniformity)
 * name events and properties, which people word in many ways: like verbs they do not decide
 * whether a subject is present. Concrete and proper nouns (garage, Berlin, ATLAS) do.
 */
const NOMINALIZATION = /(?:ments?|ity|ities|ness|sions?|tions?|ances?|ences?|ysis|yses|ings?|ures?|ships?|isms?|als?)$/;

const STOP_ZH = (w: string) => contentTerms(w).length === 0;

function subjectNouns(body: string, keep: (t: string) => boolean, names: string[] = []): string[] {
  const out: string[] = [];
  const add = (w: string, name = false) => {
    for (const t of contentTerms(w)) {
      if (!keep(t) || GENERIC.has(t) || ASPECT.has(t)) continue;
      out.push(t);
      if (name) names.push(t);
    }
  };
  if (/[\u4e00-\u9fff]/.test(body)) {
    const nouns: Array<{ word: string; name: boolean }> = [];
    let prevName = false;
    for (const { word, tag } of tagZh(body) ?? []) {
      const noun = /^(?:n|nr|ns|nt|nz|ng|nrt|nrfg|eng|vn)$/.test(tag) || (tag === "m" && /\d/.test(word));
      const name = /^(?:nr|ns|nt|nz|nrt|eng)$/.test(tag);
      // A name joined with a generic noun is one name: 腾讯 + 会议 → 腾讯会议 (会议 alone says nothing).
      if (noun && prevName && GENERIC.has(word)) nouns[nouns.length - 1].word += word;
      else if (noun) nouns.push({ word, name });
      prevName = name;
    }
    for (const n of nouns) {
      if (GENERIC.has(n.word) || ASPECT.has(n.word) || STOP_ZH(n.word)) continue;
      if (/[\u4e00-\u9fff]/.test(n.word)) {
        out.push(n.word);
        if (n.name) names.push(n.word);
      } else add(n.word, n.name);
    }
  } else {
    const doc = nlp(body);
    for (const t of doc.json({ terms: { normal: true } }) as Array<{ terms: Array<{ normal: string; tags: string[] }> }>) {
      for (const term of t.terms) {
        const noun = term.tags.some((g) => g === "Noun" || g === "Acronym" || g === "Value") && !term.tags.includes("Pronoun");
        const name = term.tags.includes("ProperNoun") || term.tags.includes("Acronym");
        if (noun && (name || !NOMINALIZATION.test(term.normal))) add(term.normal, name);
      }
    }
  }
  return [...new Set(out)];
}

export type AskKind = "who" | "when" | "amount" | "other";

const ASK_WHO = /\bwho(?:m|se)?\b|\bwhich (?:person|people|member)\b|谁|哪位|什么人/i;
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

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Honorifics and role words shared by many labels never identify one speaker on their own.
const NOT_DISTINCTIVE = /^(?:mr|mrs|ms|dr|hon|the|acting|chair|chairman|chairwoman|president|minister|member|speaker|manager|and|of|\d+)$/i;

/** Words of a label that can name its speaker alone: "PhD F" → F, "Professor B" → Professor, B. */
function aliasWords(label: string): string[] {
  return label
    .replace(/\([^)]*\)/g, " ")
    .split(/[\s.,]+/)
    .filter((w) => w && /^[\p{Lu}\d]/u.test(w) && !NOT_DISTINCTIVE.test(w));
}

function mentions(q: string, needle: string, caseSensitive: boolean): string | null {
  const re = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${escapeRe(needle)})(?:$|[^\\p{L}\\p{N}])`, caseSensitive ? "u" : "iu");
  const m = q.match(re);
  // A capital "A" opening the question is an article, not speaker A.
  return m && !(needle.length === 1 && (m.index ?? 0) === 0) ? needle : null;
}

export function readQuestion(q: string, speakers: string[]): QuestionInfo {
  const aliasCount = new Map<string, number>();
  for (const s of speakers) for (const w of new Set(aliasWords(s))) aliasCount.set(w, (aliasCount.get(w) ?? 0) + 1);
  const named: string[] = [];
  let body = q;
  for (const s of speakers) {
    const label = s.trim();
    if (!label) continue;
    const said =
      mentions(q, label, label.length <= 2) ??
      aliasWords(label)
        .filter((w) => aliasCount.get(w) === 1)
        .map((w) => mentions(q, w, true))
        .find(Boolean);
    if (!said) continue;
    named.push(s);
    body = body.split(said).join(" ");
  }
  const keep = (t: string) => !FRAME.has(t) && !FRAME.has(t.replace(/^#/, ""));
  const terms = contentTerms(body, { bigrams: true }).filter(keep);
  const m = body.match(CONTEXT_EN) ?? body.match(CONTEXT_ZH);
  const context = m ? contentTerms(m[1].replace(/^[a-z]+ing\s+(?:about\s+|on\s+|of\s+)?/i, ""), { bigrams: true }).filter(keep) : [];
  const focus = m ? contentTerms(body.replace(m[0], " "), { bigrams: true }).filter(keep) : terms;
  const names: string[] = [];
  const topic = subjectNouns(body, keep, names);
  return { kind: OVERVIEW.test(q) ? "overview" : "specific", terms, speakers: named, context, focus, topic, names: [...new Set(names)], ask: askKind(q) };
}
