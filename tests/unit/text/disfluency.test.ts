/** Disfluency cleanup for shown summary text, on sentences written for this test. */
import { describe, expect, it } from "vitest";
import { tidySentence } from "@/lib/text/disfluency";

const zh = (s: string) => tidySentence(s, { zh: true, meeting: true });
const en = (s: string) => tidySentence(s, { zh: false, meeting: true });

describe("tidySentence", () => {
  it("drops Chinese tag questions and clause-initial fillers", () => {
    expect(zh("这个接口下周要改对吧，然后测试再跟一轮。")).toBe("这个接口下周要改，测试再跟一轮。");
    expect(zh("就是说我们先按月结算。")).toBe("我们先按月结算。");
    expect(zh("那个，报价单我已经发了。")).toBe("报价单我已经发了。");
  });
  it("keeps content uses of the same characters", () => {
    expect(zh("这就是我们要解决的问题。")).toBe("这就是我们要解决的问题。");
    expect(zh("那个版本已经下线了。")).toBe("那个版本已经下线了。");
  });
  it("drops English restarts and filler 'like'", () => {
    expect(en("W What are the t three options?")).toBe("What are the three options?");
    expect(en("They'd all be like pointing to the one node.")).toBe("They'd all be pointing to the one node.");
    expect(en("It was, like, twenty euros.")).toBe("It was, twenty euros.");
    expect(en("Like how much does a remote control cost?")).toBe("How much does a remote control cost?");
    expect(en("Like the rubber one better.")).toBe("Like the rubber one better.");
  });
  it("keeps real short words, labels and similes", () => {
    expect(en("Option B is fine and the UI team agrees.")).toBe("Option B is fine and the UI team agrees.");
    expect(en("It looks like a banana.")).toBe("It looks like a banana.");
    expect(en("I like the rubber case.")).toBe("I like the rubber case.");
  });
  it("joins research-transcript hyphens and quotes", () => {
    expect(en('The belief - net has a " go there " node.')).toBe('The belief-net has a "go there" node.');
  });
  it("documents only get punctuation tidying", () => {
    expect(tidySentence("The t test , like , shows it.", { zh: false, meeting: false })).toBe("The t test, like, shows it.");
  });
  it("is idempotent", () => {
    const once = en("W What are the t three options, like, today?");
    expect(en(once)).toBe(once);
  });
});
