/**
 * Does a sentence stand on its own as a point of minutes or a document summary? Meeting
 * transcripts are full of talk about the meeting itself (greetings, "can you hear me", "下一页"),
 * and extractive selection cuts clauses loose from the subject or the main clause they belong to;
 * papers carry author lists and references. Each check names one general property of such text
 * (a cue family, a grammatical shape), so it carries over to meetings and papers we never saw.
 */
import nlp from "compromise";
import { tagZh, type TaggedWord } from "@/lib/text/segment";
import { trimEndChars } from "./scan";
import { hanCount, hasHan } from "@/lib/text/cjk";

export type Issue = "housekeeping" | "bibliographic" | "short" | "fragment" | "dangling" | "pronoun" | "subjectless";

const wordCount = (t: string) => t.match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu)?.length ?? 0;

// ---- Housekeeping: talk about the meeting, not its subject. Cue families, both languages. ----
// Greetings and thanks open or close a turn; a unit that starts with one is ceremony.
const ZH_CEREMONY_END = /(?:谢谢|感谢|谢谢大家|谢谢各位)[。！!]?$/;
const ZH_CEREMONY = /^(?:大家好|各位好|你好|您好|早上好|下午好|晚上好|谢谢|感谢|非常感谢|多谢|欢迎|再见|辛苦了|好的?，?谢谢)/;
const EN_CEREMONY = /^(?:hi|hello|hey|good (?:morning|afternoon|evening)|welcome|thanks?(?: you)?|thank you|bye|goodbye|see you|nice to (?:meet|see))\b/i;
// The meeting's mechanics: audio and screens, who is here, moving through slides, recording, time.
const ZH_MECHANICS =
  /听得(?:到|见|清)|看得(?:到|见)|能听到|能看到|声音|麦克风|开麦|静音|共享屏幕|屏幕共享|投屏|到齐|都到了|人齐|还有谁没|等一下|稍等|下一页|上一页|翻页|下一张|这一页|下一个问题|最后一个问题|下一题|录音|录屏|录制|开始吧|今天就到这|先到这|散会|休息一下|时间关系|时间差不多/;
