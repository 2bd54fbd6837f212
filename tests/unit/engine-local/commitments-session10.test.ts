import { describe, expect, it } from "vitest";
import { runCommitments } from "./commitments-fixtures";
import { resolveDue, vagueDue } from "@/lib/engine/local/dates";
import { People } from "@/lib/engine/local/commitments/people";

// Sentences and meetings written for these tests (session 10), not taken from any corpus or fixture.
// The meeting day is Wednesday 2024-05-08.
const todos = (turns: Array<[string, string]>) => runCommitments(turns).todos;
const DAY = "2024-05-08";

describe("English due forms", () => {
  it("EOD with a weekday is that weekday, not today", () => {
    expect(resolveDue("Can you send it by EOD Friday?", DAY)?.iso).toBe("2024-05-10");
    expect(resolveDue("Monday EOD works for me", DAY)?.iso).toBe("2024-05-13");
    // Bare EOD is still the meeting day.
    expect(resolveDue("I'll have it by EOD.", DAY)?.iso).toBe(DAY);
  });
  it("a count of days or weeks from today", () => {
    expect(resolveDue("three weeks from today at the latest", DAY)?.iso).toBe("2024-05-29");
    expect(resolveDue("within 10 days", DAY)?.iso).toBe("2024-05-18");
    expect(resolveDue("in two weeks", DAY)?.iso).toBe("2024-05-22");
  });
  it("the end of a named quarter", () => {
    expect(resolveDue("by the end of Q3", DAY)?.iso).toBe("2024-09-30");
    // Already past: next year's.
    expect(resolveDue("end of Q1", DAY)?.iso).toBe("2025-03-31");
  });
  it("part of a week is vague, not that week's Friday", () => {
    expect(resolveDue("probably early next week", DAY)).toBeNull();
    expect(vagueDue("probably early next week")).toBe("early next week");
    expect(resolveDue("by next week", DAY)?.iso).toBe("2024-05-17");
  });
});

describe("owners by title", () => {
  it("surname + 总/工/经理 is the one speaker with that surname", () => {
    const p = new People(["周建明", "孙丽", "马骁"]);
    expect(p.owner("周总")).toBe("周建明");
    expect(p.owner("马工")).toBe("马骁");
    expect(p.owner("小孙")).toBe("孙丽");
  });
  it("two speakers with the surname, or none: no speaker (a named person only)", () => {
    const p = new People(["周建明", "周倩", "孙丽"]);
    expect(p.speaker("周总")).toBeNull();
    expect(new People(["孙丽"]).speaker("钱总")).toBeNull();
  });
});

describe("a task given to two people has no single owner", () => {
  it("'X和Y你们俩…' accepted", () => {
    const t = todos([
      ["孙丽", "那这样，马骁和周倩你们俩会后碰一下，周五之前把报价单核对完。"],
      ["马骁", "可以。"],
      ["周倩", "好的。"],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: null, due: "2024-05-10" });
  });
  it("'X and Y, can you two…' answered yes", () => {
    const t = todos([
      ["Ruth", "Omar and Lena, can you two put the vendor comparison together by Friday?"],
      ["Omar", "Sure."],
      ["Lena", "Yep."],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: null, due: "2024-05-10" });
  });
  it("each taking a share in their own words makes one to-do each, on the asked date", () => {
    const t = todos([
      ["Ruth", "Can you and Lena split the five contracts and review them before Monday's call?"],
      ["Omar", "I'll take the three supplier contracts."],
      ["Lena", "And I'll do the two leases."],
    ]);
    expect(t.map((x) => [x.owner, x.due])).toEqual([
      ["Omar", "2024-05-13"],
      ["Lena", "2024-05-13"],
    ]);
  });
  it("one person addressed keeps the owner", () => {
    const t = todos([
      ["孙丽", "马骁你会后把报价单核对一下，周五之前给我。"],
      ["马骁", "好的。"],
    ]);
    expect(t[0]?.owner).toBe("马骁");
  });
});

