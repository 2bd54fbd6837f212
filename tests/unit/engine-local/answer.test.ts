import { describe, expect, it } from "vitest";
import { localEngine, answerLocal } from "@/lib/engine/local";
import { parseTimeWindow } from "@/lib/engine/local/timewindow";
import { EN_MEETING, ZH_MEETING } from "./fixtures";

async function collect(q: string, doc = EN_MEETING, nowMs?: number) {
  const parts = [];
  for await (const p of localEngine.answer(q, doc, [], { nowMs })) parts.push(p);
  return parts;
}

describe("answer", () => {
  it("streams text, then citations, then done", async () => {
    const parts = await collect("What is the advertising budget?");
    const types = parts.map((p) => p.type);
    expect(types.at(-1)).toBe("done");
    expect(types.at(-2)).toBe("citations");
    expect(types.slice(0, -2).every((t) => t === "text")).toBe(true);
    expect(parts.at(-2)!.citations).toContain(12);
  });
  it("cites the segment that answers an English question", () => {
    const r = answerLocal("What caused the crash on Android phones?", EN_MEETING);
    expect(r.found).toBe(true);
    expect(r.citations).toContain(3);
    expect(r.answer).toMatch(/image cache/);
  });
  it("cites the segment that answers a Chinese question", () => {
    const r = answerLocal("登录速度为什么慢？", ZH_MEETING);
    expect(r.found).toBe(true);
    expect(r.citations).toContain(8);
  });
  it("says so when the document does not contain the answer, in its language", () => {
    const en = answerLocal("What is the capital of Australia?", EN_MEETING);
    expect(en).toMatchObject({ found: false, citations: [] });
    expect(en.answer).toMatch(/does not contain/);
    const zh = answerLocal("公司的年会在哪里举办？", ZH_MEETING);
    expect(zh.found).toBe(false);
    expect(zh.answer).toMatch(/没有找到/);
  });
});

describe("time windows", () => {
  it("parses English and Chinese windows", () => {
    expect(parseTimeWindow("what was said in the last 5 minutes?", 20 * 60_000)).toEqual({ fromMs: 15 * 60_000, toMs: 20 * 60_000 });
    expect(parseTimeWindow("what was discussed between 10:00 and 15:00", 0)).toEqual({ fromMs: 600_000, toMs: 900_000 });
    expect(parseTimeWindow("最后十分钟讲了什么", 30 * 60_000)).toEqual({ fromMs: 20 * 60_000, toMs: 30 * 60_000 });
    expect(parseTimeWindow("刚刚说了什么", 30 * 60_000)).toEqual({ fromMs: 25 * 60_000, toMs: 30 * 60_000 });
    expect(parseTimeWindow("What is the budget?", 0)).toBeNull();
  });
  it("summarises only segments inside the window", () => {
    const r = answerLocal("What was discussed between 10:00 and 13:00?", EN_MEETING);
    expect(r.found).toBe(true);
    expect(r.citations.length).toBeGreaterThan(0);
    for (const c of r.citations) {
      expect(c).toBeGreaterThanOrEqual(9);
      expect(c).toBeLessThanOrEqual(12);
    }
  });
  it("answers 刚刚说了什么 from the end of the meeting", () => {
    const r = answerLocal("刚刚说了什么？", ZH_MEETING);
    expect(r.found).toBe(true);
    for (const c of r.citations) expect(c).toBeGreaterThanOrEqual(6);
  });
  it("explains that an untimed transcript cannot be searched by time", () => {
    const untimed = { ...EN_MEETING, segments: EN_MEETING.segments.map(({ startMs: _s, endMs: _e, ...s }) => s) };
    expect(answerLocal("what was said in the last 5 minutes", untimed)).toMatchObject({ found: false });
  });
});
