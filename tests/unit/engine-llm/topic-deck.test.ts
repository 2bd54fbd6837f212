import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createModel } from "@/lib/engine/llm";
import { resolveLlmConfig } from "@/lib/engine/llm/config";
import { pickLines, TOPIC_LINE_CHARS, topicDeckWithLlm } from "@/lib/engine/llm/topic-deck";
import type { TopicLine } from "@/lib/engine/topic-deck-types";
import { countTokens } from "@/lib/text/tokens";
import { startFakeOpenAI, type FakeOpenAI } from "@/tests/support/fake-openai-server";
import { fastRetry, system, userText } from "@/tests/support/llm-helpers";

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const scope = (chunkTokens = 3000) => {
  const config = resolveLlmConfig({ baseURL: server.url, modelName: "fake", maxRetries: 1, timeoutMs: 2000, chunkTokens, ...fastRetry });
  return { config, model: createModel(config), usage: { calls: 0, promptTokens: 0, completionTokens: 0 } };
};

const line = (documentId: string, index: number, text: string): TopicLine => ({ documentId, title: `Doc ${documentId}`, index, text });

describe("deck about a topic with a model", () => {
  it("sends the best lines within the budget, each clipped, grouped by document in line order", () => {
    const long = "budget ".repeat(400);
    const lines = Array.from({ length: 200 }, (_, i) => line(i % 2 ? "b" : "a", 200 - i, i === 0 ? long : `Line ${i} about the budget and its use.`));
    const { rendered, sent } = pickLines(lines, 1000);
    expect(sent).toBeLessThan(lines.length);
    const text = rendered.flatMap((r) => r.lines).join("\n");
    expect(countTokens(text)).toBeLessThanOrEqual(1000);
    // The best (first) line is always sent, clipped.
    expect(rendered[0].lines.some((l) => l.length <= TOPIC_LINE_CHARS + 10 && l.startsWith("200 budget"))).toBe(true);
    for (const r of rendered) {
      const idx = r.lines.map((l) => Number(l.split(" ")[0]));
      expect(idx).toEqual([...idx].sort((x, y) => x - y));
    }
    expect(rendered.map((r) => r.id)).toEqual(["S1", "S2"]);
  });

  it("keeps bullets that cite sent lines with a supported quote; the rest are dropped and counted", async () => {
    server.setHandler(() => ({
      content: JSON.stringify({
        found: true,
        title: "预算",
        slides: [
          {
            title: "预算调整",
            bullets: [
              { text: "四成预算转向搜索广告", source: "S1", lines: [4], quote: "百分之四十的预算" },
              { text: "编造", source: "S1", lines: [5], quote: "" },
              { text: "引用不符", source: "S2", lines: [9], quote: "预算翻了三倍" },
            ],
          },
          { title: "空的一页", bullets: [{ text: "没有来源", source: "S7", lines: [1], quote: "" }] },
        ],
      }),
    }));
    const deck = await topicDeckWithLlm(scope(), "预算", [line("a", 4, "我们把百分之四十的预算转到搜索广告。"), line("b", 9, "销售预算跟随市场预算。")], "zh");
    expect(deck).toMatchObject({ found: true, title: "预算", dropped: 3, sentLines: 2 });
    if (!deck.found) return;
    expect(deck.slides).toEqual([
      { title: "预算调整", bullets: [{ text: "四成预算转向搜索广告", documentId: "a", citations: [4], evidence: ["百分之四十的预算"], verified: true }] },
    ]);
    const r = server.requests[0];
    expect(system(r)).toContain("Simplified Chinese");
    expect(userText(r)).toContain("<sources>\n## source S1: Doc a\n4 我们把百分之四十的预算转到搜索广告。");
  });

  it("is not found when the model says so, when nothing it wrote checks out, or when there are no lines (no call)", async () => {
    server.setHandler(() => ({ content: JSON.stringify({ found: false, title: "", slides: [] }) }));
    expect(await topicDeckWithLlm(scope(), "budget", [line("a", 0, "We hire two people.")], "en")).toEqual({ found: false, sentLines: 1 });
    server.setHandler(() => ({ content: JSON.stringify({ found: true, title: "X", slides: [{ title: "X", bullets: [{ text: "x", source: "S1", lines: [3], quote: "" }] }] }) }));
    expect(await topicDeckWithLlm(scope(), "budget", [line("a", 0, "We hire two people.")], "en")).toEqual({ found: false, sentLines: 1 });
    const calls = server.requests.length;
    expect(await topicDeckWithLlm(scope(), "budget", [], "en")).toEqual({ found: false, sentLines: 0 });
    expect(server.requests.length).toBe(calls);
  });
});
