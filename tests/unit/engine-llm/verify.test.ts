import { describe, expect, it } from "vitest";
import { normalizeForMatch, quoteIsSupported, quoteMatchScore, verifyAnalysis, verifyAnalysisWithStats } from "@/lib/engine/verify";
import type { Analysis } from "@/lib/engine/types";
import type { ParsedDoc } from "@/lib/ingest/types";

const doc: ParsedDoc = {
  kind: "meeting",
  title: "周会",
  lang: "mixed",
  speakers: ["张三", "李四", "Alice"],
  format: "txt",
  segments: [
    { index: 0, speaker: "张三", text: "我们今天先过一下上周的进度。" },
    { index: 1, speaker: "李四", text: "嗯，登录页面的改版已经完成了，下周五之前上线。" },
    { index: 2, speaker: "张三", text: "好的，那就决定采用方案B，预算控制在二十万以内。" },
    { index: 3, speaker: "Alice", text: "I'll send the revised budget to finance by Friday, okay?" },
    { index: 4, speaker: "Alice", text: "We agreed to drop the legacy API in Q3." },
  ],
};

function analysisWith(partial: Partial<Analysis>): Analysis {
  return {
    engine: "llm",
    model: "m",
    lang: "mixed",
    summary: [],
    topics: [],
    decisions: [],
    todos: [],
    outline: { title: "t", slides: [] },
    coverage: { chunksTotal: 1, chunksOk: 1, failed: [] },
    ...partial,
  };
}

describe("normalizeForMatch", () => {
  it("folds width, case, whitespace and punctuation in Chinese and English", () => {
    expect(normalizeForMatch("ＡＢＣ，　下周五 之前！")).toBe("abc下周五之前");
    expect(normalizeForMatch("  By Friday, OK?  ")).toBe("byfridayok");
  });
});

describe("quote matching", () => {
  it("accepts exact Chinese quotes regardless of punctuation and spacing", () => {
    expect(quoteIsSupported("登录页面的改版已经完成了", doc.segments[1].text)).toBe(true);
    expect(quoteIsSupported("决定采用 方案B，预算控制在二十万以内", doc.segments[2].text)).toBe(true);
  });

  it("accepts English quotes with case and punctuation differences", () => {
    expect(quoteIsSupported("i'll send the REVISED budget to finance", doc.segments[3].text)).toBe(true);
  });

  it("tolerates a small paraphrase (a dropped filler) but not a different claim", () => {
    expect(quoteIsSupported("登录页面改版已经完成，下周五之前上线", doc.segments[1].text)).toBe(true);
    expect(quoteIsSupported("登录页面的改版被取消了，明年再说", doc.segments[1].text)).toBe(false);
    expect(quoteIsSupported("We agreed to keep the legacy API forever", doc.segments[4].text)).toBe(false);
  });

  it("does not match bigrams scattered across a long source", () => {
    const long = `预算 ${"无关内容".repeat(50)} 控制 ${"别的话题".repeat(50)} 二十万`;
    expect(quoteMatchScore(normalizeForMatch("预算控制二十万"), normalizeForMatch(long))).toBeLessThan(0.8);
  });

  it("treats an empty or punctuation-only quote as nothing to check", () => {
    expect(quoteIsSupported("  ，。 ", "anything")).toBe(true);
  });
});

describe("verifyAnalysis", () => {
  it("keeps items whose citations exist and whose quotes are in the cited segments", () => {
    const a = analysisWith({
      decisions: [{ text: "采用方案B", citations: [2], verified: false, evidence: ["决定采用方案B"] }],
      todos: [
        {
          text: "Send revised budget",
          owner: "Alice",
          due: "2024-05-10",
          dueText: "by Friday",
          confidence: 0.9,
          citations: [3],
          verified: false,
          evidence: ["send the revised budget to finance by Friday"],
        },
      ],
    });
    const out = verifyAnalysis(a, doc);
    expect(out.decisions[0].verified).toBe(true);
    expect(out.todos[0].verified).toBe(true);
  });

  it("flags an item whose quote is in the document but not in the segments it cites", () => {
    const a = analysisWith({ decisions: [{ text: "drop legacy API", citations: [0], verified: true, evidence: ["drop the legacy API in Q3"] }] });
    expect(verifyAnalysis(a, doc).decisions[0].verified).toBe(false);
  });

  it("drops out-of-range citations and flags items left with none", () => {
    const a = analysisWith({
      summary: [
        { text: "进度回顾", citations: [0, 99, -1], verified: true, evidence: ["先过一下上周的进度"] },
        { text: "invented", citations: [42], verified: true },
      ],
    });
    const { analysis, stats } = verifyAnalysisWithStats(a, doc);
    expect(analysis.summary[0].citations).toEqual([0]);
    expect(analysis.summary[0].verified).toBe(true);
    expect(analysis.summary[1].citations).toEqual([]);
    expect(analysis.summary[1].verified).toBe(false);
    expect(stats.droppedCitations).toBe(3);
    expect(stats.verified).toBe(1);
  });

  it("verifies items without evidence on citations alone, and needs every quote to match", () => {
    const a = analysisWith({
      decisions: [
        { text: "方案B", citations: [2], verified: false },
        { text: "两条证据", citations: [1, 2], verified: true, evidence: ["改版已经完成了", "这句话根本不存在于记录中"] },
      ],
    });
    const out = verifyAnalysis(a, doc);
    expect(out.decisions[0].verified).toBe(true);
    expect(out.decisions[1].verified).toBe(false);
  });

  it("clamps topic ranges into the document and checks slides too", () => {
    const a = analysisWith({
      topics: [{ title: "预算", summary: "s", segmentStart: 2, segmentEnd: 40, citations: [2, 3], verified: true }],
      outline: { title: "deck", slides: [{ title: "s1", bullets: ["b"], citations: [7], verified: true }] },
    });
    const out = verifyAnalysis(a, doc);
    expect(out.topics[0]).toMatchObject({ segmentStart: 2, segmentEnd: 4, verified: true });
    expect(out.outline.slides[0].verified).toBe(false);
  });

  it("does not modify its input", () => {
    const a = analysisWith({ summary: [{ text: "x", citations: [99], verified: true }] });
    verifyAnalysis(a, doc);
    expect(a.summary[0]).toEqual({ text: "x", citations: [99], verified: true });
  });
});
