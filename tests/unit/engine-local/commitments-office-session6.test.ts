import { describe, expect, it } from "vitest";
import { resolveDue } from "@/lib/engine/local/dates";
import { talk, runCommitments, roleTodos } from "./commitments-fixtures";

// Sentences and meetings written for these tests (session 6), not taken from any corpus.

const office = (turns: Array<[string, string]>) => runCommitments(turns).todos;

describe("requests and offers in office meetings (session 6)", () => {
  it("a vocative after a capitalised discourse word addresses the request ('Then Ben, load test by Friday?')", () => {
    const t = office([
      ["Rachel", "Then Ben, load test by Friday?"],
      ["Ben", "Okay, Friday works."],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "Ben", due: "2024-05-10" });
    // Not a vocative: a capitalised opener followed by a comma and no name.
    expect(office([["Rachel", "Then, load test by Friday?"]])).toEqual([]);
  });
  it("a day someone is away is a reason, not the deadline", () => {
    const t = office([
      ["Priya", "Who wants to host the webinar?"],
      ["Alicia", "I can, but not this week, I'm out Friday. I could do it next Thursday."],
    ]);
    expect(t[0]).toMatchObject({ owner: "Alicia", due: "2024-05-16" });
    expect(office([["Alicia", "我周五请假，下周一之前把报告发你。"]])[0]).toMatchObject({ owner: "Alicia", due: "2024-05-13" });
    // Without an absence the date stays.
    expect(office([["Alicia", "I'll send the deck by Friday."]])[0].due).toBe("2024-05-10");
  });
  it("an offer once something is done commits, without a due ('once it's updated I can repost it')", () => {
    const t = office([["Nadia", "And once it's updated I can repost it on the three job boards."]]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "Nadia", due: null });
    // "once a week" is a frequency, not a condition: a bare offer makes nothing.
    expect(office([["Nadia", "I can repost it once a week."]])).toEqual([]);
  });
  it("'我等…到了，再把…' is the speaker's task, with no due", () => {
    const t = office([["郭强", "那我等唐敏的题到了，再把整套笔试题更新好。"]]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "郭强", due: null });
    expect(office([["郭强", "我等一下再说。"]])).toEqual([]);
  });
  it("各部门 as the subject with a deadline is the group's task; as a possessor it is not the group", () => {
    const g = office([["邓红", "最后提醒一下，各部门月底前把上半年的实际花费在系统里核对一遍。"]]);
    expect(g).toHaveLength(1);
    expect(g[0]).toMatchObject({ owner: null, due: "2024-05-31" });
    const r = office([
      ["邓红", "罗斌，各部门的预算汇总表，下周三之前能出一个初稿吗？"],
      ["罗斌", "可以。"],
    ]);
    expect(r[0]).toMatchObject({ owner: "罗斌", due: "2024-05-15" });
  });
  it("an interjection said before is not what 'it' refers to", () => {
    const t = office([["Laura", "Maybe. That's a budget question. I'll bring it to the leadership meeting on Tuesday."]]);
    expect(t[0]?.text).toBe("Bring it to the leadership meeting");
  });
});

describe("a frequency is no deadline", () => {
  it("'once a week', 'every Monday', 'twice a month' resolve to no date; 'in a week' and 'by Monday' do", () => {
    expect(resolveDue("I can repost it once a week.", "2024-05-08")).toBeNull();
    expect(resolveDue("We sync every Monday.", "2024-05-08")).toBeNull();
    expect(resolveDue("They report twice a month.", "2024-05-08")).toBeNull();
    expect(resolveDue("I'll have it in a week.", "2024-05-08")?.iso).toBe("2024-05-15");
    expect(resolveDue("I'll send it by Monday.", "2024-05-08")?.iso).toBe("2024-05-13");
  });
});

