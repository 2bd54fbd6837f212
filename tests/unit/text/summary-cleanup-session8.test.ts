/** Session 8: Chinese ASR cleanup of summary text (self-repairs, resumptive pronouns, tag questions), on sentences written for this test. */
import { describe, expect, it } from "vitest";
import { tidySentence } from "@/lib/text/disfluency";
import { condenseZh } from "@/lib/text/spoken";
import { standaloneIssue } from "@/lib/text/standalone";

const zh = (s: string) => tidySentence(s, { zh: true, meeting: true });

describe("tag questions", () => {
  it("leave a statement, not a stray 是 or a question mark", () => {
    expect(condenseZh("小城市的机会还是有差距的是吧？")).toBe("小城市的机会还是有差距的。");
    expect(condenseZh("接口下周要改，对不对？")).toBe("接口下周要改。");
    expect(condenseZh("预算已经批了对吧，下周开工。")).toBe("预算已经批了，下周开工。");
  });
  it("keep a real question and 是不是 inside a clause", () => {
    expect(condenseZh("方案是不是要改？")).toBe("方案是不是要改？");
    expect(condenseZh("下周谁来负责测试？")).toBe("下周谁来负责测试？");
  });
});

describe("demonstrative + classifier framing", () => {
  it("goes before a noun", () => {
    expect(condenseZh("区块链是数字基建的这么一个信任基础。")).toBe("区块链是数字基建的信任基础。");
    expect(condenseZh("在这样的一个大前提下，公链怎么发展？")).toBe("在大前提下，公链怎么发展？");
  });
  it("stays when it is not framing", () => {
    expect(condenseZh("这个月底交。")).toBe("这个月底交。");
  });
});

describe("self-repairs", () => {
  it("keep the repaired word: 有也有 → 也有, a restart after a comma", () => {
    expect(zh("有也有非常多的公链应用。")).toBe("也有非常多的公链应用。");
    expect(zh("我们，我们会在下周上线。")).toBe("我们会在下周上线。");
  });
  it("leave emphatic V也V不 alone", () => {
    expect(zh("这份报告看也看不懂。")).toBe("这份报告看也看不懂。");
    expect(zh("这个价格想都想不到。")).toBe("这个价格想都想不到。");
  });
});

describe("resumptive pronouns", () => {
  it("go after the noun they take up", () => {
    expect(zh("区块链它跟新基建怎么融合？")).toBe("区块链跟新基建怎么融合？");
    expect(zh("公链它的瓶颈在性能上。")).toBe("公链的瓶颈在性能上。");
  });
  it("stay as objects, inside words and at a clause start", () => {
    expect(zh("我们明天告诉他结果。")).toBe("我们明天告诉他结果。");
    expect(zh("其他部门也要参加。")).toBe("其他部门也要参加。");
    expect(zh("他们下周交方案。")).toBe("他们下周交方案。");
  });
});

describe("concessive lists", () => {
  it("a clause ending in 也好 / 也罢 waits for its main clause", () => {
    expect(standaloneIssue("不管是技术公司还是投资机构也好。")).toBe("dangling");
    expect(standaloneIssue("线上也罢线下也罢都要先做预算。")).toBeNull();
  });
});

describe("housekeeping and frames", () => {
  it("pleasure at taking part is ceremony, pleasure about the subject is not", () => {
    expect(standaloneIssue("我很高兴今天能够在这里跟大家一起聊美国文学。")).toBe("housekeeping");
    expect(standaloneIssue("非常荣幸参加这次论坛。")).toBe("housekeeping");
    expect(standaloneIssue("大家都很高兴看到销量上涨了三成。")).toBeNull();
  });
  it("a circumstance frame with no main clause dangles", () => {
    expect(standaloneIssue("疫情在今天特别是在疫情的情况下。")).toBe("dangling");
    expect(standaloneIssue("在现有系统的基础上。")).toBe("dangling");
    expect(standaloneIssue("在现有系统的基础上增加一个审批环节。")).toBeNull();
  });
});
