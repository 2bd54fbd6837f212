import type { DeckInput, MinutesInput } from "@/lib/export/types";

/** Segments of a short transcript: two speakers with times, one document page, one bare segment. */
const segments: MinutesInput["segments"] = [
  { index: 0, speaker: "Alice", startMs: 5_000 },
  { index: 1, speaker: "Bob", startMs: 725_000 },
  { index: 2, page: 3 },
  { index: 3 },
  { index: 4, speaker: "张三", startMs: 3_661_000 },
];

export const englishMinutes: MinutesInput = {
  title: "Weekly sync",
  meetingDate: "2024-05-06",
  lang: "en",
  summary: [
    { text: "Budget approved for Q3.", citations: [0], verified: true },
    { text: "Launch slips one week.", citations: [1], verified: false },
  ],
  topics: [{ title: "Budget", summary: "The team reviewed spend against plan.", startMs: 725_000, citations: [1, 2], verified: true }],
  decisions: [{ text: "Freeze hiring until July.", citations: [3], verified: true }],
  todos: [
    { text: "Send the revised deck", owner: "Alice", due: "2024-05-10", status: "open", citations: [0], verified: true },
    { text: "Book the review room", owner: "Bob", due: null, status: "done", citations: [1], verified: true },
    { text: "Draft press release", owner: null, due: null, status: "dropped", citations: [4], verified: true },
  ],
  segments,
};

export const chineseMinutes: MinutesInput = {
  title: "产品周会",
  meetingDate: "2024-05-06",
  lang: "zh",
  summary: [
    { text: "第三季度预算已批准。", citations: [4], verified: true },
    { text: "发布推迟一周。", citations: [1], verified: false },
  ],
  topics: [{ title: "预算", summary: "团队对照计划检查了支出。", startMs: 3_661_000, citations: [4], verified: true }],
  decisions: [{ text: "七月前冻结招聘。", citations: [2], verified: true }],
  todos: [
    { text: "发送修订后的方案", owner: "张三", due: "2024-05-10", status: "open", citations: [4], verified: true },
    { text: "预订评审会议室", owner: "李四", due: null, status: "done", citations: [1], verified: true },
    { text: "起草新闻稿", owner: null, due: null, status: "dropped", citations: [3], verified: false },
  ],
  segments,
};

export const chineseDeck: DeckInput = {
  title: "第三季度回顾",
  subtitle: "产品团队 · 2024-05-06",
  lang: "zh",
  slides: [
    { title: "预算", bullets: ["第三季度预算已批准", "Marketing spend +10%"] },
    { title: "发布计划", bullets: ["发布推迟一周", "Beta 用户反馈良好"] },
    { title: "Next steps", bullets: ["张三发送修订后的方案"] },
  ],
};

export const englishDeck: DeckInput = {
  title: "Q3 review",
  lang: "en",
  slides: [
    { title: "Budget", bullets: ["Budget approved", "Marketing spend up 10%"] },
    { title: "Risks", bullets: ["Launch slips one week"] },
  ],
};