describe("assignments said in the third person (session 6)", () => {
  it("'X takes / owns Y', 'I'd like X to…' assign X, worded from the verb", () => {
    expect(office([["Dana", "Okay, action items. Sam takes the vendor shortlist, due Friday."]])[0]).toMatchObject({
      owner: "Sam",
      due: "2024-05-10",
      text: "Take the vendor shortlist",
    });
    expect(office([["Dana", "So Priya owns the launch checklist."]])[0]).toMatchObject({ owner: "Priya", text: "Own the launch checklist" });
    expect(
      office([
        ["Dana", "I'd like Priya to review the contract before Friday."],
        ["Priya", "Will do."],
      ])[0],
    ).toMatchObject({ owner: "Priya", due: "2024-05-10", text: "Review the contract" });
    // Two people named, or no person: no single owner is invented.
    expect(office([["Dana", "I'd like Priya and Sam to look at it."]]).map((t) => t.owner)).not.toContain("Priy");
    expect(office([["Dana", "I'd like Monday better."]])).toEqual([]);
  });
  it("a participant named before a deadline and a task verb is asked to do it (zh)", () => {
    const t = office([
      ["王强", "测试报告张伟下周三之前提交一下。"],
      ["张伟", "好的。"],
    ]);
    expect(t[0]).toMatchObject({ owner: "张伟", due: "2024-05-15", text: "测试报告提交一下" });
    expect(
      office([
        ["王强", "张伟明天把测试报告提交一下。"],
        ["张伟", "好的。"],
      ])[0],
    ).toMatchObject({ owner: "张伟", due: "2024-05-09" });
    // A name that is no participant, or a date with no task verb, assigns nothing.
    expect(office([["王强", "张伟明天休息。"]])).toEqual([]);
  });
  it("a trailing vocative and 'due' are not part of the wording", () => {
    const t = office([
      ["Dana", "Could you look into the churn numbers, Sam?"],
      ["Sam", "Sure, by end of next week."],
    ]);
    expect(t[0]).toMatchObject({ owner: "Sam", text: "Look into the churn numbers", due: "2024-05-17" });
  });
  it("'这块就麻烦X了', '由X来…', '还有一个，…' leave no assignee words in the wording (zh)", () => {
    expect(
      office([
        ["王强", "这块就麻烦刘洋了，月底前出个方案。"],
        ["刘洋", "没问题。"],
      ])[0],
    ).toMatchObject({ owner: "刘洋", text: "出个方案", due: "2024-05-31" });
    expect(office([["王强", "报名表由陈晨来收，下周一截止。"]])[0]).toMatchObject({ owner: "陈晨", text: "报名表来收" });
    expect(
      office([
        ["王强", "还有一个，客户的投诉信谁来回？"],
        ["刘洋", "我来回，今天就回。"],
      ])[0],
    ).toMatchObject({ owner: "刘洋", text: "客户的投诉信回" });
  });
});

describe("closures and the work that follows them (session 6)", () => {
  it("'那就这样，…我来发' is the speaker's to-do, and the decision is what it closes", () => {
    const r = runCommitments([
      ["李娜", "我建议下个版本先不做导出。"],
      ["王强", "那就这样，会议纪要我来发。"],
    ]);
    expect(r.todos).toHaveLength(1);
    expect(r.todos[0]).toMatchObject({ owner: "王强", text: "会议纪要发" });
    expect(r.decisions.map((d) => d.text)).toEqual(["下个版本先不做导出"]);
    // A closure that states the decision itself stays a decision and makes no to-do.
    const c = runCommitments([["王强", "那就这么定了，下个版本先不做导出。"]]);
    expect(c.todos).toEqual([]);
    expect(c.decisions).toHaveLength(1);
  });
});

describe("light-verb commitments take the work asked before, with its date (session 6)", () => {
  it("'X needs updating before the 20th' + 'I'll take care of that'", () => {
    const t = office([
      ["Dana", "The budget sheet needs updating before the board meeting on the 20th."],
      ["Sam", "I'll take care of that."],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "Sam", due: "2024-05-20" });
    expect(t[0].text).toMatch(/budget sheet/);
  });
  it("'we need someone to book the venue by Friday' + 'I'll handle it' → 'Book the venue', Friday", () => {
    expect(
      office([
        ["Dana", "We need someone to book the venue by Friday."],
        ["Sam", "I'll handle it."],
      ])[0],
    ).toMatchObject({ owner: "Sam", due: "2024-05-10", text: "Book the venue" });
  });
  it("a day named as the work itself stays in the wording", () => {
    const t = office([
      ["Dana", "Someone has to cover Monday and Tuesday on the support rota."],
      ["Sam", "I'll do it."],
    ]);
    expect(t[0]?.text).toMatch(/Monday/);
  });
});