const EN_MECHANICS =
  /\b(?:can (?:you|everyone|everybody) (?:hear|see)|hear me|see my screen|share my screen|sharing my screen|on mute|unmute|you'?re muted|next slide|previous slide|go back a slide|is everyone here|everyone'?s here|waiting for|let'?s get started|get started|let'?s start|start recording|recording|that'?s all for today|wrap (?:it )?up|take a break|running out of time|out of time)\b/i;

// Pleasure at taking part ("我很高兴今天能够在这里跟大家一起聊…", "很荣幸参加这次论坛"): ceremony in any
// position of the unit, since the speaker's pleasure is about the occasion, not the subject.
const ZH_PLEASURE = /(?:高兴|荣幸|开心)(?:今天|能够?|有机会|在这里|来到|参加|参与|跟大家|和大家|与大家|和各位|跟各位|与各位)/;

export function isHousekeeping(text: string): boolean {
  const t = text.trim();
  if (hasHan(t)) {
    if (ZH_CEREMONY.test(t) || ZH_CEREMONY_END.test(t) || ZH_PLEASURE.test(t)) return true;
    // Mechanics cues decide only in short units: "录音笔的续航是卖点" is content.
    return hanCount(t) <= 16 && ZH_MECHANICS.test(t);
  }
  if (EN_CEREMONY.test(t)) return true;
  return wordCount(t) <= 14 && EN_MECHANICS.test(t);
}

// ---- Bibliographic lines: what a paper's front matter and references are made of. ----
const BIB_CUES = [
  /\b(?:in )?proceedings of\b/i,
  /\b(?:doi|arxiv)\s*[:.]?\s*\S+/i,
  /\b10\.\d{4,9}\/\S+/,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/,
  /https?:\/\/|www\./i,
  /\b(?:association for computational linguistics|conference on|journal of|transactions on|workshop on|vol\.|pp\.|isbn|issn)\b/i,
  /\b(?:corresponding author|equal contribution|copyright|all rights reserved|licensed under)\b/i,
  /通讯作者|参考文献|版权所有|^作者[:：]|^摘要[:：]?$/,
];
const AFFILIATION =
  /\b(?:university|universität|université|institute|department|laboratory|labs?|school of|college|academy|inc\.|corp\.|ltd\.)\b|大学|学院|研究所|研究院|研究中心|实验室|有限公司/i;
const CITATION = /\(\s*[A-Z][\p{L}'-]+(?: et al\.?| and [A-Z][\p{L}'-]+)?,? \d{4}[a-z]?\s*\)|\b[A-Z][\p{L}'-]+ et al\.?,? \(?\d{4}/gu;

export function isBibliographic(text: string): boolean {
  const t = text.trim();
  if (BIB_CUES.some((re) => re.test(t))) return true;
  const words = wordCount(t);
  // Three or more references in one sentence: a related-work list, not a statement.
  if ((t.match(CITATION)?.length ?? 0) >= 3) return true;
  // An affiliation line has the institution's words and no verb.
  if (AFFILIATION.test(t) && words <= 20 && !hasVerbEn(t) && !hasHan(t)) return true;
  if (hasHan(t) && AFFILIATION.test(t) && hanCount(t) <= 30 && !/[，。！？]/.test(t.replace(/[。]$/, "")) && !tagZh(t)?.some((w) => /^v[dig]?$/.test(w.tag))) return true;
  // An author list: capitalised names separated by commas/"and", nothing else.
  const names = t
    .replace(/[\d*†‡§¶,;·•]+/g, " ")
    .split(/\s+(?:and\s+)?|\s*&\s*/)
    .filter(Boolean);
  if (names.length >= 4 && !hasHan(t) && names.every((w) => /^[A-Z][\p{L}'.-]*$/u.test(w) || w === "and")) return true;
  return false;
}

// ---- English grammar (compromise's tagger; only run on sentences about to be shown). ----
const verbCache = new Map<string, boolean>();
function hasVerbEn(text: string): boolean {
  let v = verbCache.get(text);
  if (v === undefined) {
    if (verbCache.size > 20_000) verbCache.clear();
    const doc = nlp(text);
    // A gerund alone ("Collecting data") names an activity; it is not a predicate.
    v = doc.has("#Verb") && doc.match("#Verb").not("#Gerund").found;
    verbCache.set(text, v);
  }
  return v;
}

/**
 * "lifted trial signups by eleven percent": a piece that opens on a finite verb (past tense, or
 * present tense that is not an imperative) is a predicate whose subject was cut off before it — a
 * long sentence split at the comma after "Variant B, the one with annual billing shown first,".
 */
const finiteCache = new Map<string, boolean>();
export function opensWithFiniteVerb(text: string): boolean {
  let v = finiteCache.get(text);
  if (v === undefined) {
    if (finiteCache.size > 20_000) finiteCache.clear();
    const first = (nlp(text.trim()).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [];
    const has = (tag: string) => first.includes(tag);
    v = has("Verb") && !has("Gerund") && !has("Infinitive") && !has("Imperative") && !has("Participle") && (has("PastTense") || has("PresentTense"));
    finiteCache.set(text, v);
  }
  return v;
}

const EN_SUBORDINATE = /^(?:because|since|although|though|unless|whereas|while|if|when|whenever|as if|so that|in order to|which|who|whom|whose|where|whether)\b/i;
// A sentence that ends on a word which must be followed by something was cut off.
const EN_OPEN_END =
  /\b(?:the|a|an|to|of|in|on|at|for|with|from|by|and|or|but|that|which|who|is|are|was|were|be|would|will|can|could|should|my|your|our|their|this|these|its|than|as|like|if|because|so)\s*[.?!]*$/i;
// Third-person pronouns and demonstratives as the subject: who or what they are is elsewhere.
const EN_PRONOUN_SUBJECT = /^(?:they|them|he|she|it|this|that|these|those|there)(?:'s|'re|'d|'ll|'ve)?\b(?!\s+(?:is|was|are|were)\s+(?:a|an|the)\b)/i;

// The same in a question, after its auxiliary ("Can it go out by Friday?", "Did they sign?").
const EN_PRONOUN_QUESTION = /^(?:can|could|will|would|should|is|was|are|were|do|does|did|has|have)\s+(?:it|they|he|she|that|this|these|those)\b[^?]*\?$/i;

// Short words a sentence may end on; any other 1–2 letter ending is a word broken off ("give th").
const EN_SHORT_END = new Set("a i an am as at be by do go he hi if in is it me my no of ok on or so to up us we tv pm ui id".split(" "));

function englishIssue(t: string): Issue | null {
  const words = wordCount(t);
  if (words < 5) return "short";
  if (EN_OPEN_END.test(t) || /[—–-]\s*[.?!]*$/.test(t)) return "dangling";
  const lastWord = t.match(/([A-Za-z]+)\W*$/)?.[1] ?? "";
  if (lastWord.length <= 2 && /^[a-z]+$/.test(lastWord) && !EN_SHORT_END.has(lastWord)) return "dangling";
  // "A belief-net, which is going to…": a noun phrase and its relative clause, no main verb.
  const head = t.match(/^([^,]+),\s*(?:which|who|whose|where)\b/i)?.[1];
  if (head && !hasVerbEn(head)) return "fragment";
  if (EN_SUBORDINATE.test(t) && !/,/.test(t)) return "dangling";
  if (!hasVerbEn(t)) return "fragment";
  if (opensWithFiniteVerb(t)) return "subjectless";
  if (EN_PRONOUN_QUESTION.test(t)) return "pronoun";
  if (EN_PRONOUN_SUBJECT.test(t) && !/^(?:this|that|these|those)\s+[a-z]+\s+(?:is|are|was|were|has|have|will|would|should|can)\b/i.test(t)) return "pronoun";
  return null;
}

// ---- Chinese grammar from jieba's part-of-speech tags. ----
// Conjunctions that open a subordinate clause: on their own they still need the main clause.
const ZH_SUBORDINATE = new Set("因为 由于 如果 假如 假设 要是 虽然 虽说 尽管 即使 哪怕 只要 只有 除非 既然 无论 不管 不论 随着 为了 等到 一旦".split(" "));
// Prepositions that open a framing phrase ("在…过程中", "当…的时候", "对于…来说").
const ZH_FRAME = new Set("在 当 从 自从 对于 关于 随着 针对 作为 通过 就 对".split(" "));
const ZH_FRAME_END = /(?:中|时|时候|之后|以后|之前|以前|以来|方面|上|下|里|来说|而言|来讲|为止|当中|之中|之间|期间|过程)$/;
// A clause ending on one of these is a time or condition frame still waiting for its main clause;
// one starting on one of them is the tail of a frame cut off before it.
// "不管是技术公司也好，…" / "A也罢，B也罢" lists alternatives for a main clause that follows.
// A circumstance frame ("在疫情的情况下", "在…基础上") waits for its main clause wherever it starts.
const ZH_SUBORDINATE_END = /(?:时候|的时|的话|之后|以后|过程中|当中|之中|期间|来说|来讲|而言|也好|也罢|(?:情况|背景|前提|条件|形势)下|基础上)$/;
const ZH_FRAME_TAIL = new Set("来说 来讲 而言 的话 时候 之后 以后 当中".split(" "));
// Correlatives that only complete a previous clause ("才能够更好地服务…" needs its "只有…").
// (Weaker ones — 也, 就, 还 — open many self-contained spoken clauses; filtering them cost
// VCSum ~1 R-L point on the development slice, so they are left.)
const ZH_LEANING = new Set("才 却 则 其中".split(" "));
const ZH_FRAME_LEAD = /^(?:比如说|比如|例如|譬如|特别是|尤其是)/;
const ZH_LIST_LINK = new Set("以及 及".split(" "));
// "是" as the copula, not inside an adverb ("特别是", "就是", "还是").
const COPULA_BLOCKERS = /^(?:特别|尤其|就|还|只|总|正|或|要|可|于|也|但|不)$/;
// Speaker and addressee: subjects the reader can resolve from who is speaking.
const ZH_PERSONAL = new Set("我 我们 咱们 咱 你 你们 您 大家 各位".split(" "));
const ZH_THIRD = new Set("他 她 它 他们 她们 它们 其 此".split(" "));
// Verbs of thinking and saying report someone's view: without the someone ("认为…", "就觉得…") the
// point has lost its holder, which written Chinese never drops.
const ZH_STANCE = new Set("认为 觉得 以为 表示 提到 指出 强调 建议 主张 希望 感觉 发现 说".split(" "));
const isNominal = (t: TaggedWord) => /^(?:n|nr|ns|nt|nz|nrt|vn|an|eng|j|l|i)$/.test(t.tag) || ZH_PERSONAL.has(t.word);
// Negated adjectives ("不好", "不错") are tagged as adverbs but predicate like adjectives.
const isPredicate = (t: TaggedWord) => /^(?:v|vd|vi|vg|vq|a|ad|ag|l|i|z)$/.test(t.tag) || t.word === "是" || t.word === "有" || /^[不没]\p{sc=Han}$/u.test(t.word);

const isListItem = (rest: TaggedWord[]) => rest.some((w) => /^n/.test(w.tag)) && !rest.some((w) => /^(?:v|vd|vi|vg|vq)$/.test(w.tag) || w.word === "是" || w.word === "有");

function chineseIssue(t: string): Issue | null {
  if (hanCount(t) < 8) return "short";
  const tags = tagZh(trimEndChars(t, "。！？；"));
  if (!tags) return null;
  const words = tags.filter((w) => w.tag !== "x" || hasHan(w.word));
  if (!words.length) return "fragment";
  const last = words.at(-1)!;
  // "…之间的" waits for its noun; "是…的" is a complete sentence.
  const copula = words.some((w, i) => w.word === "是" && !COPULA_BLOCKERS.test(words[i - 1]?.word ?? ""));
  if (/^(?:p|c)$/.test(last.tag) || (last.tag === "uj" && !copula)) return "dangling";
  const first = words[0];
  if (ZH_FRAME_TAIL.has(first.word)) return "fragment";
  const clauses = trimEndChars(t, "。！？；")
    .split(/[，,；;：:]/)
    .filter((c) => hasHan(c));
  if (ZH_SUBORDINATE.has(first.word) && clauses.length < 2) return "dangling";
  if (ZH_SUBORDINATE_END.test(clauses.at(-1) ?? "")) return "dangling";
  // An example or focus marker may open the frame ("比如说在数据流转的效率方面").
  const lastClause = tagZh((clauses.at(-1) ?? "").replace(ZH_FRAME_LEAD, ""))?.filter((w) => w.tag !== "x") ?? [];
  if (lastClause.length && ZH_FRAME.has(lastClause[0].word) && ZH_FRAME_END.test(lastClause.at(-1)!.word)) return "dangling";
  // "以及…" adds to a list said before it: joined to the clause before it when there is one.
  if (ZH_LIST_LINK.has(first.word)) return "subjectless";
  // "还有新官网的上线时间": the next item of a list ("今天三件事，一个是…，还有…"), a noun phrase
  // with no verb of its own; it names a subject without saying anything about it.
  if (first.word === "还有" && isListItem(words.slice(1))) return "fragment";
  // An example marker ("比如说", tagged as an idiom) opens the sentence; it is not its predicate.
  if (!words.some((w, i) => isPredicate(w) && !(i === 0 && ZH_FRAME_LEAD.test(w.word)))) return "fragment";
  return zhSubjectIssue(words);
}

/**
 * The subject of the first clause: a pronoun without antecedent, or none before the verb. Written
 * Chinese drops subjects freely ("需要精准监管"), so a missing subject counts only where the doer
 * is the point: a deadline before the verb ("周五前拿到至少三家的报价") is someone's task.
 */
function zhSubjectIssue(words: TaggedWord[]): Issue | null {
  let timed = false;
  if (ZH_LEANING.has(words[0].word) || words[0].word === "是") return "subjectless";
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (ZH_THIRD.has(w.word)) return "pronoun";
    if (w.tag === "r" && /^[这那]/.test(w.word)) {
      // "这种模式" names its noun; a bare "这/那" ("这是…", "这些就…") stands for something said before.
      const next = words[i + 1];
      if (!next) return "pronoun";
      if (w.word.length > 1) return /^(?:是|就|也|都|会|还|可以)$/.test(next.word) ? "pronoun" : null;
      return isNominal(next) || /^(?:q|m)$/.test(next.tag) ? null : "pronoun";
    }
    if (isNominal(w) || w.tag === "r" || w.tag === "m") return null;
    // Time, adverbs, conjunctions, locatives and prepositional phrases may precede the subject.
    if (w.tag === "t" || (w.tag === "f" && /^(?:前|之前|以前|以后|之后)$/.test(w.word))) timed = true;
    if (/^(?:t|d|c|f|p|s|b|zg|ul|uj|ud|ug|uv|uz|y|e|o|q|x)$/.test(w.tag)) continue;
    if (w.word === "有") return null; // existential: "有一个问题…"
    if (ZH_STANCE.has(w.word)) return "subjectless";
    if (isPredicate(w)) return timed ? "subjectless" : null;
  }
  return null;
}

/**
 * "博士中国主要是做汽车，他们几个老总。" → "博士中国主要是做汽车。": a last clause with no predicate after
 * a clause that has one is what a speaker trailed off with (an afterthought, a restart left
 * unfinished); the point ends before it. Questions and lists keep their clauses ("…，什么时候？").
 */
export function dropTrailingPhrase(text: string): string {
  const body = trimEndChars(text, "。！；!;");
  if (/[？?]$/.test(body)) return text;
  const cut = Math.max(body.lastIndexOf("，"), body.lastIndexOf(","));
  if (cut <= 0) return text;
  const tail = tagZh(body.slice(cut + 1))?.filter((w) => hasHan(w.word));
  const head = tagZh(body.slice(0, cut));
  // A list ("…三个目标，速度、质量和成本") spells out what the clause before it announced.
  if (!tail?.length || tail.some((w) => isPredicate(w) || w.tag === "c") || /、/.test(body.slice(cut)) || !head?.some(isPredicate)) return text;
  return body.slice(0, cut) + text.slice(body.length);
}

const noiseCache = new Map<string, boolean>();

/** Housekeeping or a bibliographic line: never a point or a bullet. Cached: transcripts repeat lines. */
export function isNoise(text: string): boolean {
  let v = noiseCache.get(text);
  if (v === undefined) {
    if (noiseCache.size > 50_000) noiseCache.clear();
    noiseCache.set(text, (v = isHousekeeping(text) || isBibliographic(text)));
  }
  return v;
}

/** Why `text` (already cleaned) cannot stand alone as a point, or null when it can. */
export function standaloneIssue(text: string): Issue | null {
  const t = text.trim();
  if (!t) return "short";
  if (isHousekeeping(t)) return "housekeeping";
  if (isBibliographic(t)) return "bibliographic";
  return hasHan(t) ? chineseIssue(t) : englishIssue(t);
}

/** Issues a longer context can repair (join the previous clause) rather than ones that disqualify. */
export const NEEDS_CONTEXT: ReadonlySet<Issue> = new Set<Issue>(["pronoun", "subjectless"]);
