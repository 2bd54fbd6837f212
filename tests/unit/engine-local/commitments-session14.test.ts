import { describe, expect, it } from "vitest";
import { runCommitments } from "./commitments-fixtures";

// Sentences written for these tests (session 14), not taken from any corpus or dev set.
const todosOf = (turns: Array<[string, string]>) => runCommitments(turns).todos;

describe("what is no work", () => {
  it("leaving the call adds nothing to the task just taken", () => {
    const todos = todosOf([
      ["Ruth Ames", "Priya, can you send the venue shortlist round by Friday?"],
      ["Priya Shah", "Yep, will do. Sorry, I have to drop now. Bye!"],
    ]);
    expect(todos).toHaveLength(1);
    expect(todos[0].owner).toBe("Priya Shah");
    expect(todos[0].text).not.toMatch(/drop/i);
  });
  it("leaving is not the work it sounds like, in either language", () => {
    expect(todosOf([["Ruth Ames", "Okay, I need to jump off, sorry."]])).toEqual([]);
    expect(todosOf([["孙倩", "不好意思，我得先下了，还有个会。"]])).toEqual([]);
  });
  it("“I have to run the numbers” is still work", () => {
    expect(todosOf([["Ruth Ames", "I have to run the numbers for the board by Thursday."]])).toHaveLength(1);
  });
  it("a bare “我尽量” after a guess hopes; it takes on nothing", () => {
    expect(todosOf([["周凯", "90天应该能谈下来，违约金他们可能还会压，我尽量。"]])).toEqual([]);
    expect(todosOf([["周凯", "我尽量周五之前把报价单发出来。"]])).toHaveLength(1);
  });
});

describe("a team's work asked of its lead", () => {
  it("“老黄，你们组…给我” is the lead's to-do, taken in the reply", () => {
    const todos = todosOf([
      ["郭静", "老黄，你们组那几单投诉的工单，明早之前把处理结果给我。"],
      ["黄志强", "行，我今晚弄完。"],
    ]);
    expect(todos).toHaveLength(1);
    expect(todos[0].owner).toBe("黄志强");
    expect(todos[0].text).not.toMatch(/^们/);
  });
});
