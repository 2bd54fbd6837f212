import { describe, expect, it } from "vitest";
import type { ParsedDoc } from "@/lib/ingest/types";
import { batchesOf, dueCount, replayLines } from "../../../scripts/live-replay-plan";

const doc = (segments: ParsedDoc["segments"]): ParsedDoc => ({ kind: "meeting", title: "t", lang: "en", speakers: [], format: "txt", segments });

describe("live replay timing", () => {
  it("keeps a transcript's own times, ending a line where the next begins", () => {
    const lines = replayLines(
      doc([
        { index: 0, speaker: "Ann", text: "Hello.", startMs: 60_000 },
        { index: 1, speaker: "Bo", text: "Hi.", startMs: 65_000, endMs: 66_000 },
      ]),
    );
    expect(lines).toEqual([
      { speaker: "Ann", text: "Hello.", startMs: 60_000, endMs: 65_000 },
      { speaker: "Bo", text: "Hi.", startMs: 65_000, endMs: 66_000 },
    ]);
  });
  it("gives untimed lines synthetic times and drops empty ones; control characters become spaces", () => {
    const lines = replayLines(
      doc([
        { index: 0, text: "One\u0007two" },
        { index: 1, text: "   " },
        { index: 2, speaker: "Cy", text: "Three" },
      ]),
      3000,
    );
    expect(lines).toEqual([
      { speaker: null, text: "One two", startMs: 0, endMs: 3000 },
      { speaker: "Cy", text: "Three", startMs: 6000, endMs: 9000 },
    ]);
  });
  it("cuts a line past the endpoint's 4,000 characters into pieces that keep all the text", () => {
    const text = "A sentence that repeats. ".repeat(400).trim();
    const lines = replayLines(doc([{ index: 0, text, startMs: 0, endMs: 10_000 }]));
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((l) => l.text.length <= 4000)).toBe(true);
    expect(
      lines
        .map((l) => l.text)
        .join(" ")
        .replace(/\s+/g, " "),
    ).toBe(text);
    expect(lines.at(-1)!.endMs).toBe(10_000);
  });
  it("releases lines by the meeting clock at the chosen speed, from the first line's time", () => {
    const lines = replayLines(doc([0, 10, 20, 30, 40].map((s, i) => ({ index: i, text: `l${i}`, startMs: 100_000 + s * 1000 }))));
    expect(dueCount(lines, 0, 1)).toBe(1);
    expect(dueCount(lines, 10_000, 1)).toBe(2);
    expect(dueCount(lines, 2_000, 10)).toBe(3);
    expect(dueCount(lines, 60_000, 10)).toBe(5);
  });
  it("splits a due run into batches of at most 200 lines", () => {
    const lines = Array.from({ length: 450 }, (_, i) => ({ speaker: null, text: `l${i}`, startMs: i, endMs: i + 1 }));
    expect(batchesOf(lines).map((b) => b.length)).toEqual([200, 200, 50]);
  });
});
