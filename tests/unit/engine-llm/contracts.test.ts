import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLlmEngine } from "@/lib/engine/llm";
import { groundedOwner, isNonDecision } from "@/lib/engine/llm/contracts";
import { startFakeOpenAI, type FakeOpenAI, type RecordedRequest } from "@/tests/support/fake-openai-server";
import { collect, fastRetry, isExtract, isMerge, makeChunks, makeDoc, mergeReply, system, transcriptLines } from "@/tests/support/llm-helpers";

/** The same contracts as the local engine, held by code after the model replies (lib/engine/llm/contracts.ts). */
const doc = makeDoc(
  [
    ["周敏", "退货率谁能拉一下？"],
    ["王建国", "我来吧，周五给你。"],
    ["周敏", "明年的预算分配这个还没定，下次再说。"],
    ["周敏", "那就这么定了，下次大促不找达人，只做自播。"],
    ["李浩", "小张下周去杭州跑供应商。"],
    ["Hannah", "Sam, can you set up the usability test by Monday?"],
    ["Sam", "Yes."],
    ["Hannah", "The CTA colour is not decided yet, let's revisit it next crit."],
  ],
  "mixed",
);
const chunks = makeChunks(doc, 8);

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const engine = () => createLlmEngine({ baseURL: server.url, modelName: "fake", maxRetries: 1, timeoutMs: 2000, ...fastRetry });

/** A model that returns every line as a decision and invents owners, as a careless one might. */
function carelessModel(r: RecordedRequest) {
  if (isMerge(r)) return { content: mergeReply(r).replace(/"owner":null/g, '"owner":"Zorro"') };
  if (!isExtract(r)) return { content: "ok" };
  const lines = transcriptLines(r);
  const q = (t: string) => t.slice(0, 6);
  return {
    content: JSON.stringify({
      summary: [],
      decisions: lines.map((l) => ({ text: l.text, cite: [l.index], quote: q(l.text) })),
      todos: [
        { text: "拉退货率", owner: "王建国", due: null, dueText: "周五", confidence: 0.9, cite: [1], quote: "我来吧" },
        { text: "Set up the usability test", owner: "Sam", due: null, dueText: "by Monday", confidence: 0.9, cite: [5, 6], quote: "Yes." },
        { text: "跑供应商", owner: "小张", due: null, dueText: null, confidence: 0.6, cite: [4], quote: "小张下周" },
        { text: "Approve the budget", owner: "The CFO", due: null, dueText: null, confidence: 0.6, cite: [2], quote: "明年的预算" },
        { text: "Everyone reviews", owner: "大家", due: null, dueText: null, confidence: 0.6, cite: [3], quote: "那就这么定" },
      ],
      topics: [],
    }),
  };
}

describe("LLM engine contracts (fake server)", () => {
  it("keeps owners who are speakers or named in the transcript, and empties the rest", async () => {
    server.setHandler((r) => (isMerge(r) ? { status: 500 } : carelessModel(r)));
    const a = await engine().analyze(doc, chunks);
    const owners = Object.fromEntries(a.todos.map((t) => [t.text, t.owner]));
    expect(owners).toEqual({ 拉退货率: "王建国", "Set up the usability test": "Sam", 跑供应商: "小张", "Approve the budget": null, "Everyone reviews": null });
  });

  it("empties an owner the merge step invented", async () => {
    server.setHandler(carelessModel);
    const a = await engine().analyze(doc, chunks);
    expect(a.todos.length).toBeGreaterThan(0);
    expect(a.todos.every((t) => t.owner !== "Zorro")).toBe(true);
  });

  it("drops explicit non-decisions the model returned as decisions", async () => {
    server.setHandler((r) => (isMerge(r) ? { status: 500 } : carelessModel(r)));
    const a = await engine().analyze(doc, chunks);
    const texts = a.decisions.map((d) => d.text);
    expect(texts).toContain("那就这么定了，下次大促不找达人，只做自播。");
    expect(texts.some((t) => /还没定|revisit/.test(t))).toBe(false);
  });

  it("asks for question-then-answer commitments, grounded owners and no non-decisions", async () => {
    server.setHandler(carelessModel);
    await engine().analyze(doc, chunks);
    const extract = system(server.requests.find(isExtract)!);
    expect(extract).toMatch(/asked and accepted/);
    expect(extract).toMatch(/owner only a speaker or a person named in the transcript, else null/);
    expect(extract).toMatch(/还没定.*let's revisit/);
    expect(system(server.requests.find(isMerge)!)).toMatch(/not a decision/);
  });

  it("answers not found without a model call when no retrieved line shares a word with the question", async () => {
    server.setHandler(() => ({ content: "The office moved to Berlin [2]." }));
    const long = makeDoc(Array.from({ length: 40 }, (_, i) => ["Ann", `Status of workstream ${i}: the dashboard latency went down.`] as [string, string]));
    const parts = await collect(
      createLlmEngine({ baseURL: server.url, modelName: "fake", answerContextTokens: 30, ...fastRetry }).answer(
        "What was decided about moving the office to Berlin?",
        long,
        makeChunks(long, 5),
      ),
    );
    expect(server.requests).toHaveLength(0);
    expect(parts.find((p) => p.type === "text")?.text).toMatch(/does not contain/);
    expect(parts.find((p) => p.type === "citations")).toEqual({ type: "citations", citations: [] });
  });

  it("tells the model not to state the premise and to answer the value first", async () => {
    server.setHandler(() => ({ content: "The document does not say." }));
    const parts = await collect(engine().answer("谁负责退货率？", doc, chunks));
    const sys = system(server.requests[0]);
    expect(sys).toMatch(/Never state the question's premise as fact/);
    expect(sys).toMatch(/name, date or number first/);
    expect(parts.find((p) => p.type === "citations")).toEqual({ type: "citations", citations: [] });
  });
});

describe("contract checks", () => {
  it("grounds owners in speakers and transcript names", () => {
    expect(groundedOwner("Sam", doc)).toBe("Sam");
    expect(groundedOwner("sam", doc)).toBe("Sam");
    expect(groundedOwner("小张", doc)).toBe("小张");
    expect(groundedOwner("Legal", doc)).toBeNull();
    expect(groundedOwner("we", doc)).toBeNull();
    expect(groundedOwner(null, doc)).toBeNull();
  });
  it("recognises non-decisions in the text or the evidence", () => {
    expect(isNonDecision({ text: "预算分配", evidence: ["这个还没定，下次再说"] })).toBe(true);
    expect(isNonDecision({ text: "Let's revisit the CTA colour next crit", evidence: [] })).toBe(true);
    expect(isNonDecision({ text: "说是百分之十左右，还没最终定", evidence: [] })).toBe(true);
    expect(isNonDecision({ text: "下次大促不找达人，只做自播", evidence: ["那就这么定了"] })).toBe(false);
    expect(isNonDecision({ text: "Let's go with option B", evidence: [] })).toBe(false);
  });
});
