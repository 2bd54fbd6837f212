/** Small hand-written meetings and a document, built as ParsedDoc the way ingest would produce them. */
import type { ParsedDoc, Segment } from "@/lib/ingest/types";

function meeting(lang: "en" | "zh", turns: Array<[string, string, number?]>, meetingDate?: string): ParsedDoc {
  const segments: Segment[] = turns.map(([speaker, text, min], index) => ({
    index,
    speaker,
    text,
    ...(min !== undefined ? { startMs: min * 60_000, endMs: min * 60_000 + 50_000 } : {}),
  }));
  return { kind: "meeting", title: lang === "zh" ? "周会" : "Weekly sync", lang, meetingDate, speakers: [...new Set(turns.map((t) => t[0]))], segments, format: "txt" };
}

/** A bare meeting of (speaker, text) turns, no times or date: what the answer and register tests build. */
export function turnsMeeting(turns: Array<[string, string]>, lang: "en" | "zh" = "en"): ParsedDoc {
  return {
    kind: "meeting",
    title: "t",
    lang,
    speakers: [...new Set(turns.map((t) => t[0]))],
    segments: turns.map(([speaker, text], index) => ({ index, speaker, text })),
    format: "txt",
  };
}

export const EN_MEETING = meeting(
  "en",
  [
    ["Alice", "Okay, um, let's get started with the launch plan for the mobile app.", 0],
    ["Bob", "The beta build crashed twice on older Android phones during testing last week.", 1],
    ["Alice", "Crashes on Android are the biggest risk for the launch date.", 2],
    ["Carol", "Uh, the crash comes from the image cache running out of memory on small devices.", 3],
    ["Bob", "I'll fix the image cache memory leak by Friday.", 4],
    ["Alice", "Carol, can you prepare the release notes for the app store?", 5],
    ["Carol", "Sure, I can do that.", 6],
    ["Alice", "We decided to go with a staged rollout of ten percent of users first.", 7],
    ["Bob", "Marketing wants the launch announcement on the company blog as well.", 8],
    ["Alice", "Dave will email the press contacts next week.", 9],
    ["Carol", "The pricing page still shows the old subscription prices for the premium plan.", 10],
    ["Alice", "Let's go with the new prices for the premium plan from the first of the month.", 11],
    ["Bob", "The budget for advertising is twenty thousand dollars for the first quarter.", 12],
    ["Carol", "Yeah.", 13],
    ["Alice", "Okay, thanks everyone, that's it for today.", 14],
  ],
  "2024-03-06",
);

export const ZH_MEETING = meeting(
  "zh",
  [
    ["王经理", "嗯，那个我们今天主要讨论一下新版本的上线计划。", 0],
    ["小李", "测试环境里支付模块还有两个严重的问题没有解决。", 1],
    ["王经理", "支付模块的问题必须在上线之前全部修复。", 2],
    ["小李", "我来负责修复支付模块的问题，下周五之前完成。", 3],
    ["王经理", "小张你明天下午三点前把测试报告发给大家。", 4],
    ["小张", "好的，没问题。", 5],
    ["王经理", "上线时间就这么定了，定在四月十号。", 6],
    ["小李", "用户反馈里提到最多的是登录速度太慢的问题。", 7],
    ["小张", "登录速度慢是因为验证码服务在高峰期响应时间太长。", 8],
    ["王经理", "月底前我们需要完成验证码服务的扩容。", 9],
    ["小张", "对。", 10],
    ["王经理", "好，今天就到这里，谢谢大家。", 11],
  ],
  "2024-03-06",
);

export function paper(sections: Array<[string, string]>): ParsedDoc {
  const segments: Segment[] = [];
  for (const [heading, text] of sections) {
    for (const para of text.split("\n")) segments.push({ index: segments.length, text: para, headingPath: ["A Study of Things", heading] });
  }
  return { kind: "document", title: "A Study of Things", lang: "en", speakers: [], segments, format: "md" };
}

const para = (topic: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `The ${topic} component number ${i + 1} improves ${topic} accuracy on the benchmark. We measure ${topic} quality with careful experiments and report the ${topic} results.`,
  ).join("\n");

export const PAPER = paper([
  ["Introduction", para("retrieval", 2)],
  ["Related Work", para("summarization", 2)],
  ["Method", para("encoder", 3)],
  ["Experiments", para("dataset", 3)],
  ["Results", para("ablation", 2)],
  ["Conclusion", para("future", 1)],
]);
