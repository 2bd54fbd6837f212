import { describe, expect, it } from "vitest";
import { simulateReadableStream } from "ai";
import { MockLanguageModelV3 } from "ai/test";
import { createLlmEngine, type ModelCallRecord } from "@/lib/engine/llm";
import { verifyAnalysis } from "@/lib/engine/verify";
import { collect, makeChunks, makeDoc } from "@/tests/support/llm-helpers";

/** The same engine against the AI SDK's own mock model: no HTTP at all. */

// The provider spec types, taken from the mock itself (ai does not re-export them).
type LanguageModelV3CallOptions = MockLanguageModelV3["doGenerateCalls"][number];
type LanguageModelV3StreamPart = Awaited<ReturnType<MockLanguageModelV3["doStream"]>>["stream"] extends ReadableStream<infer P> ? P : never;

const usage = (input: number, output: number) => ({
  inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: output, text: output, reasoning: undefined },
});

const textReply = (text: string, input = 100, output = 20) => ({
  content: [{ type: "text" as const, text }],
  finishReason: { unified: "stop" as const, raw: "stop" },
  usage: usage(input, output),
  warnings: [],
});

function promptText(options: LanguageModelV3CallOptions): string {
  return options.prompt.map((m) => (typeof m.content === "string" ? m.content : m.content.map((p) => ("text" in p ? p.text : "")).join(""))).join("\n");
}

const doc = makeDoc(
  [
    ["张三", "我们决定下个月上线新的计费系统。"],
    ["李四", "我来负责数据迁移，下周五之前完成。"],
    ["王五", "客服培训也要安排一下。"],
  ],
  "zh",
  "产品周会",
);

describe("LLM engine with MockLanguageModelV3", () => {
  it("analyzes a Chinese meeting end to end and reports the mock's token usage", async () => {
    const model = new MockLanguageModelV3({
      doGenerate: async (options) => {
        const prompt = promptText(options);
        if (prompt.includes("<transcript>")) {
          return textReply(
            JSON.stringify({
              summary: [{ text: "计费系统下个月上线", cite: [0], quote: "下个月上线新的计费系统" }],
              decisions: [{ text: "下个月上线新计费系统", cite: [0], quote: "我们决定下个月上线" }],
              todos: [{ text: "完成数据迁移", owner: "李四", due: "2024-05-10", dueText: "下周五之前", confidence: 0.9, cite: [1], quote: "我来负责数据迁移" }],
              topics: [{ title: "计费系统上线", summary: "上线与迁移安排", start: 0, end: 2, cite: [0, 1], quote: "新的计费系统" }],
            }),
            300,
            120,
          );
        }
        return textReply(
          JSON.stringify({
            title: "产品周会纪要",
            summary: [{ text: "计费系统将于下月上线", from: ["S1"] }],
            decisions: [{ text: "下月上线新计费系统", from: ["D1"] }],
            todos: [{ text: "完成数据迁移", owner: "李四", due: "2024-05-10", dueText: "下周五之前", from: ["T1"] }],
            topics: [{ title: "计费系统上线", summary: "上线与迁移", from: ["P1"] }],
            slides: [{ title: "决定", bullets: ["下月上线"], from: ["D1"] }],
          }),
          80,
          90,
        );
      },
    });
    const calls: ModelCallRecord[] = [];
    const analysis = await createLlmEngine({ baseURL: "unused://mock", modelName: "mock", model, onCall: (c) => calls.push(c) }).analyze(doc, makeChunks(doc, 3));
    expect(model.doGenerateCalls).toHaveLength(2);
    expect(model.doGenerateCalls[0].responseFormat).toEqual({ type: "json" });
    expect(promptText(model.doGenerateCalls[0])).toContain("简体中文");
    expect(analysis.usage).toEqual({ calls: 2, promptTokens: 380, completionTokens: 210 });
    expect(calls.map((c) => [c.task, c.promptTokens, c.completionTokens])).toEqual([
      ["extract-chunk", 300, 120],
      ["merge", 80, 90],
    ]);
    const verified = verifyAnalysis(analysis, doc);
    expect(verified.todos[0]).toMatchObject({ owner: "李四", due: "2024-05-10", citations: [1], verified: true });
    expect(verified.topics[0]).toMatchObject({ segmentStart: 0, segmentEnd: 2, verified: true });
    expect(verified.outline).toMatchObject({ title: "产品周会纪要", slides: [{ title: "决定", citations: [0], verified: true }] });
  });

  it("streams an answer from the mock's stream", async () => {
    const chunks: LanguageModelV3StreamPart[] = [
      { type: "text-start", id: "t" },
      { type: "text-delta", id: "t", delta: "李四负责" },
      { type: "text-delta", id: "t", delta: "数据迁移 [1]。" },
      { type: "text-end", id: "t" },
      { type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage: usage(50, 8) },
    ];
    const model = new MockLanguageModelV3({ doStream: async () => ({ stream: simulateReadableStream({ chunks }) }) });
    const calls: ModelCallRecord[] = [];
    const parts = await collect(
      createLlmEngine({ baseURL: "unused://mock", modelName: "mock", model, onCall: (c) => calls.push(c) }).answer("谁负责数据迁移？", doc, makeChunks(doc, 3)),
    );
    expect(parts).toEqual([{ type: "text", text: "李四负责" }, { type: "text", text: "数据迁移 [1]。" }, { type: "citations", citations: [1] }, { type: "done" }]);
    expect(calls[0]).toMatchObject({ task: "answer", promptTokens: 50, completionTokens: 8, outcome: "ok" });
  });

  it("transforms text with one call and keeps the text out of the system prompt", async () => {
    const model = new MockLanguageModelV3({ doGenerate: textReply("我们决定下个月上线新的计费系统。") });
    const out = await createLlmEngine({ baseURL: "unused://mock", modelName: "mock", model }).transform("我们决定下个月上线新的计费系统", "proofread");
    expect(out).toBe("我们决定下个月上线新的计费系统。");
    const [call] = model.doGenerateCalls;
    expect(call.prompt[0]).toMatchObject({ role: "system" });
    expect(promptText({ ...call, prompt: [call.prompt[0]] })).not.toContain("计费系统");
    expect(promptText(call)).toContain("Proofread the text");
    expect(promptText(call)).toContain("<text>\n我们决定下个月上线新的计费系统\n</text>");
  });
});
