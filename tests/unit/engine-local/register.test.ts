import { describe, expect, it } from "vitest";
import { readQuestion } from "@/lib/engine/local/question";
import { answerLocal } from "@/lib/engine/local";
import { scoreUnits } from "@/lib/engine/local/summarize";
import { buildUnits } from "@/lib/engine/local/units";
import { turnsMeeting } from "./fixtures";

describe("question context clause", () => {
  it("separates the point asked from the discussion it sits in", () => {
    const q = readQuestion("Why did Marketing propose lemon colours when discussing the market trend?", ["Marketing", "Project Manager"]);
    expect(q.speakers).toEqual(["Marketing"]);
    expect(q.context).toEqual(["market", "trend"]);
    expect(q.focus).toEqual(expect.arrayContaining(["lemon", "colour"]));
    expect(q.focus).not.toContain("trend");
    expect(readQuestion("在讨论预算的时候，谁负责采购？", []).context.length).toBeGreaterThan(0);
    expect(readQuestion("What was the budget?", []).context).toEqual([]);
  });
  it("answers from the occurrence inside the named discussion", () => {
    const filler = Array.from({ length: 30 }, (_, i) => ["Bob", `Unrelated remark number ${i} about lunch and parking.`] as [string, string]);
    const doc = turnsMeeting([
      ["Ann", "The colour should be yellow for the prototype."],
      ...filler,
      ["Ann", "Now the market trend: fruit themes are the trend this year."],
      ["Ann", "The colour should be yellow like a lemon, following the market trend."],
      ...filler,
    ]);
    const r = answerLocal("What colour did Ann want when presenting the market trend?", doc);
    expect(r.citations).toContain(32);
  });
  it("accepts a question when a third of its terms occur", () => {
    const doc = turnsMeeting([["Ann", "We reviewed the ATLAS toolkit for annotation files today."]]);
    expect(answerLocal("What were the disadvantages of ATLAS and other options?", doc).found).toBe(true);
  });
});

describe("spoken register", () => {
  it("ranks an impersonal statement above an equally topical chat line", () => {
    const doc = turnsMeeting(
      [
        ["A", "我们觉得你们说的这个区块链就是这样的。"],
        ["B", "区块链技术提高了供应链金融的数据透明度。"],
        ["C", "供应链金融需要区块链提供可信数据。"],
      ],
      "zh",
    );
    const s = scoreUnits(buildUnits(doc));
    const chat = s.units.findIndex((u) => u.seg === 0);
    const plain = s.units.findIndex((u) => u.seg === 1);
    expect(s.score[plain]).toBeGreaterThan(s.score[chat]);
  });
});
