/** The quote check's sliding window, exactly: what it counts, where the window ends, how ties fall. */
import { describe, expect, it } from "vitest";
import { quoteIsSupported, quoteMatchScore, verifyAnalysis } from "@/lib/engine/verify";
import type { Analysis } from "@/lib/engine/types";
import type { ParsedDoc } from "@/lib/ingest/types";

describe("quoteMatchScore", () => {
  it("an empty quote is trivially found; a substring scores 1", () => {
    expect(quoteMatchScore("", "anything")).toBe(1);
    expect(quoteMatchScore("cde", "abcdefg")).toBe(1);
  });
  it("a single character that is not in the source scores 0", () => {
    expect(quoteMatchScore("z", "abcdef")).toBe(0);
  });
  it("two characters in the wrong order share no bigram", () => {
    expect(quoteMatchScore("ab", "ba")).toBe(0);
  });
  it("counts bigrams in the best window only, not scattered over a long source", () => {
    // "abcdefgh" has 7 bigrams; the source holds ab,bc,cd together and ef,fg,gh far away.
    const source = `abcd${"x".repeat(40)}efgh`;
    expect(quoteMatchScore("abcdefgh", source)).toBeCloseTo(3 / 7, 5);
  });
  it("a window long enough for the quote plus a quarter: a few inserted fillers still match", () => {
    // 8 bigrams in the quote; the source inserts two characters in the middle.
    expect(quoteMatchScore("abcdefghi", "abcd嗯嗯efghi")).toBeCloseTo(7 / 8, 5);
  });
  it("repeated bigrams are needed as often as the quote has them", () => {
    expect(quoteMatchScore("哈哈哈哈", "哈哈")).toBeCloseTo(1 / 3, 5);
    expect(quoteMatchScore("abab", `ab${"x".repeat(20)}ab`)).toBeCloseTo(1 / 3, 5);
  });
  it("bigrams that leave the window stop counting", () => {
    // The first half matches at the start, the second at the end; no window holds both.
    const q = "abcdefghijkl";
    const s = `abcdef${"y".repeat(30)}ghijkl`;
    expect(quoteMatchScore(q, s)).toBeCloseTo(5 / 11, 5);
  });
  it("bigrams the quote does not need leave the window without costing a match", () => {
    // The best window is the last one, after thirty unneeded bigrams have slid out of the window.
    expect(quoteMatchScore("abcdefgh", `${"y".repeat(30)}abcdxefgh`)).toBeCloseTo(6 / 7, 5);
  });
  it("the best window counts, not the last one", () => {
    expect(quoteMatchScore("abcdefgz", `abcdefg${"y".repeat(30)}`)).toBeCloseTo(6 / 7, 5);
  });
});

describe("quoteIsSupported", () => {
  it("accepts at the threshold exactly and refuses below it", () => {
    // 5 of the quote's bigrams (score 5/6 ≈ 0.83) vs 4 of them (4/6 ≈ 0.67).
    expect(quoteIsSupported("abcdefg", "abcdef", 5 / 6)).toBe(true);
    expect(quoteIsSupported("abcdefg", "abcde", 5 / 6)).toBe(false);
  });
  it("a quote of only punctuation or spaces leaves the citation check to decide", () => {
    expect(quoteIsSupported(" 。，! ", "unrelated")).toBe(true);
  });
});

describe("verifyAnalysis citations", () => {
  const doc: ParsedDoc = {
    kind: "meeting",
    title: "t",
    lang: "en",
    speakers: ["Ana"],
    format: "txt",
    segments: [
      { index: 0, speaker: "Ana", text: "We ship on Friday." },
      { index: 1, text: "The budget is fixed." },
      { index: 2, text: "Nothing else." },
    ],
  };
  const base: Analysis = {
    engine: "local",
    model: null,
    lang: "en",
    summary: [],
    topics: [],
    decisions: [],
    todos: [],
    outline: { title: "t", slides: [] },
    coverage: { chunksTotal: 0, chunksOk: 0, failed: [] },
  };
  it("keeps existing citations once each, in order, and drops the rest", () => {
    const r = verifyAnalysis({ ...base, decisions: [{ text: "d", citations: [2, 0, 9, 2, 1.5], verified: false }] }, doc);
    expect(r.decisions[0]).toMatchObject({ citations: [0, 2], verified: true });
  });
  it("reads the speaker's name as part of the cited line", () => {
    const r = verifyAnalysis({ ...base, decisions: [{ text: "d", citations: [0], verified: false, evidence: ["Ana: we ship on Friday"] }] }, doc);
    expect(r.decisions[0].verified).toBe(true);
  });
  it("a quote from another line than the one cited is not verified", () => {
    const r = verifyAnalysis({ ...base, decisions: [{ text: "d", citations: [2], verified: true, evidence: ["the budget is fixed"] }] }, doc);
    expect(r.decisions[0].verified).toBe(false);
  });
});
