import { describe, expect, it } from "vitest";
import { lcsLength, rouge, rougeTokens, rougeN } from "@/lib/eval/rouge";

describe("rouge tokenizers", () => {
  it("English: lower-case, split on non-alphanumerics", () => {
    expect(rougeTokens("The U.S. budget's 3rd-quarter!", "en")).toEqual(["the", "u", "s", "budget", "s", "3rd", "quarter"]);
  });
  it("Chinese characters: one token per Han character, Latin words and numbers whole, punctuation dropped", () => {
    expect(rougeTokens("我们决定用React 18。", "zh-char")).toEqual(["我", "们", "决", "定", "用", "react", "18"]);
  });
  it("Chinese words: segmenter output without punctuation", () => {
    expect(rougeTokens("我们决定用React。", "zh-word")).toEqual(["我们", "决定", "用", "react"]);
  });
});

describe("rouge scores (hand-computed)", () => {
  // cand: the cat sat on the mat / ref: the cat is on the mat
  // R1: overlap 5 of 6 and 6 → F 83.33; R2: overlap 3 of 5 and 5 → 60; LCS "the cat on the mat" = 5 → 83.33
  it("matches the textbook example", () => {
    const s = rouge("the cat sat on the mat", "the cat is on the mat", "en");
    expect(s.r1).toBeCloseTo(83.333, 2);
    expect(s.r2).toBeCloseTo(60, 5);
    expect(s.rl).toBeCloseTo(83.333, 2);
  });
  it("clips repeated n-grams and handles unequal lengths", () => {
    // cand "the the the" vs ref "the cat": overlap 1 → P 1/3, R 1/2, F = 0.4
    expect(rougeN(["the", "the", "the"], ["the", "cat"], 1).f).toBeCloseTo(0.4, 10);
    expect(lcsLength(["a", "b", "c", "d"], ["b", "d", "a"])).toBe(2);
  });
  it("scores Chinese at character level", () => {
    // cand 我们开会 / ref 我们散会: overlap 我 们 会 = 3 of 4 → 75; bigrams 我们 only → 1/3 → 33.33
    const s = rouge("我们开会。", "我们散会", "zh-char");
    expect(s.r1).toBeCloseTo(75, 5);
    expect(s.r2).toBeCloseTo(33.333, 2);
  });
  it("is zero for empty candidates", () => {
    expect(rouge("", "anything here", "en")).toEqual({ r1: 0, r2: 0, rl: 0 });
  });
});
