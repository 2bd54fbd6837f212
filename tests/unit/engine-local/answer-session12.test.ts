import { describe, expect, it } from "vitest";
import { answerLocal } from "@/lib/engine/local";
import { turnsMeeting } from "./fixtures";

// A short meeting written for these tests (session 12), not taken from any corpus.
const doc = turnsMeeting([
  ["Ana Reyes", "Morning. Two things today: the launch date and the pricing page."],
  ["Ben Okafor", "The launch checklist is mostly green, QA signs off on Thursday."],
  ["Ana Reyes", "Good. Ben, can you book the release room for Friday?"],
  ["Ben Okafor", "Sure, I'll book it today."],
  ["Chloe Martin", "I talked to the printer last week, the brochures arrive Monday."],
  ["Ana Reyes", "Next, the pricing page. Ben, you looked at the competitor tiers?"],
  ["Ben Okafor", "Yes, their pro tier is forty dollars on the pricing page. I think we should stay at thirty five."],
  ["Ana Reyes", "Agreed, thirty five it is."],
  ["Ana Reyes", "Thanks all."],
]);

describe("a participant asked about who never spoke on the subject", () => {
  it("says no line of theirs is on it, then quotes what was said about it", () => {
    const a = answerLocal("What did Chloe say about the pricing page?", doc);
    expect(a.answer.split("\n")[0]).toBe("No line of Chloe Martin's is about the pricing page.");
    expect(a.citations).toContain(6);
    expect(a.citations).not.toContain(4);
  });
  it("says nothing of the kind when they spoke on it, or answered a line on it without its words", () => {
    expect(answerLocal("What did Ben say about the pricing page?", doc).answer).not.toMatch(/^No line/);
    const room = answerLocal("What did Ben say about the release room?", doc);
    expect(room.answer).not.toMatch(/^No line/);
    expect(room.citations).toContain(3);
  });
});

describe("context in a short meeting", () => {
  it("is quoted only beside a turn that matches the question, not from another item", () => {
    const a = answerLocal("What did Ben say about the pricing page?", doc);
    expect(a.citations).toContain(6);
    // Chloe's line sits between two matching turns, but it is no part of either exchange.
    expect(a.citations).not.toContain(4);
  });
});

describe("when: the date by which something is to be decided is not the date of the thing", () => {
  const move = turnsMeeting([
    ["Ana Reyes", "On the office move, the landlord wants an answer by the 15th."],
    ["Ben Okafor", "I'm not sure we should move at all, it's further for most people."],
    ["Ana Reyes", "Let's run a survey first."],
  ]);
  it("does not answer when the move happens with the reply's deadline", () => {
    expect(answerLocal("When will the office move happen?", move).answer).not.toMatch(/^by the 15th/);
  });
  it("answers with it when the question asks about the answer itself", () => {
    expect(answerLocal("When does the landlord want an answer?", move).answer.split("\n")[0]).toBe("by the 15th.");
  });
  it("reads the Chinese order too: the date before 给答复", () => {
    const zh = turnsMeeting(
      [
        ["孙悦", "搬办公室的事，房东要求15号之前给答复。"],
        ["周鹏", "我觉得先做个调研再说。"],
      ],
      "zh",
    );
    expect(answerLocal("搬办公室什么时候搬？", zh).answer).not.toMatch(/^15号/);
    expect(answerLocal("房东要求什么时候给答复？", zh).answer).toMatch(/^15号/);
  });
});

describe("who did an act of authorising", () => {
  const hiring = turnsMeeting([
    ["Mei Lin", "Hiring first. We have budget for four engineers in Q1. Sofia, what's your read?"],
    ["Sofia Alvarez", "I'd hire two backend and one data engineer first."],
    ["Raj Patel", "Makes sense to me."],
  ]);
  it("is not found when nobody in the meeting approves or signs off anything", () => {
    expect(answerLocal("Who approved the hiring budget?", hiring).found).toBe(false);
  });
  it("is the one who did it when a line says so", () => {
    const signed = turnsMeeting([
      ["Mei Lin", "Hiring first. Finance signed off on budget for four engineers, Dana approved it on Monday."],
      ["Sofia Alvarez", "I'd hire two backend and one data engineer first."],
    ]);
    expect(answerLocal("Who approved the hiring budget?", signed).answer.split("\n")[0]).toBe("Dana.");
    const zh = turnsMeeting(
      [
        ["孙悦", "一月份的预算王总已经批准了，十五万。"],
        ["周鹏", "好的，那我按十五万来排。"],
      ],
      "zh",
    );
    expect(answerLocal("一月份的预算是谁批准的？", zh).found).toBe(true);
  });
});
