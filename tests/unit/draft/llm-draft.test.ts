import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModel } from "@/lib/engine/llm";
import { resolveLlmConfig } from "@/lib/engine/llm/config";
import { draftWithLlm } from "@/lib/engine/llm/draft";
import { buildDraft, findTemplate, type DraftInput } from "@/lib/engine/local/draft";
import { messageText, startFakeOpenAI, type FakeOpenAI } from "@/tests/support/fake-openai-server";
import { officeInput } from "./helpers";

let server: FakeOpenAI;
let zh: DraftInput;
beforeAll(async () => {
  server = await startFakeOpenAI(() => ({ content: "{}" }));
  zh = await officeInput("zh06-release-review");
}, 60_000);
afterAll(() => server.close());

function scope() {
  const config = resolveLlmConfig({ baseURL: server.url, modelName: "fake", maxRetries: 1, timeoutMs: 2000, retryBaseDelayMs: 5, retryMaxDelayMs: 10 });
  return { config, model: createModel(config), usage: { calls: 0, promptTokens: 0, completionTokens: 0 } };
}

describe("LLM drafts", () => {
  it("keeps only items citing existing segments of a given file, and takes title, time and attendees from the file", async () => {
    const n = zh.doc.segments.length;
    server.setHandler(() => ({
      content: JSON.stringify({
        sections: [
          {
            id: "decisions",
            items: [
              { text: "周六灰度5%", source: zh.source, citations: [14, n + 5] },
              { text: "编造的决议", source: zh.source, citations: [n + 1] },
            ],
          },
          {
            id: "todos",
            items: [
              { text: "邓佳今晚完成P1回归", source: "other.txt", citations: [1] },
              { text: "谢峰配置监控大盘（周六前）", source: zh.source, citations: [15] },
            ],
          },
          { id: "attendees", items: [{ text: "张三", source: zh.source, citations: [0] }] },
        ],
      }),
    }));
    const template = findTemplate("minutes-zh")!;
    const d = await draftWithLlm(scope(), template, [zh]);
    const local = buildDraft(template, [zh]);
    const get = (id: string) => d.sections.find((s) => s.id === id)!;
    expect(d.engine).toBe("llm");
    expect(get("decisions").items).toEqual([{ text: "周六灰度5%", source: zh.source, citations: [14] }]);
    expect(get("todos").items.map((i) => i.text)).toEqual(["谢峰配置监控大盘（周六前）"]);
    for (const id of ["meeting", "time", "attendees"]) expect(get(id)).toEqual(local.sections.find((s) => s.id === id));
    expect(get("summary")).toEqual(local.sections.find((s) => s.id === "summary"));

    const req = server.requests.at(-1)!;
    expect(messageText(req.body.messages.find((m) => m.role === "system")!)).toContain("untrusted data");
    const user = messageText(req.body.messages.at(-1)!);
    expect(user).toContain("<notes>");
    expect(user).toContain(`decision [${zh.analysis.decisions[0].citations.join(",")}]`);
    expect(user).not.toMatch(/- (meeting|time|attendees):/);
  });

  it("says not recorded when the model finds nothing for a section", async () => {
    server.setHandler(() => ({ content: JSON.stringify({ sections: [{ id: "decisions", items: [] }] }) }));
    const d = await draftWithLlm(scope(), findTemplate("minutes-en")!, [zh]);
    expect(d.sections.find((s) => s.id === "decisions")).toMatchObject({ items: [], empty: "not recorded" });
  });
});
