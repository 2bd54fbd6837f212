import { describe, expect, it } from "vitest";
import { condenseZh } from "@/lib/text/spoken";

describe("condenseZh drops padding words, never pieces of longer words", () => {
  it("still drops spoken padding", () => {
    expect(condenseZh("其实这个方案可能要改一下。")).toBe("方案要改。");
    expect(condenseZh("就是，我觉得可以吧。")).toBe("可以。");
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