describe("an offer put as a question", () => {
  it("'要不我…？' taken with assent is the speaker's work", () => {
    const t = todos([
      ["马骁", "要不明天我去仓库盘一下库存？"],
      ["孙丽", "可以，你去吧。"],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "马骁", due: "2024-05-09" });
  });
  it("'Want me to…?' taken", () => {
    const t = todos([
      ["Omar", "Want me to write up the rollout notes by Thursday?"],
      ["Ruth", "Yes, please."],
    ]);
    expect(t[0]).toMatchObject({ owner: "Omar", due: "2024-05-09" });
  });
  it("not taken, or asking advice ('Should I…?'), it is no to-do", () => {
    expect(
      todos([
        ["马骁", "要不明天我去仓库盘一下库存？"],
        ["孙丽", "不用，上周刚盘过。"],
      ]),
    ).toEqual([]);
    expect(
      todos([
        ["Omar", "Should I tell the team to wait with the bookings?"],
        ["Ruth", "Yes, for now."],
      ]),
    ).toEqual([]);
  });
});

describe("the date comes in a later turn", () => {
  it("the speaker's own next turn, after an acknowledgement, dates the work and is the same to-do", () => {
    const t = todos([
      ["周倩", "培训材料我来准备。"],
      ["孙丽", "好。"],
      ["周倩", "下周二之前我把讲义和练习题都发出来。"],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "周倩", due: "2024-05-14" });
    expect(t[0].citations).toEqual([0, 2]);
  });
  it("an offer ('I can…') gets its date in the speaker's next turn", () => {
    const t = todos([
      ["Lena", "I can write the FAQ."],
      ["Lena", "Should be done by Tuesday, I think."],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "Lena", due: "2024-05-14" });
  });
  it("an undated offer followed by someone else's talk stays no to-do", () => {
    expect(
      todos([
        ["Lena", "I can write the FAQ."],
        ["Omar", "The pricing page still has the old logo on it, by the way."],
        ["Lena", "By Tuesday the new logo should be everywhere."],
      ]),
    ).toEqual([]);
  });
  it("a date asked about work just taken on, answered yes, is its due", () => {
    const t = todos([
      ["孙丽", "海报谁来做？"],
      ["周倩", "我来吧。"],
      ["孙丽", "周四之前能出初稿吗？"],
      ["周倩", "没问题。"],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "周倩", due: "2024-05-09" });
  });
  it("'I should have a draft by…' commits; 'I should have told them' looks back", () => {
    expect(todos([["Lena", "I should have a first draft by Friday."]])[0]).toMatchObject({ owner: "Lena", due: "2024-05-10" });
    expect(todos([["Lena", "I should have told them on Friday."]])).toEqual([]);
  });
});

