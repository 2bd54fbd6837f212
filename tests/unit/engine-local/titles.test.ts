import { describe, expect, it } from "vitest";
import { isNounPhraseEn, isNounPhraseZh, keyphrases } from "@/lib/engine/local/keyphrases";

describe("chapter titles name things", () => {
  it("a noun phrase qualifies; a clause, a number word or an adverb does not", () => {
    expect(isNounPhraseEn("flaky checkout test")).toBe(true);
    expect(isNounPhraseEn("kinetic battery")).toBe(true);
    expect(isNounPhraseEn("nothing weird comes")).toBe(false);
    expect(isNounPhraseEn("Thirty")).toBe(false);
    expect(isNounPhraseEn("really")).toBe(false);
  });
  it("read in its sentence, a verb that looks like a plural noun is a verb", () => {
    expect(isNounPhraseEn("guest checkout stays", "I think guest checkout stays the default for now.")).toBe(false);
  });
  it("keyphrases prefer noun phrases over higher-scoring clause fragments", () => {
    const text =
      "Thirty points, nothing weird comes up. Thirty is fine. The flaky checkout test failed again. The flaky checkout test needs a fix. Nothing weird comes from the logs.";
    const k = keyphrases(text, new Map(), 2);
    expect(k.length).toBeGreaterThan(0);
    for (const p of k) expect(p.toLowerCase()).not.toMatch(/^thirty$|comes/);
  });
  it("a Chinese title is a noun phrase: no clause, pronoun, time word or bare number", () => {
    expect(isNounPhraseZh("活动预算")).toBe(true);
    expect(isNounPhraseZh("我出一版")).toBe(false);
    expect(isNounPhraseZh("周三")).toBe(false);
    const k = keyphrases("双十二的活动预算是十五万。双十二的活动预算比去年少。下周三之前我出一版。下周三之前我出一版。", new Map(), 3);
    expect(k).toContain("活动预算");
    for (const p of k) expect(p).not.toMatch(/^十二$|我出一版|周三/);
  });
  it("a title names no time word and, when asked, no participant", () => {
    const text = "Mei, could you do the final call before the end of next week? Mei said the final call is booked. The end of next week works for Mei.";
    const k = keyphrases(text, new Map(), 2, new Set(["mei"]));
    expect(k.join(" ").toLowerCase()).toContain("final call");
    for (const p of k) expect(p.toLowerCase()).not.toMatch(/\bmei\b|\bend\b|\bweek\b/);
  });
  it("a title names no month, no number word and nothing of how the meeting moves on", () => {
    const text =
      "Agreed, offer one and a half million to the vendor. Last item, the vendor contract. We hold the fourth seat until March. Agreed, the vendor contract gets signed in March.";
    const k = keyphrases(text, new Map(), 3);
    expect(k.join(" ").toLowerCase()).toContain("vendor");
    for (const p of k) expect(p.toLowerCase()).not.toMatch(/\bmarch\b|\bhalf\b|\bagreed\b|\blast\b|\bitem\b/);
  });
});
