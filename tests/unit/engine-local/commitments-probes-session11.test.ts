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

// Found by reading the minutes of a hand-written Zoom meeting (sentences written for these tests).
describe("an English meeting's chair, courses and replies", () => {
  const r = runCommitments([
    ["Mei Lin", "Hi all, I'm Mei, I'll be chairing today. We have three items: hiring, the office move, and the vendor contract."],
    ["Mei Lin", "Hiring first. We have budget for four engineers in Q1. Sofia, what's your read?"],
    ["Sofia Alvarez", "I'd hire two backend and one data engineer first, and hold the fourth seat until March."],
    ["Raj Patel", "Makes sense to me."],
    ["Mei Lin", "Sofia, can you post the job descriptions by next Tuesday?"],
    ["Sofia Alvarez", "Yes, I'll have them up by Tuesday."],
    ["Raj Patel", "I'm not convinced we should move at all. The new place is twenty minutes further for most people."],
    ["Mei Lin", "Fair. Let's run a quick survey before we commit. Raj, could you put it together?"],
    ["Raj Patel", "I can, but not this week. Early next week?"],
    ["Mei Lin", "That's fine, Monday then."],
  ]);
  it("chairing the meeting today is no to-do; a reply that points back at the work adds no words to it", () => {
    expect(r.todos.map((t) => [t.text, t.owner])).toEqual([
      ["Post the job descriptions", "Sofia Alvarez"],
      ["Put the quick survey together", "Raj Patel"],
    ]);
  });
  it("'I'd hire…' answered 'Makes sense to me' is a decision", () => {
    expect(r.decisions.map((d) => d.text)).toEqual(["Hire two backend and one data engineer first, and hold the fourth seat until March"]);
  });
});
