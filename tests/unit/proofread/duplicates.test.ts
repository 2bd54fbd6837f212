import { describe, expect, it } from "vitest";
import { check, fix } from "./helpers";

describe("repeated characters, words and punctuation", () => {
  it("removes doubled function characters and words in Chinese", () => {
    expect(fix("市场部的的数据")).toBe("市场部的数据");
    expect(fix("我们需要在在周五之前提交")).toBe("我们需要在周五之前提交");
    expect(fix("我们我们下周再讨论")).toBe("我们下周再讨论");
    expect(fix("他们对这个方案很很满意")).toBe("他们对这个方案很满意");
    expect(check("这是是第一次")[0]).toMatchObject({ kind: "duplicate", original: "是是", replacement: "是" });
  });

  it("keeps legitimate reduplication and neighbouring words that share a character", () => {
    for (const ok of [
      "我们看看下个月的排期",
      "谢谢大家",
      "他常常加班",
      "人人都应该遵守",
      "我们需要讨论讨论这个方案",
      "他的的确确做了很多工作",
      "现在在做的项目",
      "为了了解需求",
      "达到目的的手段",
      "这件事不了了之",
      "没有有效的数据",
      "他们对对方的报价不满意",
      "希望以后多多组织",
      "天天加班",
      "刚刚开完会",
    ]) {
      expect(check(ok), ok).toEqual([]);
    }
  });

  it("removes repeated punctuation but keeps an ellipsis and emphasis", () => {
    expect(fix("正式上线。。")).toBe("正式上线。");
    expect(fix("发到群里，，我会汇总")).toBe("发到群里，我会汇总");
    expect(fix("Thanks,, see you.")).toBe("Thanks, see you.");
    expect(fix("See you tomorrow..")).toBe("See you tomorrow.");
    expect(check("太棒了！！！")).toEqual([]);
    expect(check("Well... maybe.")).toEqual([]);
    expect(check("See ../docs/readme for more.")).toEqual([]);
  });

  it('removes "the the" but keeps "had had", "that that" and repeated names', () => {
    expect(fix("Please send the the slides.")).toBe("Please send the slides.");
    expect(fix("The the report is late.")).toBe("The report is late.");
    expect(fix("I think this is a a good idea.")).toBe("I think this is a good idea.");
    expect(fix("The project is is late.")).toBe("The project is late.");
    expect(check("He had had enough.")).toEqual([]);
    expect(check("I think that that decision was right.")).toEqual([]);
    expect(check("We went to Walla Walla.")).toEqual([]);
    expect(check("Options b b and c.")).toEqual([]);
  });
});
