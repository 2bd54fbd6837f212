import { describe, expect, it } from "vitest";
import { answerLocal } from "@/lib/engine/local";
import { turnsMeeting } from "./fixtures";

// A short meeting written for these tests (session 13), not taken from any corpus.
const doc = turnsMeeting(
  [
    ["周敏", "今天就两件事，接口联调和验收材料。"],
    ["韩冬", "接口那边对方环境还是不稳定，我们联调卡住了。"],
    ["周敏", "那我来跟对方的负责人沟通一下。"],
    ["韩冬", "好的，那我先把我们这边的用例写好。"],
    ["周敏", "验收材料谁来准备？"],
    ["许可", "验收材料交给杜娟吧，月底之前给到客户。"],
    ["周敏", "好，今天就到这儿。"],
  ],
  "zh",
);

describe("who answers in Chinese", () => {
  it("finds a task asked with a verb-object word the line says the other way round (写用例 / 用例写好)", () => {
    const a = answerLocal("谁负责写用例？", doc);
    expect(a.found).toBe(true);
    expect(a.answer.split("\n")[0]).toBe("韩冬。");
    expect(a.citations).toContain(3);
  });
  it("takes the speaker of an acknowledged first-person line, not the next hand-out's name", () => {
    expect(answerLocal("用例谁来写？", doc).answer.split("\n")[0]).toBe("韩冬。");
  });
  it("still says not found when a piece of the asked word is never said", () => {
    expect(answerLocal("谁负责写测试报告？", doc).found).toBe(false);
    expect(answerLocal("谁来做压测？", doc).found).toBe(false);
  });
});
