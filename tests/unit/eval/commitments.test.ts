import { describe, expect, it } from "vitest";
import { itemTokens, matchItems, overlapF1 } from "@/lib/eval/match";
import { negativeHits, scoreCommitments, scoreDecisions, scoreTodos } from "@/lib/eval/commitments";
import { buildCommitmentReport } from "@/lib/eval/commitments-report";

describe("item tokens", () => {
  it("lower-cases English words, splits every CJK character and keeps Latin words and numbers whole", () => {
    expect(itemTokens("Send the Q3 deck!")).toEqual(["send", "the", "q3", "deck"]);
    expect(itemTokens("更新API文档 v2，周五")).toEqual(["更", "新", "api", "文", "档", "v2", "周", "五"]);
  });
  it("overlap F1 counts repeated tokens at most as often as they occur in both", () => {
    expect(overlapF1(["a", "a", "b"], ["a", "c"])).toBeCloseTo((2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2));
    expect(overlapF1([], ["a"])).toBe(0);
  });
});

describe("one-to-one greedy matching", () => {
  it("takes the best pair first and never reuses an item", () => {
    const pred = ["write the launch email", "write the launch email draft today"];
    const gold = ["write the launch email draft"];
    const pairs = matchItems(pred, gold);
    expect(pairs).toHaveLength(1);
    expect(pairs[0].pred).toBe(1);
  });
  it("rejects pairs below F1 0.3", () => {
    expect(matchItems(["book the room"], ["send the quarterly budget report to finance"])).toEqual([]);
    expect(matchItems(["联系供应商"], ["联系供应商要报价"])).toHaveLength(1);
  });
});

describe("to-do scoring", () => {
  const gold = [
    { text: "Send the vendor contract", owner: "Ana", due: "2025-04-04", turns: [3] },
    { text: "Book the offsite venue", owner: null, due: null, turns: [7, 8] },
    { text: "Review the hiring plan", owner: "Li", due: null, turns: [12] },
  ];
  it("counts matches, owner (null only with null) and due on the same day", () => {
    const pred = [
      { text: "send the vendor contract", owner: "ana", due: "2025-04-04T15:00", turns: [3] },
      { text: "book the offsite venue", owner: "Ben", due: null, turns: [8] },
      { text: "order new laptops", owner: null, due: null, turns: [20] },
    ];
    const s = scoreTodos(pred, gold);
    expect(s).toMatchObject({ pred: 3, gold: 3, matched: 2, ownerRight: 1, dueRight: 2, evidenceHit: 2, evidenceJudged: 3 });
  });
  it("a prediction with no due does not match a dated gold item", () => {
    expect(scoreTodos([{ text: "Send the vendor contract", owner: "Ana", due: null, turns: [] }], gold).dueRight).toBe(0);
  });
  it("evidence hits count gold items whose turns any prediction cites, matched or not", () => {
    const s = scoreDecisions([{ text: "unrelated words entirely", turns: [12] }], [{ text: "Go with vendor B", turns: [12] }]);
    expect(s).toMatchObject({ matched: 0, evidenceHit: 1 });
  });
});

describe("negatives", () => {
  it("counts predictions whose cited turns are all negatives", () => {
    expect(
      negativeHits(
        [
          { text: "a", turns: [4] },
          { text: "b", turns: [4, 5] },
          { text: "c", turns: [] },
        ],
        [4],
      ),
    ).toBe(1);
    const s = scoreCommitments([{ text: "x", turns: [2] }], [{ text: "y", turns: [2] }], { actions: [], decisions: [], negatives: [{ turn: 2 }] });
    expect(s.negativeHits).toEqual({ todos: 1, decisions: 1 });
  });
});

describe("commitment report", () => {
  it("micro-averages per corpus and language and reports due only where gold has dates", () => {
    const todo = (matched: number, pred: number, gold: number) => ({ pred, gold, matched, ownerRight: matched, dueRight: 0, evidenceHit: 1, evidenceJudged: gold });
    const rows = buildCommitmentReport([
      { corpus: "office", lang: "en", datedGold: true, commitments: { todos: todo(2, 4, 4), negativeHits: { todos: 1, decisions: 0 } } },
      { corpus: "office", lang: "zh", datedGold: true, commitments: { todos: todo(2, 2, 4), negativeHits: { todos: 0, decisions: 0 } } },
      { corpus: "ami", lang: "en", commitments: { todos: todo(1, 2, 2) } },
    ]);
    const all = rows.find((r) => r.corpus === "office" && r.lang === "all")!;
    expect(all).toMatchObject({ gold: 8, pred: 6, matched: 4, owner: 100, due: 0, negatives: 1 });
    expect(all.p).toBeCloseTo(66.67, 1);
    expect(all.r).toBe(50);
    expect(rows.filter((r) => r.corpus === "office")).toHaveLength(3);
    const ami = rows.filter((r) => r.corpus === "ami");
    expect(ami).toHaveLength(1);
    expect(ami[0].due).toBeUndefined();
    expect(ami[0].negatives).toBeUndefined();
  });
});
