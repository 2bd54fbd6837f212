import { describe, expect, it } from "vitest";
import { compileGlossary, correctText, expandSearchTerm } from "@/lib/text/glossary";

const g = compileGlossary([
  { term: "混元", variants: ["浑元", "会员"] },
  { term: "DeFi", variants: ["define", "de fi"] },
  { term: "Kubernetes", variants: ["cooper netties"] },
]);

const fixed = (s: string) => correctText(g, s).text;

describe("glossary replacement", () => {
  it("replaces Chinese variants and keeps the original of each replacement", () => {
    const r = correctText(g, "腾讯浑元大模型很好");
    expect(r.text).toBe("腾讯混元大模型很好");
    expect(r.pieces).toEqual([{ text: "腾讯" }, { text: "混元", original: "浑元" }, { text: "大模型很好" }]);
    expect(r.replaced).toBe(1);
  });

  it("does not replace inside a longer Chinese word whose meaning it would change", () => {
    expect(fixed("我办了会员卡")).toBe("我办了会员卡");
    expect(fixed("等一会员工来了")).toBe("等一会员工来了");
    // …but does where the variant stands alone as a word.
    expect(fixed("会员说效果不错")).toBe("混元说效果不错");
  });

  it("matches Latin variants as whole words, case-insensitively", () => {
    expect(fixed("We define the DEFINE protocol")).toBe("We DeFi the DeFi protocol");
    expect(fixed("predefined values, undefined, definer")).toBe("predefined values, undefined, definer");
    expect(fixed("deploy on cooper netties today")).toBe("deploy on Kubernetes today");
    expect(fixed("我们用define协议")).toBe("我们用DeFi协议");
  });

  it("prefers the longest variant at a position and never overlaps replacements", () => {
    const h = compileGlossary([
      { term: "A", variants: ["ab"] },
      { term: "B", variants: ["abc"] },
      { term: "C", variants: ["bc"] },
    ]);
    expect(correctText(h, "abc ab bc").text).toBe("B A C");
  });

  it("leaves text alone with an empty glossary and with the terms themselves", () => {
    expect(correctText(compileGlossary([]), "浑元").text).toBe("浑元");
    expect(correctText(g, "混元 DeFi").replaced).toBe(0);
    expect(correctText(g, "").pieces).toEqual([]);
  });

  it("does work proportional to the text, not to text × terms", () => {
    const many = compileGlossary(Array.from({ length: 2000 }, (_, i) => ({ term: `T${i}`, variants: [`word${i}x`] })));
    const text = "word1x ".repeat(20000);
    const r = correctText(many, text);
    expect(r.replaced).toBe(20000);
    expect(r.text.startsWith("T1 T1 ")).toBe(true);
    // A pathological prefix-heavy glossary still yields one decision per position.
    const prefixes = compileGlossary(Array.from({ length: 50 }, (_, i) => ({ term: `P${i}`, variants: ["a".repeat(i + 1)] })));
    expect(correctText(prefixes, "a".repeat(120)).text).toBe("a".repeat(120));
    expect(correctText(prefixes, "aaa b").text).toBe("P2 b");
  });

  it("expands a search term to every spelling of its entry, from the term or a variant", () => {
    expect(expandSearchTerm(g, "混元")).toEqual(["混元", "浑元", "会员"]);
    expect(expandSearchTerm(g, "define")).toEqual(["DeFi", "define", "de fi"]);
    expect(expandSearchTerm(g, "预算")).toEqual(["预算"]);
  });
});
