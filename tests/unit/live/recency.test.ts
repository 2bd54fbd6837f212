import { describe, expect, it } from "vitest";
import { answerRecency, DEFAULT_WINDOW_MS, parseRecency, selectRecent, type RecentLine } from "@/lib/engine/local/recency";

const MIN = 60_000;

describe("parseRecency", () => {
  it.each([
    ["刚刚说了什么", { kind: "window", ms: DEFAULT_WINDOW_MS, explicit: false }],
    ["刚才讨论了啥？", { kind: "window", ms: DEFAULT_WINDOW_MS, explicit: false }],
    ["我错过了什么", { kind: "window", ms: DEFAULT_WINDOW_MS, explicit: false }],
    ["What did I miss?", { kind: "window", ms: DEFAULT_WINDOW_MS, explicit: false }],
    ["what was just said", { kind: "window", ms: DEFAULT_WINDOW_MS, explicit: false }],
    ["what did I miss in the last 10 minutes", { kind: "window", ms: 10 * MIN, explicit: true }],
    ["最近5分钟说了什么", { kind: "window", ms: 5 * MIN, explicit: true }],
    ["最近 5 分钟说了什么", { kind: "window", ms: 5 * MIN, explicit: true }],
    ["过去十分钟讨论了什么", { kind: "window", ms: 10 * MIN, explicit: true }],
    ["刚刚两分钟说了啥", { kind: "window", ms: 2 * MIN, explicit: true }],
    ["Summarize the past two minutes", { kind: "window", ms: 2 * MIN, explicit: true }],
    ["last 30 seconds?", { kind: "window", ms: 30_000, explicit: true }],
    ["最近30秒", { kind: "window", ms: 30_000, explicit: true }],
    ["what happened in the last hour", null],
    ["what happened in the last 1 hour", { kind: "window", ms: 60 * MIN, explicit: true }],
    ["最近半小时说了什么", { kind: "window", ms: 30 * MIN, explicit: true }],
    ["最后20句", { kind: "lines", n: 20 }],
    ["最近三条", { kind: "lines", n: 3 }],
    ["show the last 5 lines", { kind: "lines", n: 5 }],
  ] as const)("%s", (q, want) => {
    expect(parseRecency(q)).toEqual(want);
  });

  it("leaves other questions to the normal answer path", () => {
    for (const q of ["What did we decide about the budget?", "预算是多少？", "有没有提到我", "what was said between 10:00 and 15:00", "前十分钟说了什么", "the first 5 minutes"]) {
      expect(parseRecency(q), q).toBeNull();
    }
  });

  it("caps absurd windows and line counts", () => {
    expect(parseRecency("last 9999 minutes")).toEqual({ kind: "window", ms: 4 * 60 * MIN, explicit: true });
    expect(parseRecency("last 9999 lines")).toEqual({ kind: "lines", n: 200 });
  });
});

const lines: RecentLine[] = [
  { index: 0, speaker: "Ann", text: "Opening remarks about the agenda.", startMs: 0, endMs: 5_000 },
  { index: 1, speaker: "Bo", text: "The agency quoted forty thousand dollars.", startMs: 60_000, endMs: 70_000 },
  { index: 2, speaker: "Ann", text: "A long point that started before the window and ran into it.", startMs: 290_000, endMs: 425_000 },
  { index: 3, speaker: "Cy", text: "We move the money to search ads.", startMs: 480_000, endMs: 490_000 },
  { index: 4, speaker: "Bo", text: "Agreed.", startMs: 495_000, endMs: 500_000 },
];

describe("selectRecent", () => {
  it("keeps the lines that end inside the window, including one that started before it", () => {
    expect(selectRecent(lines, { kind: "window", ms: 3 * MIN, explicit: false }, 500_000).map((l) => l.index)).toEqual([2, 3, 4]);
    expect(selectRecent(lines, { kind: "window", ms: 30_000, explicit: true }, 500_000).map((l) => l.index)).toEqual([3, 4]);
  });
  it("takes the last N lines whatever their times", () => {
    expect(selectRecent(lines, { kind: "lines", n: 2 }, 0).map((l) => l.index)).toEqual([3, 4]);
    expect(selectRecent(lines, { kind: "lines", n: 50 }, 0)).toHaveLength(5);
  });
  it("ignores lines stamped after now (a client clock ahead)", () => {
    expect(selectRecent(lines, { kind: "window", ms: 7 * MIN, explicit: true }, 450_000).map((l) => l.index)).toEqual([1, 2]);
  });
});

describe("answerRecency", () => {
  const meta = { lang: "en" as const, speakers: ["Ann", "Bo", "Cy"] };
  it("reports the window's own sentences with their lines cited, oldest first; a bare backchannel is left out", () => {
    const r = answerRecency({ kind: "window", ms: 60_000, explicit: true }, lines, 500_000, meta);
    expect(r.found).toBe(true);
    expect(r.citations).toEqual([3]);
    expect(r.answer).toMatch(/^In the last 1 minute \(08:00–08:20\):/);
    expect(r.answer).toContain("search ads");
    expect(r.answer).not.toContain("forty thousand");
  });
  it("says honestly that nothing was said in a silent window, and when the last line was", () => {
    const r = answerRecency({ kind: "window", ms: 2 * MIN, explicit: true }, lines, 900_000, meta);
    expect(r).toMatchObject({ found: false, citations: [] });
    expect(r.answer).toBe("Nothing was said in the last 2 minutes. The last line was at 08:15.");
    const zh = answerRecency({ kind: "window", ms: DEFAULT_WINDOW_MS, explicit: false }, [], 0, { lang: "zh", speakers: [] });
    expect(zh.answer).toBe("最近 3 分钟没有人发言。");
  });
  it("summarises a long window to a few central sentences, each cited", () => {
    const many: RecentLine[] = Array.from({ length: 40 }, (_, i) => ({
      index: i,
      speaker: i % 2 ? "Bo" : "Ann",
      text:
        i % 5 === 0 ? `The migration of the billing database ${i} needs a rollback plan and a test run.` : `Point ${i} about the billing database migration schedule and risks.`,
      startMs: i * 10_000,
      endMs: i * 10_000 + 9_000,
    }));
    const r = answerRecency({ kind: "window", ms: 10 * MIN, explicit: true }, many, 400_000, meta);
    expect(r.found).toBe(true);
    expect(r.citations.length).toBeGreaterThan(0);
    expect(r.citations.length).toBeLessThan(40);
    expect(r.citations).toEqual([...r.citations].sort((a, b) => a - b));
  });
});
