import { describe, expect, it } from "vitest";
import { taskPhraseEn, taskPhraseZh } from "@/lib/engine/local/commitments/task";
import { extractCommitments } from "@/lib/engine/local/actions";
import { cleanSpoken } from "@/lib/text/spoken";

describe("to-do wording keeps what the deadline words belong to", () => {
  it("a date word used as a possessive stays with its event", () => {
    expect(taskPhraseEn("Everyone, please log your estimates in Jira before tomorrow's standup.", "tomorrow")).toBe("Log your estimates in Jira before tomorrow's standup");
    expect(taskPhraseEn("I'll have the slides ready for Thursday's call.", "Thursday")).toBe("Have the slides ready for Thursday's call");
  });
  it("a plain deadline is cut with its preposition", () => {
    expect(taskPhraseEn("I'll send the contract by Friday.", "Friday")).toBe("Send the contract");
    expect(taskPhraseEn("I will update the guide by Friday and share it with the team.", "Friday")).toBe("Update the guide and share it with the team");
    expect(taskPhraseEn("And I can redo the copy for that step, probably by end of next week.", "end of next week")).toBe("Redo the copy for that step");
    expect(taskPhraseEn("I'll send it over, hopefully by Friday.", "by Friday")).toBe("Send it over");
  });
  it("a preposition that is not the deadline's stays", () => {
    expect(taskPhraseEn("I'll write up what we should focus on.", null)).toBe("Write up what we should focus on");
  });
});

// Sentences written for these tests, not taken from the corpus. Meeting on Wednesday 2024-05-08.
function todos(turns: Array<[string, string]>) {
  return extractCommitments(
    turns.map(([speaker, text], index) => ({ index, speaker, text })),
    [...new Set(turns.map((t) => t[0]))],
    "2024-05-08",
  ).todos;
}

describe("Chinese to-do wording: the deadline's particles and the addressee go with them", () => {
  it("在…前 / …内 / …之前 leave nothing behind", () => {
    expect(taskPhraseZh("我这周内给大家一个初稿。", "这周")).toBe("给大家一个初稿");
    expect(taskPhraseZh("运营这边我会在周四前出一个活动方案。", "周四")).not.toMatch(/在|前/);
  });
  it("下下周 stays two weeks on in the words too", () => {
    expect(cleanSpoken("下下周一之前上线")).toBe("下下周一之前上线");
    expect(cleanSpoken("上上周的数据")).toBe("上上周的数据");
  });
  it("a vocative clause before 你 is the owner, not the task", () => {
    const t = todos([
      ["张伟", "小王，你明天把合同发给法务。"],
      ["王磊", "好的。"],
    ]);
    expect(t[0]).toMatchObject({ owner: "王磊", text: "合同发给法务", due: "2024-05-09" });
  });
  it("a sentence particle is no part of an owner's name", () => {
    expect(todos([["张伟", "那海报就辛苦陈晨了，月底前出稿。"]])[0].owner).toBe("陈晨");
  });
  it("a participant named before 'V一下' is asked to do it", () => {
    expect(
      todos([
        ["李娜", "测试这块张伟盯一下。"],
        ["张伟", "好"],
      ])[0].owner,
    ).toBe("张伟");
    expect(
      todos([
        ["李娜", "测试这块我们之前看了一下。"],
        ["张伟", "好"],
      ]),
    ).toEqual([]);
  });
  it("先…写完 is future work; 写完了 is done", () => {
    expect(todos([["张伟", "我先把需求文档写完，下周一评审。"]])).toHaveLength(1);
    expect(todos([["张伟", "需求文档我写完了。"]])).toEqual([]);
  });
  it("a bare acceptance with nothing to point at makes no empty to-do", () => {
    for (const t of todos([["张伟", "好的，我周五之前搞定。"]])) expect(t.text.length).toBeGreaterThan(0);
    expect(todos([["张伟", "没问题，交给我。"]])).toEqual([]);
  });
});

describe("English: more ways of taking work", () => {
  it("'who's taking…?' answered is the answerer's; 'my action item is to…' is the speaker's", () => {
    expect(
      todos([
        ["Ana", "Who's taking notes for the retro?"],
        ["Sam", "Me."],
      ])[0],
    ).toMatchObject({ owner: "Sam", text: "Take notes for the retro" });
    expect(todos([["Ana", "My action item is to book the room."]])[0]).toMatchObject({ owner: "Ana", text: "Book the room" });
  });
  it("an in-meeting act word with a deadline is work ('I'll finish it Monday'); without one it is not", () => {
    expect(todos([["Sam", "Yeah, I'll finish the migration Monday."]])[0]).toMatchObject({ owner: "Sam", due: "2024-05-13" });
    expect(todos([["Sam", "Let me just finish this point."]])).toEqual([]);
  });
});
