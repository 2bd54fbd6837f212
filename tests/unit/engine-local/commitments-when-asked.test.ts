import { describe, expect, it } from "vitest";
import { runCommitments } from "./commitments-fixtures";

// Asked when the work will be done, the addressee's dated answer takes it on (sentences written for these tests).
const todos = (turns: Array<[string, string]>) => runCommitments(turns).todos.map((t) => ({ text: t.text, owner: t.owner, due: t.due, citations: t.citations }));

describe("a when-question answered with a date", () => {
  it("is the replier's to-do, worded from the question, due on the date they name", () => {
    expect(
      todos([
        ["刘洋", "目前迁了大概百分之七十，剩下的主要是带附件的老文档。"],
        ["陈静", "那剩下的这部分你估计什么时候能弄完？"],
        ["刘洋", "下周三之前应该可以。"],
      ]),
    ).toEqual([{ text: "弄完剩下的这部分", owner: "刘洋", due: "2024-05-15", citations: [1, 2] }]);
    expect(
      todos([
        ["Tom", "We still have about a third of the old tickets to migrate."],
        ["Priya", "When do you think you can finish the rest?"],
        ["Tom", "Probably by Wednesday."],
      ]),
    ).toEqual([{ text: "Finish the rest", owner: "Tom", due: "2024-05-15", citations: [1, 2] }]);
  });
  it("is nobody's work when it asks when someone is back, or when 'we' can do something", () => {
    expect(
      todos([
        ["Priya", "Tom, when will you be back from leave?"],
        ["Tom", "Next Monday."],
        ["Priya", "When do you think we can ship it?"],
        ["Tom", "Maybe in March."],
      ]),
    ).toEqual([]);
  });
  it("is no to-do when the answer gives no date", () => {
    expect(
      todos([
        ["陈静", "那剩下的这部分你估计什么时候能弄完？"],
        ["刘洋", "这个不好说，要看附件有多少。"],
      ]),
    ).toEqual([]);
  });
});
