import { describe, expect, it } from "vitest";
import { runCommitments } from "./commitments-fixtures";

// Found by reading the minutes of a hand-written 腾讯会议 export (sentences written for these tests).
describe("asked to confirm something", () => {
  it("is a task, not a recap, and keeps the topic it is about as its label", () => {
    const r = runCommitments([
      ["孙悦", "那页面卡顿这个事，周鹏你跟技术再确认一下原因，下周一之前给我一个书面的说明。"],
      ["周鹏", "好的，没问题。"],
    ]);
    expect(r.todos.map((t) => [t.text, t.owner, t.due])).toEqual([["页面卡顿：跟技术再确认一下原因，给一个书面的说明", "周鹏", "2024-05-13"]]);
  });
  it("the chair's own 'let me confirm again' is still a recap", () => {
    const r = runCommitments([
      ["孙悦", "最后再确认一下，周鹏下周一之前给书面说明，吴婷周五之前发预算初稿。"],
      ["周鹏", "对。"],
    ]);
    expect(r.todos).toEqual([]);
  });
});
