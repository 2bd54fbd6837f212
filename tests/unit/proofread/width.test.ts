import { describe, expect, it } from "vitest";
import { check, fix } from "./helpers";

describe("punctuation width", () => {
  it("makes half-width marks inside Chinese full-width", () => {
    expect(fix("我们今天开会,讨论预算.")).toBe("我们今天开会，讨论预算。");
    expect(fix("大家觉得可行吗?")).toBe("大家觉得可行吗？");
    expect(fix("太好了!我们开始吧")).toBe("太好了！我们开始吧");
    expect(fix("会议决定:下周上线")).toBe("会议决定：下周上线");
    expect(fix("方案一由张三负责;方案二由李四负责")).toBe("方案一由张三负责；方案二由李四负责");
    expect(fix("开会 , 讨论预算")).toBe("开会，讨论预算");
    expect(fix("我们用React,然后再优化")).toBe("我们用React，然后再优化");
    expect(fix("然后...大家都沉默了")).toBe("然后……大家都沉默了");
  });

  it("reports the span and a reason", () => {
    const [s] = check("开会,讨论");
    expect(s).toMatchObject({ start: 2, end: 3, original: ",", replacement: "，", kind: "punctuation" });
    expect(s.reason).toMatch(/comma/);
  });

  it("makes brackets and straight quotes around Chinese full-width", () => {
    expect(fix("签署合作协议(草案)。")).toBe("签署合作协议（草案）。");
    expect(fix('他说"好的"然后走了')).toBe("他说“好的”然后走了");
  });

  it("leaves numbers, times, decimals, Latin brackets and English alone", () => {
    expect(check("收入为3,000万元，增长12.5%。")).toEqual([]);
    expect(check("会议时间：2024年3月5日 14:00。")).toEqual([]);
    expect(check("人工智能(AI)是重点。")).toEqual([]);
    expect(check("Yes, we agreed: ship it.")).toEqual([]);
    expect(check("文件名是report.docx，请查收。")).toEqual([]);
    expect(check("Our ‘public services’, because they matter.")).toEqual([]);
  });

  it("makes full-width marks inside English ASCII", () => {
    expect(fix("We met on Monday，and agreed。")).toBe("We met on Monday, and agreed.");
    expect(fix("Can we move it to Thursday？")).toBe("Can we move it to Thursday?");
    expect(fix("We discussed the roadmap（and the budget）in detail.")).toBe("We discussed the roadmap (and the budget) in detail.");
    expect(fix("Starts at 9：30.")).toBe("Starts at 9:30.");
  });

  it("never touches full-width marks in a line with Chinese", () => {
    expect(check("使用 React，Vue 和 Angular。")).toEqual([]);
  });
});
