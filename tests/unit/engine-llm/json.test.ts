import { describe, expect, it } from "vitest";
import { z } from "zod";
import { extractJsonCandidate, parseModelJson, repairJson } from "@/lib/engine/llm/json";
import { EXTRACT_EXAMPLE } from "@/lib/engine/llm/extract-chunk/prompt";
import { ExtractChunkSchema } from "@/lib/engine/llm/extract-chunk/schema";
import { MERGE_EXAMPLE } from "@/lib/engine/llm/merge/prompt";
import { MergeSchema } from "@/lib/engine/llm/merge/schema";

const Small = z.object({ items: z.array(z.object({ text: z.string(), citations: z.array(z.number()) })) });

describe("model JSON repair", () => {
  it("takes the object out of fences, reasoning and prose", () => {
    expect(extractJsonCandidate('<think>let me think {no}</think>Sure! ```json\n{"a": [1, {"b": "}"}]}\n``` hope it helps')).toBe('{"a": [1, {"b": "}"}]}');
    expect(extractJsonCandidate('Here you go: {"a": 1} and more {"b": 2}')).toBe('{"a": 1}');
  });

  it("fixes trailing commas, single quotes, Python literals, bare keys, raw newlines and comments", () => {
    const broken = `{items: [{'text': "第一行\n第二行", citations: [1, 2,],}, // note\n {"text": 'it"s', "citations": [3], "extra": None, "ok": True}]}`;
    const value = JSON.parse(repairJson(broken));
    expect(value.items[0]).toEqual({ text: "第一行\n第二行", citations: [1, 2] });
    expect(value.items[1]).toEqual({ text: 'it"s', citations: [3], extra: null, ok: true });
  });

  it("inserts missing commas between values", () => {
    expect(JSON.parse(repairJson('{"items": [{"text": "a", "citations": [1]} {"text": "b" "citations": [2]}]}')).items).toHaveLength(2);
  });

  it("closes output cut off by the token limit", () => {
    const cut = '{"items": [{"text": "预算控制在二十万", "citations": [1, 2]}, {"text": "下周五之前上';
    const r = parseModelJson(cut, Small);
    expect(r.ok && r.value.items[0].text).toBe("预算控制在二十万");
    expect(JSON.parse(repairJson('{"items": [{"text": "x", "citations":'))).toEqual({ items: [{ text: "x", citations: null }] });
  });

  it("reports valid JSON of the wrong shape with the schema's own message", () => {
    const r = parseModelJson('{"items": [{"text": 5, "citations": []}]}', Small);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/items\.0\.text/);
    expect(parseModelJson("I cannot help with that.", Small)).toEqual({ ok: false, error: expect.stringContaining("invalid JSON") });
  });

  it("flags when repair was needed", () => {
    expect(parseModelJson('{"items": []}', Small)).toEqual({ ok: true, value: { items: [] }, repaired: false });
    expect(parseModelJson('```\n{"items": [],}\n```', Small)).toMatchObject({ ok: true, repaired: true });
  });
});

describe("prompt examples match their schemas", () => {
  it("the extract example parses with ExtractChunkSchema", () => {
    const v = ExtractChunkSchema.parse(JSON.parse(EXTRACT_EXAMPLE));
    expect(v.todos[0].due).toBe("2024-05-10");
  });

  it("the merge example parses with MergeSchema", () => {
    expect(MergeSchema.parse(JSON.parse(MERGE_EXAMPLE)).todos[0].from).toEqual(["T1", "T3"]);
  });

  it("the extract schema is lenient where models wobble", () => {
    const v = ExtractChunkSchema.parse({ summary: [{ text: "x", citations: ["3"] }], todos: [{ text: "t", citations: [1] }] });
    expect(v).toEqual({
      summary: [{ text: "x", citations: [3], evidence: "" }],
      decisions: [],
      todos: [{ text: "t", owner: null, due: null, dueText: null, confidence: 0.7, citations: [1], evidence: "" }],
      topics: [],
    });
  });
});
