/** Topic salience: a unit naming the range's most recurrent noun scores 1, one naming only nouns said once scores 0. */
import { describe, expect, it } from "vitest";
import { topicSalience } from "@/lib/engine/local/topic-words";

describe("topicSalience", () => {
  const texts = ["芯片的供应链很紧张。", "芯片价格太低了。", "汽车行业需要芯片。", "汽车行业在转型。", "明天下午开会讨论预算。"];
  it("is relative to the range's most recurrent noun", () => {
    const s = topicSalience(texts, () => true);
    expect(s[0]).toBeCloseTo(1);
    expect(s[1]).toBeCloseTo(1);
    // 汽车行业: 2 of the units, against 芯片's 3.
    expect(s[3]).toBeCloseTo(Math.log(2) / Math.log(3));
    expect(s[4]).toBe(0);
  });
  it("ignores units that do not count", () => {
    const s = topicSalience(texts, (i) => i !== 2);
    expect(s[2]).toBe(0);
    expect(s[0]).toBeCloseTo(1);
    // 汽车行业 is now named once: no recurrence, no salience.
    expect(s[3]).toBe(0);
  });
  it("is 0 everywhere when no noun recurs", () => {
    expect(topicSalience(["芯片很贵。", "预算不够。"], () => true)).toEqual([0, 0]);
  });
});
