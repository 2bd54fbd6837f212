import { describe, expect, it } from "vitest";
import { z } from "zod";
import { extractJsonCandidate, parseModelJson, repairJson } from "@/lib/engine/llm/json";
import { EXTRACT_SHAPE } from "@/lib/engine/llm/extract-chunk/prompt";
import { ExtractChunkSchema } from "@/lib/engine/llm/extract-chunk/schema";
import { MERGE_SHAPE } from "@/lib/engine/llm/merge/prompt";
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

/** Every property name anywhere in the schema, from its JSON Schema. */
function schemaKeys(schema: z.ZodType): Set<string> {
  const keys = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const props = (node as { properties?: Record<string, unknown> }).properties;
    if (props) for (const k of Object.keys(props)) keys.add(k);
    Object.values(node).forEach(walk);
  };
  walk(z.toJSONSchema(schema, { io: "input" }));
  return keys;
}

/** Property names written in a prompt's TypeScript-style shape (type names excluded). */
function shapeKeys(shape: string): Set<string> {
  const types = new Set(["Item", "Merged", "number", "string"]);
  return new Set([...shape.matchAll(/[A-Za-z]+/g)].map((m) => m[0]).filter((w) => !types.has(w)));
}

describe("prompt shapes match their schemas", () => {
  it("the extract prompt names exactly the extract schema's fields", () => {
    expect(shapeKeys(EXTRACT_SHAPE)).toEqual(schemaKeys(ExtractChunkSchema));
  });

  it("the merge prompt names exactly the merge schema's fields", () => {
    expect(shapeKeys(MERGE_SHAPE)).toEqual(schemaKeys(MergeSchema));
  });

  it("the extract schema is lenient where models wobble", () => {
    const v = ExtractChunkSchema.parse({ summary: [{ text: "x", cite: ["3"] }], todos: [{ text: "t", cite: [1] }] });
    expect(v).toEqual({
      summary: [{ text: "x", cite: [3], quote: "" }],
      decisions: [],
      todos: [{ text: "t", owner: null, due: null, dueText: null, confidence: 0.7, cite: [1], quote: "" }],
      topics: [],
    });
  });
});
