import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModel } from "@/lib/engine/llm";
import { resolveLlmConfig } from "@/lib/engine/llm/config";
import { locate, pieces, proofreadWithLlm } from "@/lib/engine/llm/proofread";
import { messageText, startFakeOpenAI, type FakeOpenAI } from "@/tests/support/fake-openai-server";

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI(() => ({ content: "{}" }));
});
afterAll(() => server.close());

function scope(extra: Record<string, unknown> = {}) {
  const config = resolveLlmConfig({ baseURL: server.url, modelName: "fake", maxRetries: 1, timeoutMs: 2000, retryBaseDelayMs: 5, retryMaxDelayMs: 10, ...extra });
  return { config, model: createModel(config), usage: { calls: 0, promptTokens: 0, completionTokens: 0 } };
}

describe("LLM proofreading", () => {
  it("locates the model's quotes and drops what is not in the text", async () => {
    const text = "我们的的方案。Please send the the report. We recieve it.";
    server.setHandler(() => ({
      content: JSON.stringify({
        suggestions: [
          { original: "的的", replacement: "的", kind: "duplicate", reason: "repeated", before: "我们" },
          { original: "the the", replacement: "the", kind: "duplicate", reason: "repeated" },
          { original: "recieve", replacement: "receive", kind: "spelling", reason: "misspelt", before: "We " },
          { original: "invented words", replacement: "x", kind: "typo", reason: "not there" },
          { original: "方案", replacement: "计划", kind: "nonsense-kind", reason: "" },
        ],
      }),
    }));
    const found = await proofreadWithLlm(scope(), text);
    expect(found.map((s) => s.original)).toEqual(["的的", "方案", "the the", "recieve"]);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.original);
    expect(found[1].kind).toBe("typo");
    const req = server.requests.at(-1)!;
    const system = messageText(req.body.messages.find((m) => m.role === "system")!);
    expect(system).toContain("untrusted data");
    expect(messageText(req.body.messages.at(-1)!)).toContain("<text>\n我们的的方案");
  });

  it("maps repeated quotes to successive places", () => {
    const found = locate("the the cat and the the dog", 100, [
      { original: "the the", replacement: "the", kind: "duplicate", reason: "", before: "" },
      { original: "the the", replacement: "the", kind: "duplicate", reason: "", before: "" },
    ]);
    expect(found.map((s) => s.start)).toEqual([100, 116]);
  });

  it("splits long texts by paragraphs and keeps offsets", () => {
    const text = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} has several words in it for counting.`).join("\n\n");
    const parts = pieces(text, 20);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
    expect(parts.map((p) => p.text).join("")).toBe(text);
  });
});
