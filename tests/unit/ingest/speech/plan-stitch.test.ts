import { describe, expect, it } from "vitest";
import { chunkLengthMs, planChunks } from "@/lib/ingest/speech/plan";
import { stitchParts } from "@/lib/ingest/speech/stitch";

const opts = { maxChunkMs: 600_000, maxBytes: 25 * 1024 * 1024, bytesPerSecond: 32_000, overlapMs: 2000 };

describe("planChunks", () => {
  it("cuts a 2-hour recording into 10-minute parts that overlap by 2 s and cover it to the end", () => {
    const plan = planChunks(7_200_000, opts);
    expect(plan[0]).toEqual({ index: 0, startMs: 0, endMs: 600_000 });
    expect(plan[1]).toEqual({ index: 1, startMs: 598_000, endMs: 1_198_000 });
    for (let i = 1; i < plan.length; i++) expect(plan[i - 1].endMs - plan[i].startMs).toBe(2000);
    expect(plan.at(-1)!.endMs).toBe(7_200_000);
    expect(plan).toHaveLength(13);
  });

  it("keeps every part under the endpoint's size limit when that is shorter than SPEECH_CHUNK_SECONDS", () => {
    const small = { ...opts, maxBytes: 1_000_000 };
    const length = chunkLengthMs(small);
    expect((length / 1000) * small.bytesPerSecond).toBeLessThan(small.maxBytes);
    expect(length).toBe(30_312);
    const plan = planChunks(100_000, small);
    expect(plan.every((p) => ((p.endMs - p.startMs) / 1000) * small.bytesPerSecond < small.maxBytes)).toBe(true);
  });

  it("sends a recording shorter than one part as one part, and nothing for an empty one", () => {
    expect(planChunks(4_321, opts)).toEqual([{ index: 0, startMs: 0, endMs: 4_321 }]);
    expect(planChunks(0, opts)).toEqual([]);
  });

  it("refuses a size limit that leaves no room beyond the overlap", () => {
    expect(() => chunkLengthMs({ ...opts, maxBytes: 60_000 })).toThrow(RangeError);
  });
});

describe("stitchParts", () => {
  const plan = planChunks(12_000, { ...opts, maxChunkMs: 5000 });

  it("puts each part's segments on the recording's clock and keeps the overlapped stretch once", () => {
    // Every part hears each of its whole seconds as word k (k = the recording's second).
    const parts = plan.map((p) => ({
      plan: p,
      segments: Array.from({ length: Math.round((p.endMs - p.startMs) / 1000) }, (_, s) => ({ start: s, end: s + 1, text: `word ${p.startMs / 1000 + s}` })),
    }));
    const out = stitchParts(parts.reverse());
    expect(out.map((s) => s.text)).toEqual(Array.from({ length: 12 }, (_, k) => `word ${k}`));
    expect(out.map((s) => s.startMs)).toEqual(Array.from({ length: 12 }, (_, k) => k * 1000));
  });

  it("drops a repeat the next part heard with slightly different timing", () => {
    const [a, b] = planChunks(8_000, { ...opts, maxChunkMs: 5000 });
    const out = stitchParts([
      { plan: a, segments: [{ start: 0, end: 4.5, text: "We ship on Friday." }] },
      // Part b starts at 3 s; the endpoint places the tail of the same sentence at 0.05 s, then new words.
      {
        plan: b,
        segments: [
          { start: 1.1, end: 1.5, text: "we ship on friday" },
          { start: 2, end: 4, text: "Next item." },
        ],
      },
    ]);
    expect(out.map((s) => s.text)).toEqual(["We ship on Friday.", "Next item."]);
    expect(out[1]).toMatchObject({ startMs: 5000, endMs: 7000 });
  });

  it("keeps the same words said twice in a row within one part", () => {
    const out = stitchParts([
      {
        plan: { index: 0, startMs: 0, endMs: 5000 },
        segments: [
          { start: 0, end: 1, text: "Yes." },
          { start: 1.2, end: 2, text: "Yes." },
        ],
      },
    ]);
    expect(out.map((s) => s.startMs)).toEqual([0, 1200]);
  });

  it("keeps speaker labels and clamps an end past the part to the part's end", () => {
    const out = stitchParts([
      {
        plan: { index: 0, startMs: 0, endMs: 2000 },
        segments: [
          { start: 0.2, end: 9, text: " hello ", speaker: "A" },
          { start: 1, end: 2, text: "  " },
        ],
      },
    ]);
    expect(out).toEqual([{ startMs: 200, endMs: 2000, text: "hello", speaker: "A" }]);
  });
});
