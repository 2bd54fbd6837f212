import { afterEach, describe, expect, it } from "vitest";
import { retrievalCacheStats, retrievalIndex, setRetrievalCacheBudget } from "@/lib/engine/local/retrieval-cache";
import { answerLocal } from "@/lib/engine/local";
import type { ParsedDoc } from "@/lib/ingest/types";

const doc = (lines: string[]): ParsedDoc => ({
  kind: "document",
  title: "t",
  lang: "en",
  speakers: [],
  format: "txt",
  segments: lines.map((text, index) => ({ index, text })),
});

describe("local retrieval index cache", () => {
  it("reuses the index for a copy with the same lines and builds a new one when a line changes", () => {
    const a = doc(["The budget is forty thousand dollars.", "The launch is on Friday."]);
    const first = retrievalIndex(a);
    expect(retrievalIndex(structuredClone(a))).toBe(first);
    const edited = structuredClone(a);
    edited.segments[1].text = "The launch is on Monday.";
    expect(retrievalIndex(edited)).not.toBe(first);
    // Answers come from the lines of the document asked, not a cached neighbour's.
    expect(answerLocal("When is the launch?", edited).answer).toContain("Monday");
    expect(answerLocal("When is the launch?", a).answer).toContain("Friday");
  });
});

describe("local retrieval index cache: bounded by memory", () => {
  const meeting = (i: number, lines = 40) => doc(Array.from({ length: lines }, (_, k) => `Meeting ${i} line ${k}: the budget for item ${k} is ${i * k} dollars.`));

  afterEach(() => setRetrievalCacheBudget());

  it("keeps fifty meetings warm at once (a count of four rebuilt nearly every question)", () => {
    const docs = Array.from({ length: 50 }, (_, i) => meeting(i));
    const built = docs.map((d) => retrievalIndex(d));
    docs.forEach((d, i) => {
      expect(retrievalIndex(structuredClone(d))).toBe(built[i]);
    });
  });

  it("evicts the least recently asked document when over its budget, and always keeps the newest", () => {
    const [a, b, c] = [meeting(101), meeting(102), meeting(103)];
    setRetrievalCacheBudget(1); // empties the cache of the tests before, but for a
    const ia = retrievalIndex(a);
    setRetrievalCacheBudget();
    const ib = retrievalIndex(b);
    // Room for about two of these meetings: asking c evicts the least recently used.
    setRetrievalCacheBudget(retrievalCacheStats().bytes);
    expect(retrievalIndex(a)).toBe(ia); // a is now the most recent; b the oldest
    retrievalIndex(c);
    expect(retrievalIndex(a)).toBe(ia);
    expect(retrievalIndex(b)).not.toBe(ib);
    // A budget smaller than one document still keeps the one being asked about.
    setRetrievalCacheBudget(1);
    const ic = retrievalIndex(c);
    expect(retrievalCacheStats().entries).toBe(1);
    expect(retrievalIndex(c)).toBe(ic);
  });
});
