import { describe, expect, it } from "vitest";
import { isNounPhraseEn, keyphrases } from "@/lib/engine/local/keyphrases";

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
});