describe("third-person statements that only sound like assignments (session 6)", () => {
  it("a possession, a wish about someone's state, a habit or an absence is no to-do", () => {
    expect(office([["Dana", "Priya owns a dog."]])).toEqual([]);
    expect(office([["Dana", "I'd like Priya to be happier with the process."]])).toEqual([]);
    expect(office([["Dana", "Sam usually takes the late shift on Fridays."]])).toEqual([]);
    expect(office([["Dana", "Last week Sam took the vendor shortlist."]])).toEqual([]);
    expect(office([["王强", "张伟明天可能要请假。"]])).toEqual([]);
    expect(office([["王强", "张伟昨天把测试报告提交了。"]])).toEqual([]);
  });
});

describe("more duties at the close, and vocatives followed by a pronoun (session 6)", () => {
  it("'before I write up a final report' and 'we're gonna get asked to fill out another questionnaire'", () => {
    const a = roleTodos([...talk(30), ["Project Manager", "In closing, is there anything else before I quickly write up a final report?"]]);
    // A question, so nothing; the same as a statement is the speaker's to-do.
    expect(a).toEqual([]);
    const b = roleTodos([...talk(30), ["Project Manager", "In closing: that is all before I write up a final report."]]);
    expect(b.find((x) => x.citations.includes(30))).toMatchObject({ owner: "Project Manager", text: "Write up a final report" });
    const c = roleTodos([...talk(30), ["Project Manager", "In closing, I mean we're gonna get asked to fill out another questionnaire."]]);
    expect(c.find((x) => x.citations.includes(30))).toMatchObject({ owner: null, text: "Fill out another questionnaire" });
  });
  it("a vocative followed by a pronoun's contraction is no request ('Sarah, she's recommended…')", () => {
    expect(runCommitments([["Project Manager", "Um Sarah, she's recommended that we go for simpler functions."]]).todos).toEqual([]);
  });
  it("'X, you're probably the best person' designates X for the work asked", () => {
    const t = runCommitments([
      ["Grace", "Who writes that into the review guide?"],
      ["Rachel", "Grace, you're probably the best person, you wrote the guide."],
      ["Grace", "Fine, I'll add it. Not this week though, next Tuesday."],
    ]).todos;
    expect(t.map((x) => x.owner)).toEqual(["Grace"]);
    expect(t[0].due).toBe("2024-05-14");
  });
});

describe("acts done in the meeting room are no to-dos (session 6)", () => {
  it("turn-taking and handling the slides, mouse or presentation", () => {
    expect(
      runCommitments([
        ["Project Manager", "Who wants to be next?"],
        ["Marketing", "I'll go next."],
      ]).todos,
    ).toEqual([]);
    expect(runCommitments([["User Interface", "Well, I shall go to the next slide."]]).todos).toEqual([]);
    expect(runCommitments([["Industrial Designer", "I'll take the mouse."]]).todos).toEqual([]);
    expect(runCommitments([["Marketing", "I'll close 'em down."]]).todos).toEqual([]);
  });
  it("delivering the same things after the meeting, or by a date, is work", () => {
    expect(runCommitments([["Marketing", "I'll send the presentation to everyone."]]).todos.length).toBeGreaterThan(0);
    expect(runCommitments([["Marketing", "I'll put the slides in the shared folder."]]).todos.length).toBeGreaterThan(0);
    expect(runCommitments([["Marketing", "I'll fix the slides by Friday."]]).todos[0]).toMatchObject({ owner: "Marketing", due: "2024-05-10" });
  });
  it("'everyone' as the recipient is no group task; as the subject with a deadline it is", () => {
    expect(runCommitments([["Marketing", "I'll send the notes to everyone."]]).todos[0]).toMatchObject({ owner: "Marketing" });
    expect(runCommitments([["Marketing", "Everyone, please send me your slides by Friday."]]).todos[0]).toMatchObject({ owner: null, due: "2024-05-10" });
  });
});
