import { describe, expect, it } from "vitest";
import { analyzeDoc } from "@/lib/engine/local/analyze";
import { analyzeInWindows, windowRanges } from "@/lib/engine/local/analyze-windows";
import { AnalysisSchema } from "@/lib/engine/types";
import { verifyAnalysis } from "@/lib/engine/verify";
import type { ParsedDoc } from "@/lib/ingest/types";
import { EN_MEETING } from "./fixtures";

/** The English fixture meeting said six times over: a long meeting whose windows each hold whole commitments. */
function longMeeting(times: number): ParsedDoc {
  const n = EN_MEETING.segments.length;
  const segments = Array.from({ length: times }, (_, k) => EN_MEETING.segments.map((s) => ({ ...s, index: s.index + k * n, startMs: (s.startMs ?? 0) + k * 3_600_000 }))).flat();
  return { ...EN_MEETING, segments };
}

describe("windowRanges", () => {
  const doc = longMeeting(6);
  const size = EN_MEETING.segments.length + 3;
  const ranges = windowRanges(doc, size);
  it("covers every segment once, in order, each window within the size", () => {
    expect(ranges[0][0]).toBe(0);
    expect(ranges.at(-1)![1]).toBe(doc.segments.length - 1);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i][0]).toBe(ranges[i - 1][1] + 1);
    for (const [a, b] of ranges) expect(b - a + 1).toBeLessThanOrEqual(size);
  });
  it("cuts where the speaker changes, not inside one person's turn", () => {
    for (const [, end] of ranges.slice(0, -1)) expect(doc.segments[end].speaker).not.toBe(doc.segments[end + 1].speaker);
  });
});

describe("analyzeInWindows", async () => {
  const doc = longMeeting(6);
  const n = EN_MEETING.segments.length;
  const whole = await analyzeInWindows(doc, [], { meetingDate: "2024-03-04" }, n);
  const single = await analyzeDoc(EN_MEETING, [], { meetingDate: "2024-03-04" });

  it("is a schema-valid analysis whose citations all verify against the whole document", () => {
    expect(AnalysisSchema.safeParse(whole).success).toBe(true);
    const checked = verifyAnalysis(whole, doc);
    expect(checked.todos.every((t) => t.verified)).toBe(true);
    expect(checked.summary.every((p) => p.verified)).toBe(true);
  });
  it("reads every window: each repetition's to-dos are found, cited on that repetition's lines", () => {
    expect(whole.todos.length).toBe(single.todos.length * 6);
    for (let k = 0; k < 6; k++) {
      const inWindow = whole.todos.filter((t) => t.citations[0] >= k * n && t.citations[0] < (k + 1) * n);
      expect(inWindow.map((t) => t.citations.map((c) => c - k * n))).toEqual(single.todos.map((t) => t.citations));
    }
  });
  it("keeps topics in document order across windows and the summary short but drawn from every part", () => {
    for (let i = 1; i < whole.topics.length; i++) expect(whole.topics[i].segmentStart).toBeGreaterThan(whole.topics[i - 1].segmentEnd);
    expect(whole.topics.at(-1)!.segmentEnd).toBe(doc.segments.length - 1);
    expect(whole.summary.length).toBeLessThanOrEqual(12);
    const windowsCited = new Set(whole.summary.map((p) => Math.floor(p.citations[0] / n)));
    expect(windowsCited.size).toBeGreaterThan(3);
  });
  it("joins one deck with a single decisions slide and a single action-items slide", () => {
    expect(whole.outline.slides.filter((s) => s.title === "Action items")).toHaveLength(1);
    expect(whole.outline.slides.length).toBeLessThanOrEqual(30);
  });
  it("leaves a document under the window size to the one-pass analysis", async () => {
    expect(await analyzeInWindows(EN_MEETING, [], { meetingDate: "2024-03-04" })).toEqual(single);
  });
});
