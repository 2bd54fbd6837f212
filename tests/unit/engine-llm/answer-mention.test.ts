import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLlmEngine } from "@/lib/engine/llm";
import type { AnswerStreamPart } from "@/lib/engine/types";
import { nameForms } from "@/lib/text/names";
import { startFakeOpenAI, type FakeOpenAI } from "@/tests/support/fake-openai-server";
import { collect, fastRetry, makeChunks, makeDoc, system, userText } from "@/tests/support/llm-helpers";

const doc = makeDoc(
  [
    ["李四", "今天讨论发布计划。"],
    ["王五", "预算没问题。"],
    ["李四", "张三，测试环境下周一前准备好。"],
    ["王五", "好的。"],
    ["李四", "散会。"],
  ],
  "zh",
);
const chunks = makeChunks(doc, 5);
const forms = nameForms([
  { userId: "zs", name: "张三", aliases: ["三哥"] },
  { userId: "ww", name: "王五", aliases: [] },
]);

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});
const engine = () => createLlmEngine({ baseURL: server.url, modelName: "fake", maxRetries: 1, timeoutMs: 2000, ...fastRetry });
const textOf = (parts: AnswerStreamPart[]) =>
  parts
    .filter((p) => p.type === "text")
    .map((p) => p.text)
    .join("");

describe("LLM engine: was I mentioned?", () => {
  it("sends the lines naming the asker, with context, and the asker's names as data", async () => {
    server.setHandler(() => ({ content: "李四请你在下周一前准备好测试环境 [2]。" }));
    const parts = await collect(engine().answer("有没有提到我？", doc, chunks, { asker: { userId: "zs", forms } }));
    const sent = userText(server.requests[0]);
    expect(sent).toContain("2 李四: 张三，测试环境下周一前准备好。");
    expect(sent).not.toContain("今天讨论发布计划");
    expect(sent).toContain("<asker>\n张三\n三哥\n</asker>");
    expect(system(server.requests[0])).toContain("<asker>");
    expect(parts.find((p) => p.type === "citations")).toEqual({ type: "citations", citations: [2] });
  });

  it("answers “not mentioned” without calling the model when no line names the asker", async () => {
    const parts = await collect(engine().answer("有没有提到我？", doc, chunks, { asker: { userId: "ww", forms } }));
    expect(server.requests).toHaveLength(0);
    expect(textOf(parts)).toContain("没有提到你");
    expect(parts.find((p) => p.type === "citations")).toEqual({ type: "citations", citations: [] });
  });
});
