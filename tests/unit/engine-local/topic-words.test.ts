/** Topic salience: a unit naming the range's most recurrent noun scores 1, one naming only nouns said once scores 0. */
import { describe, expect, it } from "vitest";
import { topicSalience } from "@/lib/engine/local/topic-words";
import { scoreUnits } from "@/lib/engine/local/summarize";
import { displayLen, type Unit } from "@/lib/engine/local/units";
import { contentTerms } from "@/lib/text/terms";

const unit = (id: number, text: string): Unit => ({ id, seg: id, text, raw: text, sentence: text, terms: contentTerms(text), content: true, len: displayLen(text) });

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

describe("scoreUnits with topic salience", () => {
  it("lifts clauses naming the meeting's recurring subject towards a tightly similar off-topic pair", () => {
    // 芯片 is in most units, so the range's idf makes it cheap; the 会议室 pair shares rare words and is central.
    const units = [
      "芯片短缺影响了整个汽车行业。",
      "芯片的供应链需要本地化。",
      "芯片价格过低导致投入不足。",
      "芯片设计需要软件生态支持。",
      "会议室的投影设备需要维修。",
      "会议室的投影设备明天维修。",
    ].map((t, i) => unit(i, t));
    const s = scoreUnits(units, undefined, { informative: true });
    // Without topic salience the 芯片 clauses score under half of the pair (0.30–0.43 of it).
    expect(s.score[3]).toBeGreaterThan(0.75 * s.score[4]);
    expect(s.score[0]).toBeGreaterThan(0.75 * s.score[5]);
  });
});
