/**
 * Guesses the type of a meeting from how it is structured (who talks, how much, who asks) and from
 * its vocabulary. A small linear scorer over features, not rules per phrase: each type adds its
 * structural evidence to the density of its signal words, and the highest score wins; when no type
 * has real evidence the meeting is "general". Deterministic and offline.
 */
import type { ParsedDoc } from "@/lib/ingest/types";
import type { BuiltinType } from "./types";

/** Words that are signs of a type (written for this app; matched case-insensitively inside the text). */
const SIGNALS: Record<Exclude<BuiltinType, "general">, string[]> = {
  standup: [
    "昨天",
    "今天",
    "进度",
    "同步一下",
    "阻塞",
    "卡住",
    "完成了",
    "本周",
    "上周",
    "站会",
    "yesterday",
    "today",
    "blocker",
    "progress",
    "sprint",
    "stand-up",
    "standup",
    "ticket",
  ],
  review: ["评审", "方案", "设计", "架构", "里程碑", "验收", "复盘", "风险", "review", "design", "proposal", "architecture", "milestone", "sign-off", "approve", "retro"],
  one_on_one: ["最近怎么样", "压力", "反馈", "成长", "职业", "目标", "你觉得", "one-on-one", "1:1", "how are you", "feedback", "career", "growth", "goals", "workload"],
  sales: [
    "客户",
    "报价",
    "价格",
    "合同",
    "采购",
    "折扣",
    "试用",
    "演示",
    "贵司",
    "customer",
    "pricing",
    "price",
    "quote",
    "contract",
    "discount",
    "trial",
    "demo",
    "procurement",
    "license",
    "renewal",
  ],
  interview: [
    "面试",
    "自我介绍",
    "经历",
    "项目经验",
    "为什么想",
    "离职",
    "期望薪资",
    "候选人",
    "简历",
    "interview",
    "tell me about",
    "experience",
    "resume",
    "why do you want",
    "salary",
    "candidate",
    "your background",
  ],
  lecture: [
    "同学们",
    "课程",
    "这节课",
    "概念",
    "例子",
    "定义",
    "作业",
    "原理",
    "lesson",
    "lecture",
    "we will learn",
    "concept",
    "example",
    "definition",
    "homework",
    "chapter",
    "students",
  ],
};

/** Only the beginning of a very long document is read: the type shows early, and cost stays bounded. */
const MAX_CHARS = 200_000;
/** Below this score nothing stands out and the meeting is "general". */
const GENERAL_SCORE = 1.5;

export interface MeetingFeatures {
  chars: number;
  speakers: number;
  /** Share of the words spoken by the one who speaks most (0–1). */
  topShare: number;
  /** Mean characters per turn (consecutive lines of one speaker). */
  turnChars: number;
  /** How much more the most questioning speaker asks than the least (0–1), among the two main speakers. */
  questionGap: number;
  /** Signal words per 500 characters, per type. */
  density: Record<Exclude<BuiltinType, "general">, number>;
}

const QUESTION_END = /[?？吗呢][。.]?$/;
const QUESTION_START = /^(?:为什么|怎么|什么|能不能|是否|请问|(?:how|what|why|when|where|which|who|could you|can you|tell me|do you|did you|have you)\b)/i;
const isQuestion = (t: string) => QUESTION_END.test(t) || QUESTION_START.test(t);

function countOccurrences(hay: string, needle: string): number {
  let n = 0;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}

export function meetingFeatures(doc: ParsedDoc): MeetingFeatures {
  const bySpeaker = new Map<string, { chars: number; lines: number; questions: number }>();
  let chars = 0;
  let turns = 0;
  let last: string | undefined;
  const parts: string[] = [];
  for (const s of doc.segments) {
    if (chars >= MAX_CHARS) break;
    const text = s.text.trim();
    if (!text) continue;
    chars += text.length;
    parts.push(text);
    const who = s.speaker ?? "";
    if (who !== last) turns++;
    last = who;
    const st = bySpeaker.get(who) ?? { chars: 0, lines: 0, questions: 0 };
    st.chars += text.length;
    st.lines++;
    if (isQuestion(text)) st.questions++;
    bySpeaker.set(who, st);
  }
  const named = [...bySpeaker.entries()].filter(([who]) => who !== "").map(([, st]) => st);
  const ranked = named.sort((a, b) => b.chars - a.chars);
  const real = ranked.filter((st) => st.chars >= 0.03 * chars);
  const rate = (st: { lines: number; questions: number }) => st.questions / Math.max(1, st.lines);
  const mainTwo = real.slice(0, 2);
  const text = parts.join("\n").toLowerCase();
  const per500 = Math.max(1, chars / 500);
  const density = Object.fromEntries(
    Object.entries(SIGNALS).map(([type, words]) => [type, words.reduce((n, w) => n + countOccurrences(text, w.toLowerCase()), 0) / per500]),
  ) as MeetingFeatures["density"];
  return {
    chars,
    speakers: real.length,
    topShare: ranked.length ? ranked[0].chars / Math.max(1, chars) : 1,
    turnChars: chars / Math.max(1, turns),
    questionGap: mainTwo.length === 2 ? Math.abs(rate(mainTwo[0]) - rate(mainTwo[1])) : 0,
    density,
  };
}

const vocab = (d: number) => Math.min(3, 1.5 * d);

export function scoreTypes(f: MeetingFeatures): Record<BuiltinType, number> {
  const d = f.density;
  return {
    general: GENERAL_SCORE,
    lecture: (f.topShare >= 0.75 ? 2 : 0) + (f.turnChars >= 120 ? 0.5 : 0) + vocab(d.lecture),
    interview: (f.speakers >= 2 && f.speakers <= 3 && f.questionGap >= 0.3 ? 1.5 : 0) + 1.2 * vocab(d.interview),
    one_on_one: (f.speakers === 2 && f.topShare < 0.75 ? 1 : 0) + vocab(d.one_on_one),
    standup: (f.speakers >= 3 && f.turnChars < 150 && f.topShare < 0.5 ? 1 : 0) + vocab(d.standup),
    review: (f.speakers >= 3 ? 0.5 : 0) + vocab(d.review),
    sales: (f.speakers >= 2 ? 0.3 : 0) + 1.2 * vocab(d.sales),
  };
}

export interface DetectedType {
  type: BuiltinType;
  scores: Record<BuiltinType, number>;
}

export function detectMeetingType(doc: ParsedDoc): DetectedType {
  if (doc.kind !== "meeting") return { type: "general", scores: scoreTypes(meetingFeatures(doc)) };
  const scores = scoreTypes(meetingFeatures(doc));
  let best: BuiltinType = "general";
  for (const [type, score] of Object.entries(scores) as [BuiltinType, number][]) if (score > scores[best]) best = type;
  return { type: best, scores };
}
