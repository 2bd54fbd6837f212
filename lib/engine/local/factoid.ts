/**
 * Who / when / how-much questions get the value itself first — a name, a date, an amount as said
 * in the cited line — then the lines it comes from. The value is copied from a cited unit (never
 * composed), so it can only be wrong by picking the wrong line, not by inventing one. When no line
 * holds a value of the asked kind, no value line is written.
 */
import type { ParsedDoc } from "@/lib/ingest/types";
import { VALUE_ASKS, type AskKind } from "@/lib/engine/local/question";
import { namesInText, shortSpeaker } from "@/lib/engine/local/render";
import type { Unit } from "@/lib/engine/local/units";
import { isStopword } from "@/lib/text/stopwords";
import { hasHan } from "@/lib/text/cjk";
import { contentTerms } from "@/lib/text/terms";
import { RESERVED_DATE } from "@/lib/engine/local/commitments/draft";
import { People } from "@/lib/engine/local/commitments/people";
import { ZH_ASSENT } from "@/lib/engine/local/cues";

const ZH_NUM = "[0-9０-９.]+|[零〇一二两三四五六七八九十百千万亿点]{1,12}";
const ZH_UNIT = "(?:亿|万|千)?(?:美金|美元|元|块钱|块|人民币|个百分点|个点|个小时|小时|分钟|个月|个|人|位|套|张|台|家|篇|年|天|周|%|％|倍|分|点)";
const AMOUNT_ZH = new RegExp(`(?:百分之[零〇一二两三四五六七八九十点]+|(?:${ZH_NUM})\\s*${ZH_UNIT}?)`, "g");
// Spoken decimals too: "twelve point five Euros", "point five Euro to play with".
const EN_DIGIT = "(?:zero|one|two|three|four|five|six|seven|eight|nine)";
const EN_NUMBER = `(?:\\d[\\d,]*(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|hundred|thousand)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand))*(?: point ${EN_DIGIT})?|point ${EN_DIGIT})`;
const AMOUNT_EN = new RegExp(
  `\\$?${EN_NUMBER}(?:\\s*(?:%|percent|per cent|million|billion|k|points?|seats?|dollars|euros?|hours?|days?|weeks?|months?|years?|users?|people|accounts?))?\\b`,
  "gi",
);
const WHEN_EN =
  /\b(?:(?:by|before|on|until|till|next|this|end of(?: the)?|in)\s+)?(?:today|tonight|tomorrow|EOD|end of (?:the )?(?:day|week|month|quarter)|(?:next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|next week|two weeks|\d+ (?:days|weeks)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|the \d{1,2}(?:st|nd|rd|th))\b/i;
const WHEN_ZH =
  /(?:(?:下下|下|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|今天|明天|后天)(?:(?:早上|上午|中午|下午|晚上)?[一二三四五六七八九十两\d]{1,3}点半?)?|今晚|月底|季度末|年底|下周|下个月|\d{1,2}月\d{1,2}[日号]|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[号日]|\d{1,2}[号日]|[一二三四五六七八九十]{1,3}[号日]|\d{1,2}点/;
/** Every date of a line, blanked before amounts are read (built once, not per line). */
const WHEN_ZH_ALL = new RegExp(WHEN_ZH.source, "g");
const WHEN_EN_ALL = new RegExp(WHEN_EN.source, "gi");
// Also after a fronted topic: "And slides, I'll ping Daniel today."
const FIRST_PERSON = /^(?:\W*)(?:i(?:'ll|'m| will| can| am)?|我(?:来|去|这边|负责)?)\b|^我|[,;]\s*i(?:'ll| will|'m going to)\b/i;
const HAN_NAME = /\p{sc=Han}{2,3}/u;
// A Chinese line that itself asks who ("退货率谁能拉一下，我看…": ASR text often has no question
// mark). English transcripts mark questions, and there "who" is as often a relative pronoun.
const ASKS_WHO = /谁/;
// "He's out till March": the line's subject is someone named just before.
const PRONOUN_SUBJECT = /^\W*(?:he|she)\b|^[他她](?!们)/i;
const ZH_TAKES = /我(?:来|去|负责)(?!说|讲|看)/;
const OFFER_MODAL = /\b(?:could|would|might)\b/i;
const BUT = /\bbut\b/i;
/** "I could look at it, but I'm swamped": a conditional offer and a "but" (English; "I can…, but…" still takes it). Two tests, no backtracking between them. */
const declined = (s: string) => OFFER_MODAL.test(s) && BUT.test(s);
// "Three things today: …", "今天主要三件事": the meeting's own day frames the agenda; it dates no item of it.
const MEETING_TODAY_EN = /\b(?:things?|items?|topics?|points?|agenda)\s+(?:for\s+)?today\b|\btoday(?:'s)?\s+(?:agenda|meeting|call|sync)\b|\btoday\s*:/i;
const MEETING_TODAY_ZH = /今天(?:主要|我们|咱们|就|先)?(?:[一二三四五六七八九十两几]件事|讨论|聊|过一下|对一下|开会|的会|这个会)/;
// A date or amount in a line that says it will not hold ("原定的十二月五号上线肯定来不及了", "we won't make the 5th"):
// the line reports a plan that is off, so its value is no answer.
const OFF_PLAN = /来不及|赶不上|不行了|要推迟|得推迟|延期|\bwon't make\b|\bcan't make\b|\bslip(?:s|ped)?\b|\bpushed? back\b/i;
// "一比一点二" is a ratio, "一个是…" opens the items of a list: neither is the amount asked for.
const RATIO = /比\s*$/;
const DURATION = /\b(?:hours?|days?|weeks?|months?|years?)$/i;
const ASKS_DURATION = /how long|how many (?:hours|days|weeks|months|years)/i;
// "三件事", "three things today": the count of the meeting's own agenda items.
const AGENDA_COUNT = /^\s*(?:件事|个事|things?\b|items?\b)/i;
// The words of asking, not of the subject (the subject of "双十二预算是多少" is 十二 / 预算, not 多少).
const ASKING = /^(?:多少|什么|时候|怎么|哪些?|几|如何|how|what|when|who)$/i;
const CALENDAR = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

/** `name` as a word of its own in `text` (a Chinese name anywhere: "然后陈露，…" has no word boundary). */
function says(text: string, name: string): boolean {
  if (hasHan(name)) return name.length >= 2 && text.includes(name);
  return new RegExp(`(?:^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|[^\\p{L}])`, "u").test(text);
}

function speakerNames(doc: ParsedDoc): string[] {
  return doc.speakers.map((s) => shortSpeaker(s)).filter(Boolean);
}

/**
 * "Who approved the budget?" — "Finance signed off, Dana approved it on Monday.": the name a line makes the subject
 * of the question's own verb (a past tense, said the same way) is who did it, before anyone the line merely mentions.
 */
function doerOfAskedVerb(question: string, lines: Unit[], doc: ParsedDoc): { value: string; segs: number[] } | null {
  const verb = question.match(/^\s*who\s+(?:(?:has|had|already|just|actually|finally)\s+)*([a-z]{3,}ed)\b/i)?.[1]?.toLowerCase();
  if (!verb) return null;
  const names = [...speakerNames(doc), ...namesInText(doc)];
  const re = new RegExp(`\\b(\\p{Lu}[\\p{Ll}'-]+(?: \\p{Lu}[\\p{Ll}'-]+)?)\\s+(?:(?:has|had|already|just|actually|finally)\\s+)*${verb}\\b`, "u");
  for (const u of lines) {
    const who = u.raw.match(re)?.[1];
    if (who && names.some((n) => n === who || n.split(" ")[0] === who)) return { value: who, segs: [u.seg] };
  }
  return null;
}

function whoIn(u: Unit, all: Unit[], doc: ParsedDoc, subject: string[]): { value: string; segs: number[] } | null {
  const next = all.find((x) => x.seg === u.seg + 1);
  const v = whoName(u, next, all, doc, subject);
  if (!v) return null;
  return { value: v.value, segs: v.segs ?? (v.fromNext && next ? [u.seg, next.seg] : [u.seg]) };
}

/**
 * The one person named in the two sentences before `u` in its turn, else in the previous turn's
 * last sentence: a participant (not the one speaking) or a name the document capitalises inside
 * sentences (no month or weekday). Nobody or possibly several: no referent, no value.
 */
function referent(u: Unit, all: Unit[], doc: ParsedDoc): { value: string; seg: number } | null {
  const at = all.indexOf(u);
  const before = [all[at - 1], all[at - 2]].filter((x) => x && x.seg === u.seg);
  const prevTurn = all.slice(0, at).findLast((x) => x.seg < u.seg);
  const people = [...speakerNames(doc).filter((n) => n !== shortSpeaker(u.speaker ?? "")), ...(doc.lang === "zh" ? [] : [...namesInText(doc)].filter((w) => !CALENDAR.test(w)))];
  for (const x of before.length ? before : prevTurn ? [prevTurn] : []) {
    const found = [...new Set(people.filter((n) => says(x.raw, n)))];
    // "Raj and Priya joined…": a capitalised opening word the document never writes in lower case may be a name too.
    const opening = x.raw.match(/^\W*(\p{Lu}[\p{Ll}'-]+)/u)?.[1];
    if (opening && !found.includes(opening) && !isStopword(opening.toLowerCase()) && !doc.segments.some((g) => says(g.text, opening.toLowerCase()))) found.push(opening);
    if (found.length === 1) return { value: found[0], seg: x.seg };
    if (found.length > 1) return null;
  }
  return null;
}

function whoName(u: Unit, next: Unit | undefined, all: Unit[], doc: ParsedDoc, subject: string[]): { value: string; fromNext?: boolean; segs?: number[] } | null {
  const names = speakerNames(doc);
  // "Diego, that's yours" / "李娜负责联系供应商": a participant named in the line.
  const namedIn = (text: string) => names.filter((n) => n !== u.speaker && says(text, n));
  // A Chinese line is a clause of its sentence: "一月份的预算，吴婷你先做一个初稿" names its doer in the next one.
  const named = namedIn(u.raw).length || !hasHan(u.raw) ? namedIn(u.raw) : namedIn(u.sentence);
  // "Sofia, what's your read?": the one asked for a view is not who did or does anything.
  if (named.length === 1 && !ASKS_VIEW.test(u.raw.trim())) return { value: named[0] };
  const ref = PRONOUN_SUBJECT.test(u.raw.trim()) ? referent(u, all, doc) : null;
  if (ref) return { value: ref.value, segs: [ref.seg, u.seg] };
  // "我是今天的主持人张伟" / "主持人：张伟": a name right after the subject word.
  for (const w of subject) {
    const m = u.raw.match(new RegExp(`${w}(?:是|为|：|:)?\\s*(${HAN_NAME.source})`, "u"));
    // Only a person's name: "补偿比较好" is no name after 补偿.
    if (m && !/[的了是在和与我你您他她它这那们]/.test(m[1]) && new People(doc.speakers).owner(m[1])) return { value: m[1] };
  }
  // A question answered in the next turn: the one who answers takes it on.
  // "I could look at it, but I'm pretty swamped": an offer taken back names nobody.
  // The question must be about the asked subject: "Can it go out by Friday?" answered names no finalist.
  if (
    (/[?？]\s*$/.test(u.raw.trim()) || ASKS_WHO.test(u.sentence)) &&
    !ASKS_VIEW.test(u.raw.trim()) &&
    (!subject.length || mentions(u, subject)) &&
    next?.speaker &&
    next.speaker !== u.speaker &&
    !declined(next.sentence)
  ) {
    // "培训材料谁来准备？" "培训材料交给王磊吧": an answer that names someone else hands it to them.
    const handed = names.filter((n) => n !== shortSpeaker(next.speaker ?? "") && says(next.raw, n));
    return { value: handed.length === 1 ? handed[0] : shortSpeaker(next.speaker), fromNext: true };
  }
  // "补偿方案我来起草吧": the object put first, the speaker still takes it.
  // "好的，那我先把用例写好": an acknowledgement before the first person still leaves the speaker taking it.
  const own = u.text
    .trim()
    .replace(ZH_ASSENT, "")
    .replace(/^那么?/, "");
  if ((FIRST_PERSON.test(own) || ZH_TAKES.test(u.raw)) && u.speaker && !declined(u.sentence)) return { value: shortSpeaker(u.speaker) };
  return null;
}

/**
 * "lifted trial signups by eleven percent, but paid conversion was flat": when some clause of the line names
 * the asked subject, an amount counts only in such a clause (the 11 % is the signups', not the conversion's).
 * English clauses joined by a contrast or "and"; a Chinese line names its topic first ("双十二的话，…批的是十五万").
 */
function inSubjectClause(text: string, at: number, subject: string[]): boolean {
  const names = (c: string) => subject.some((w) => w.length >= 2 && c.toLowerCase().includes(w.toLowerCase()));
  const cuts = [...text.matchAll(/,\s*(?=(?:but|while|whereas|and)\b)|;/gi)].map((m) => m.index ?? 0);
  const clauses = [0, ...cuts.map((c) => c + 1)].map((from, i) => ({ from, to: cuts[i] ?? text.length }));
  if (!clauses.some((c) => names(text.slice(c.from, c.to)))) return true;
  const own = clauses.find((c) => at >= c.from && at < c.to);
  return !!own && names(text.slice(own.from, own.to));
}

const ASKS_PROGRESS = /什么进度|进度(?:怎么样|如何)|进展到哪|到什么程度/;
const SHARE = /percent|%|百分之|分之|一半|成$/i;
const MONEY = /[元块$¥€]|美元|美金|dollars?|euros?|yuan|rmb/i;

/** The asked word of a Chinese how-much question: the last word before 多少 ("转化率"), or a comparative verb with its 了 ("多了"). */
function zhHead(question: string): string | null {
  const before = question.split(/(?:是|有|为)?(?:多少|几)/)[0] ?? "";
  const last = contentTerms(before).at(-1);
  if (!last) return null;
  if (last.length >= 2) return last;
  return before.endsWith(`${last}了`) ? `${last}了` : null;
}

/** The clause of `text` around position `at` (between clause punctuation). */
function clauseAt(text: string, at: number): string {
  const from = Math.max(...["，", ",", "。", "；", ";", "！", "？"].map((p) => text.lastIndexOf(p, at))) + 1;
  const ends = ["，", ",", "。", "；", ";", "！", "？"].map((p) => text.indexOf(p, at)).filter((k) => k >= 0);
  return text.slice(from, ends.length ? Math.min(...ends) : text.length);
}

const ASKS_VIEW = /^(?:\S+\s+){0,3}?\p{Lu}\p{Ll}+,\s*(?:what|how|why|where|which)\b[^?]*\?$|(?:怎么看|什么看法|什么意见|怎么想|觉得呢|怎么样了?)[？?]$/u;

/** A number that names a position, not an amount: "第三步", "step three", "phase 2". */
const ORDINAL_BEFORE = /第\s*$|\b(?:step|phase|stage|round|level|version|option|item|room|number|no\.)\s+$/i;

function lastMatch(re: RegExp, text: string): string | null {
  const all = [...text.matchAll(re)];
  return all.length ? all[all.length - 1][0].trim() : null;
}

function firstMatch(re: RegExp, text: string): string | null {
  const m = text.match(re);
  return m ? m[0].trim() : null;
}

// "The landlord wants an answer by the 15th": the date by which something is to be decided, not the date of the
// thing decided ("When will the office move happen?" is not "by the 15th"). Asked about the answer itself, it is the date.
const REPLY_BY_EN = /\b(?:answer|decision|reply|response|confirmation|go-ahead|sign-off|verdict)\s+(?:from \w+\s+)?(?:(?:by|before|no later than)\s*)?$/i;
const REPLY_BY_ZH = /^(?:之前|以前|前)?(?:给|要|得|做|出)?(?:个|一个)?(?:答复|回复|决定|结论|确认)/;
const ASKS_REPLY = /\b(?:answer|decid\w*|decision|reply|respond|response|confirm\w*|sign-off|go-ahead)\b|答复|回复|决定|确认|结论/i;
function replyDeadline(line: string, date: string, question: string): boolean {
  if (ASKS_REPLY.test(question)) return false;
  const at = line.indexOf(date);
  return at >= 0 && (REPLY_BY_EN.test(line.slice(Math.max(0, at - 40), at)) || REPLY_BY_ZH.test(line.slice(at + date.length)));
}

/** The value asked for, from the best units first (`ranked`: candidate units, best first). */
/** `question`: a number the question itself contains ("双十一") is not the answer. */
export function factoidValue(ask: AskKind, ranked: Unit[], all: Unit[], doc: ParsedDoc, subject: string[], question = ""): { value: string; segs: number[] } | null {
  if (!VALUE_ASKS.has(ask)) return null;
  const zh = doc.lang === "zh";
  const asked = contentTerms(question).filter((t) => t.length >= 2 && !ASKING.test(t));
  // "双十二直播的转化率是多少？" asks for 转化率's amount: a Chinese line names several ("观看人数大概是十二万，
  // 但是转化率只有百分之一点八"), and the asked one is in the clause that holds the question's head word.
  const head = zh && ask === "amount" && !countedNoun(question).length ? zhHead(question) : null;
  const noun = countedNoun(question);
  /** `near`: only an amount in the clause holding this word; `counting`: only one that counts the asked noun. */
  const valueIn = (u: Unit, last = false, near: string | null = null, counting = false): string | null => {
    if (ask === "when") {
      const d = last ? lastMatch(zh ? WHEN_ZH_ALL : WHEN_EN_ALL, u.raw) : firstMatch(zh ? WHEN_ZH : WHEN_EN, u.raw);
      const framing = d && /^(?:today|今天)$/i.test(d) && (zh ? MEETING_TODAY_ZH : MEETING_TODAY_EN).test(u.raw);
      return framing || (d && replyDeadline(u.raw, d, question)) ? null : d;
    }
    // A date is not an amount: "下周一三个新同学" is three, not "一三个".
    const text = zh ? u.raw.replace(WHEN_ZH_ALL, (d) => " ".repeat(d.length)) : u.raw;
    const found = [...text.matchAll(zh ? AMOUNT_ZH : AMOUNT_EN)]
      .map((m) => ({
        x: m[0].trim(),
        at: m.index ?? 0,
        before: text.slice(Math.max(0, (m.index ?? 0) - 2), m.index),
        lead: text.slice(Math.max(0, (m.index ?? 0) - 12), m.index),
        after: text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12),
      }))
      .filter(
        ({ x, before, lead, after }) =>
          /[\d零〇一二两三四五六七八九十百千万亿]|[a-z]/i.test(x) &&
          !question.includes(x) &&
          !RATIO.test(before) &&
          !ORDINAL_BEFORE.test(lead) &&
          !/^\s*比/.test(after) &&
          !(x === "一个" && after.startsWith("是")) &&
          !AGENDA_COUNT.test(after),
      )
      .filter(({ at }) => zh || inSubjectClause(text, at, [...subject, ...asked]))
      .filter(({ at }) => !near || clauseAt(text, at).includes(near))
      // A length of time answers only a question about one: "three weeks of traffic" is not how much conversion changed.
      // (English only: Chinese measures a sum in time too — "补偿按一个月来谈" is a month's fee.)
      .filter(({ x }) => zh || !DURATION.test(x) || ASKS_DURATION.test(question));
    // "三个新同学入职，两个后端一个测试" asked "几个后端": the amount of the asked noun, said right before it
    // ("one colour" too, though a bare "one" / "一" is otherwise a pronoun or article, not an amount).
    const counted = [...subject, ...noun];
    if (counting) return found.find(({ after }) => countsSubject(after, noun))?.x ?? null;
    // Progress is a share ("百分之七十"), not a count; a count of something asked is not a share or a sum of money
    // ("How many steps…?" is not answered by "38 percent").
    const share = (x: string) => SHARE.test(x);
    if (ASKS_PROGRESS.test(question)) return found.find(({ x }) => share(x))?.x ?? null;
    const counts = found.find(({ after }) => countsSubject(after, counted));
    return (counts ?? found.find(({ x }) => !/^(?:one|一)$/i.test(x) && !(noun.length && (share(x) || MONEY.test(x)))))?.x ?? null;
  };
  // The best three lines, and beyond them a line that names the asked subject ("双十二的话，财务那边批的是十五万").
  const pool = ranked.filter((u, i) => i < 3 || mentions(u, subject) || (zh && u.terms.some((t) => asked.includes(t))));
  // Who: a line about the asked thing before one that only shares the question's verb ("培训材料谁负责？" is
  // answered by "培训材料交给王磊", not by "我来跟对方的负责人沟通").
  const order = ask === "who" && subject.length ? [...pool.filter((u) => mentions(u, subject)), ...pool.filter((u) => !mentions(u, subject))] : pool;
  // A line that counts the asked noun ("four engineers") before one that counts something else first ("two backend").
  if (head || (ask === "amount" && noun.length))
    for (const u of order) {
      // A value put as a question is settled by its reply: the pass below reads both.
      if (OFF_PLAN.test(u.raw) || asksBack(u)) continue;
      const v = valueIn(u, false, head, !head);
      if (v) return { value: v, segs: [u.seg] };
    }
  const doer = ask === "who" && !zh ? doerOfAskedVerb(question, order, doc) : null;
  if (doer) return doer;
  for (const u of order) {
    if (ask !== "who" && OFF_PLAN.test(u.raw)) continue;
    if (ask === "who") {
      const v = whoIn(u, all, doc, subject);
      if (v) return v;
      continue;
    }
    const v = valueIn(u);
    if (!v) continue;
    // A value inside a question is a proposal; the other speaker's reply with a value of its own settles
    // it ("要配两台手机吧？" — "一台就够了").
    const reply = asksBack(u) ? replyTo(u, all) : undefined;
    // A reply that pushes back names its counter-date last ("下周三有点紧，下周四吧").
    const settled = reply ? valueIn(reply, RESERVED_DATE.test(reply.raw)) : null;
    return settled && reply ? { value: settled, segs: [u.seg, reply.seg] } : { value: v, segs: [u.seg] };
  }
  // "Who wants to update the runbook?" — "I can do it. End of next week okay?": the value is in the reply's turn.
  if (ask === "who") return null;
  for (const u of ranked.slice(0, 3).filter(asksBack)) {
    const next = replyTo(u, all);
    for (const r of next ? all.filter((x) => x.seg === next.seg) : []) {
      const v = valueIn(r);
      if (v) return { value: v, segs: [u.seg, r.seg] };
    }
  }
  return null;
}

/** The unit names a subject word of the question (a Chinese word as written, an English one by its stem). */
function mentions(u: Unit, subject: string[]): boolean {
  return subject.some((w) => (hasHan(w) ? w.length >= 2 && u.raw.includes(w) : u.terms.includes(w) || says(u.raw.toLowerCase(), w.toLowerCase())));
}

/** The noun a how-many question counts: "有几个后端" → 后端 (as written: jieba may cut it), "how many users" → user. */
function countedNoun(question: string): string[] {
  const zh = question.match(/(?:几|多少)[个位名家台套张人天年月周次项条]?(\p{sc=Han}{2})/u)?.[1];
  const en = question
    .match(/\bhow many (\p{L}{3,})/iu)?.[1]
    ?.toLowerCase()
    .replace(/s$/, "");
  return [zh, en].filter((w): w is string => !!w);
}

/** Text right after an amount starts with a subject word ("两个后端", "five users", "三家门店"). */
function countsSubject(after: string, subject: string[]): boolean {
  // "38 percent of people": a share of the counted noun counts it.
  const head = after.replace(/^\s*(?:的|个|位|名|of (?:the |our |all )?)?/i, "");
  const word = head.match(/^[a-z]+/i)?.[0].toLowerCase();
  return subject.some((w) => (hasHan(w) ? w.length >= 2 && head.startsWith(w) : !!word && w.length >= 3 && word.startsWith(w.slice(0, Math.max(3, w.length - 1)))));
}

/** The sentence the unit was cut from asks something (ASR Chinese often drops the mark but keeps 吗). */
function asksBack(u: Unit): boolean {
  return /(?:[?？]|吗)\s*$/.test(u.sentence.trim());
}

/** The first sentence of the next turn, when another person speaks it. */
function replyTo(u: Unit, all: Unit[]): Unit | undefined {
  const next = all.find((x) => x.seg === u.seg + 1);
  return next?.speaker && next.speaker !== u.speaker ? next : undefined;
}