describe("an offer turned down, a recap and other talk", () => {
  it("an undated offer the next speaker turns down is no to-do", () => {
    expect(
      todos([
        ["马骁", "报销流程我这边也可以改一下，把财务复核去掉。"],
        ["孙丽", "财务复核不能去，审计要看的。"],
      ]),
    ).toEqual([]);
    // Accepted, it stands.
    expect(
      todos([
        ["马骁", "报销流程我这边改一下，把财务复核去掉。"],
        ["孙丽", "好，改吧。"],
      ]),
    ).toHaveLength(1);
  });
  it("a list restating who does what, once they hold to-dos, adds none", () => {
    const t = todos([
      ["马骁", "我明天把库存表更新一下。"],
      ["周倩", "我周五之前把讲义发出来。"],
      ["孙丽", "好，今天就到这儿。马骁更新库存表，周倩周五发讲义，我来订会议室。"],
    ]);
    expect(t.map((x) => x.owner)).toEqual(["马骁", "周倩"]);
  });
  it("a recap's list goes on after ；", () => {
    const t = todos([
      ["马骁", "我明天把库存表更新一下。"],
      ["孙丽", "我最后过一下：马骁明天更新库存表；周倩跟一下物流；培训材料我来出。"],
    ]);
    expect(t.map((x) => x.owner)).toEqual(["马骁"]);
  });
  it("'我就放心了', '我们开始吧' and 'send each of you' read right", () => {
    expect(todos([["周倩", "好，那我就放心了。"]])).toEqual([]);
    expect(todos([["孙丽", "周总，人齐了，我们开始吧。"]])).toEqual([]);
    expect(todos([["Ruth", "I'll send each of you your part of the checklist by Monday."]])[0]).toMatchObject({ owner: "Ruth", due: "2024-05-13" });
  });
  it("给我看一下 is the speaker receiving work, not doing it", () => {
    const t = todos([
      ["孙丽", "预算表你先出个初稿给我看一下。"],
      ["周倩", "好的，周五之前给您。"],
    ]);
    expect(t[0]).toMatchObject({ owner: "周倩", due: "2024-05-10" });
  });
  it("a waiting clause ('…了以后，') leaves the task undated; bare 你们 is the replier's team", () => {
    const t = todos([
      ["孙丽", "那合同签了以后，你们尽快安排发货，下个月要到客户手里。"],
      ["马骁", "没问题，合同一签我们就发。"],
    ]);
    expect(t[0]).toMatchObject({ owner: "马骁", due: null });
  });
  it("a yes/no question to someone named asks them to decide, not to work", () => {
    expect(todos([["孙丽", "周总，还有个事，展会的展位要不要先订下来？"]])).toEqual([]);
  });
});

describe("more ways to take or hand out work", () => {
  it("'我牵头/我抓紧/我催' commit; '我就放心了' still does not", () => {
    expect(todos([["孙丽", "这个事情我来牵头，下周一前出个方案。"]])[0]).toMatchObject({ owner: "孙丽", due: "2024-05-13" });
    expect(todos([["孙丽", "供应商那边的报价，我明天去催一下。"]])[0]).toMatchObject({ owner: "孙丽", due: "2024-05-09" });
  });
  it("'好嘞' accepts a request", () => {
    const t = todos([
      ["孙丽", "马工，部署文档麻烦你周五前更新一下。"],
      ["马骁", "好嘞。"],
    ]);
    expect(t[0]).toMatchObject({ owner: "马骁", due: "2024-05-10" });
  });
  it("softened English requests name the addressee; the wording drops the cue and the name", () => {
    const ask = (q: string) =>
      todos([
        ["Ruth", q],
        ["Lena", "Sure."],
      ])[0];
    expect(ask("Can I ask you to own the vendor follow-up, Lena?")).toMatchObject({ owner: "Lena", text: "Own the vendor follow-up" });
    expect(ask("Any chance you could send the deck by Thursday, Lena?")).toMatchObject({ owner: "Lena", due: "2024-05-09", text: "Send the deck" });
    expect(ask("Mind taking a look at the contract before Friday, Lena?")?.owner).toBe("Lena");
    // Minding something is no request; nor is a question about a chance.
    expect(todos([["Ruth", "Never mind the old contract, Lena."]])).toEqual([]);
  });
  it("'put me down for…' commits; a feasibility hedge ('if that's realistic') keeps the date", () => {
    expect(todos([["Lena", "Put me down for the customer calls next week."]])[0]).toMatchObject({ owner: "Lena", due: "2024-05-17" });
    const t = todos([
      ["Ruth", "Lena, can you draft the survey? By May 20th, if that's realistic."],
      ["Lena", "Doable."],
    ]);
    expect(t[0]).toMatchObject({ owner: "Lena", due: "2024-05-20" });
    // A real condition still has no due.
    expect(todos([["Lena", "If legal signs off, I'll send the survey by Friday."]])[0]?.due).toBeNull();
  });
});
