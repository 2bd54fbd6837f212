import { describe, expect, it } from "vitest";
import { condenseZh } from "@/lib/text/spoken";

describe("condenseZh drops padding words, never pieces of longer words", () => {
  it("still drops spoken padding", () => {
    expect(condenseZh("其实这个方案要改一下这里。")).toBe("方案要改这里。");
    expect(condenseZh("就是，我觉得可以吧。")).toBe("可以。");
  });

  it("keeps words whose loss would change what was said", () => {
    // A hedge is part of the claim: dropping 可能 turns a possibility into a certainty.
    expect(condenseZh("新官网可能要推迟。")).toBe("新官网可能要推迟。");
    // A number is never cut apart ("一比一点二" is not "一比二"), nor a degree ("多一点").
    expect(condenseZh("投产比只有一比一点二。")).toBe("投产比只有一比一点二。");
    expect(condenseZh("小红书可以多一点。")).toBe("小红书可以多一点。");
    // A verb with 一下 and nothing after it would be left bare ("跟技术对").
    expect(condenseZh("你帮忙跟技术对一下。")).toBe("你帮忙跟技术对一下。");
  });

  it("keeps words that contain a padding string", () => {
    for (const t of [
      "不可能做到。",
      "有可能下周上线。",
      "可能性不大。",
      "第一点是预算。",
      "明天一点钟开会。",
      "他一下子就懂了。",
      "名副其实的第一。",
      "这是理所当然的。",
      "他说的话没错。",
      "我们去酒吧。",
    ]) {
      expect(condenseZh(t)).toBe(t);
    }
  });

  it("keeps a demonstrative that is the subject or part of a time word", () => {
    expect(condenseZh("这个不行。")).toBe("这个不行。");
    expect(condenseZh("这个月底交。")).toBe("这个月底交。");
    expect(condenseZh("那个时候还没有。")).toBe("那个时候还没有。");
    // Before a noun it is padding.
    expect(condenseZh("这个预算要批。")).toBe("预算要批。");
  });

  it("keeps copular 就是 after a subject noun or a cleft, drops it as filler", () => {
    expect(condenseZh("问题就是预算。")).toBe("问题就是预算。");
    expect(condenseZh("我们要做的就是降本。")).toBe("我们要做的就是降本。");
    expect(condenseZh("我们就是做了一个调研。")).toBe("我们做了一个调研。");
    expect(condenseZh("不就是钱的问题吗？")).toBe("不就是钱的问题吗？");
    expect(condenseZh("就是，预算不够。")).toBe("预算不够。");
  });
});
