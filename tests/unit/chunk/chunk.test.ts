import { describe, expect, it } from "vitest";
import { chunkSegments } from "@/lib/chunk";
import type { Segment } from "@/lib/ingest/types";
import { countTokens } from "@/lib/text/tokens";

function seg(index: number, text: string, extra: Partial<Segment> = {}): Segment {
  return { index, text, ...extra };
}

describe("chunkSegments", () => {
  it("formats lines as '[i] speaker hh:mm:ss: text' and records the range", () => {
    const chunks = chunkSegments([seg(0, "大家好", { speaker: "张三", startMs: 83_000 }), seg(1, "Hello", { speaker: "Bob" }), seg(2, "plain")]);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ index: 0, segmentStart: 0, segmentEnd: 2 });
    expect(chunks[0].text).toBe("[0] 张三 00:01:23: 大家好\n[1] Bob: Hello\n[2] plain");
    expect(chunks[0].tokenCount).toBe(countTokens(chunks[0].text));
  });

  it("counts CJK per character and never exceeds the budget", () => {
    const segments = Array.from({ length: 200 }, (_, i) => seg(i, "我们下周一上线新版本并完成回归测试。", { speaker: i % 2 ? "李四" : "张三", startMs: i * 5000 }));
    const chunks = chunkSegments(segments, { budget: 300, overlap: 40 });
    expect(chunks.length).toBeGreaterThan(10);
    for (const c of chunks) {
      expect(c.tokenCount).toBeLessThanOrEqual(300);
      expect(c.tokenCount).toBe(countTokens(c.text));
      const first = Number(/^\[(\d+)\]/.exec(c.text)?.[1]);
      expect(first).toBe(c.segmentStart);
      expect(c.text.split("\n").at(-1)).toMatch(new RegExp(`^\\[${c.segmentEnd}\\]`));
    }
    expect(chunks[0].segmentStart).toBe(0);
    expect(chunks.at(-1)!.segmentEnd).toBe(199);
  });

  it("overlaps trailing whole segments up to the overlap budget", () => {
    const segments = Array.from({ length: 30 }, (_, i) => seg(i, "一二三四五六七八九十"));
    const chunks = chunkSegments(segments, { budget: 60, overlap: 15 });
    // Each line costs 13 tokens ("[i]" = 3 + 10 hanzi): 4 per chunk, 1 repeated.
    expect(chunks[0]).toMatchObject({ segmentStart: 0, segmentEnd: 3 });
    expect(chunks[1]).toMatchObject({ segmentStart: 3, segmentEnd: 6 });
    expect(chunks[1].text.startsWith("[3] ")).toBe(true);
    const noOverlap = chunkSegments(segments, { budget: 60, overlap: 0 });
    expect(noOverlap[1].segmentStart).toBe(4);
  });

  it("splits only a segment that alone exceeds the budget, at sentence boundaries, keeping its range", () => {
    const long = "第一句话在这里。".repeat(50);
    const chunks = chunkSegments([seg(0, "开场。", { speaker: "A" }), seg(1, long, { speaker: "B", startMs: 1000 }), seg(2, "结束。", { speaker: "A" })], {
      budget: 100,
      overlap: 0,
    });
    const pieces = chunks.filter((c) => c.segmentStart === 1);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) {
      expect(p.segmentEnd).toBe(1);
      expect(p.tokenCount).toBeLessThanOrEqual(100);
      expect(p.text.startsWith("[1] B 00:00:01: 第一句话在这里。")).toBe(true);
      expect(p.text.endsWith("。")).toBe(true);
    }
    expect(pieces.map((p) => p.text.replace("[1] B 00:00:01: ", "")).join("")).toBe(long);
    expect(chunks[0]).toMatchObject({ segmentStart: 0, segmentEnd: 0 });
    expect(chunks.at(-1)).toMatchObject({ segmentStart: 2, segmentEnd: 2 });
  });

  it("repeats the heading line when the section changes and shows pages", () => {
    const chunks = chunkSegments([
      seg(0, "Intro text.", { headingPath: ["Intro"], page: 1 }),
      seg(1, "More intro.", { headingPath: ["Intro"], page: 1 }),
      seg(2, "Costs.", { headingPath: ["Budget", "Costs"], page: 2 }),
    ]);
    expect(chunks[0].text).toBe("# Intro\n[0] p.1: Intro text.\n[1] p.1: More intro.\n# Budget > Costs\n[2] p.2: Costs.");
  });

  it("uses defaults of 1500/100 and returns nothing for no segments", () => {
    expect(chunkSegments([])).toEqual([]);
    const segments = Array.from({ length: 400 }, (_, i) => seg(i, "word ".repeat(20).trim()));
    const chunks = chunkSegments(segments);
    for (const c of chunks) expect(c.tokenCount).toBeLessThanOrEqual(1500);
    expect(chunks[1].segmentStart).toBeLessThan(chunks[0].segmentEnd + 1);
  });
});
