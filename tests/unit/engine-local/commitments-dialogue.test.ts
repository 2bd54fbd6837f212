import { describe, expect, it } from "vitest";
import { extractCommitments } from "@/lib/engine/local/actions";
import type { Segment } from "@/lib/ingest/types";

// Meeting on Wednesday 2024-05-08. Sentences written for these tests (session 4), not taken from any corpus.
const D = "2024-05-08";
function run(turns: Array<[string, string]>) {
  const segments: Segment[] = turns.map(([speaker, text], index) => ({ index, speaker, text }));
  return extractCommitments(segments, [...new Set(turns.map((t) => t[0]))], D);
}
const todos = (turns: Array<[string, string]>) => run(turns).todos;
const decisions = (turns: Array<[string, string]>) => run(turns).decisions;

describe("dialogue acts that ask for information, not work", () => {
  it("a question about a state or past work is no request (zh)", () => {
    expect(
      todos([
        ["马丽", "高峰，你那边报销系统的迁移什么情况？"],
        ["高峰", "差不多了，还剩两个接口。"],
      ]),
    ).toEqual([]);
    expect(
      todos([
        ["马丽", "高峰，上次说的发票抬头问题，处理了没有？"],
        ["高峰", "处理了。"],
      ]),
    ).toEqual([]);
    // A question asking for work still is one.
    expect(
      todos([
        ["马丽", "高峰，发票抬头的问题周五之前能改完吗？"],
        ["高峰", "能。"],
      ])[0],
    ).toMatchObject({ owner: "高峰", due: "2024-05-10" });
  });
  it("asking for a report now gives the floor (en)", () => {
    expect(
      todos([
        ["Ann", "Pete, can you give us the status of the vendor audit?"],
        ["Pete", "Sure. We're halfway."],
      ]),
    ).toEqual([]);
    expect(
      todos([
        ["Ann", "Pete, can you send us the audit status by Friday?"],
        ["Pete", "Sure."],
      ])[0],
    ).toMatchObject({ owner: "Pete", due: "2024-05-10" });
  });
});

describe("vocatives", () => {
  it("a name list or a determiner after the vocative is no imperative", () => {
    expect(todos([["Ann", "Pete, Kim and Lou are joining later today."]])).toEqual([]);
    expect(todos([["Ann", "Pete, last item, the broken badge reader on floor two."]])).toEqual([]);
    expect(
      todos([
        ["Ann", "Pete, book the room for the offsite by Friday."],
        ["Pete", "OK."],
      ])[0],
    ).toMatchObject({ owner: "Pete", due: "2024-05-10" });
  });
  it("a vocative said alone addresses the request that follows it in the turn", () => {
    const t = todos([
      ["Ann", "Pete, one more thing. Could you renew the SSL certificate before Monday?"],
      ["Pete", "I'd rather not, I'm busy, but fine."],
    ]);
    expect(t[0]).toMatchObject({ owner: "Pete", due: "2024-05-13" });
  });
  it("你…一下 with an adverb asks the addressee (zh)", () => {
    const t = todos([
      ["马丽", "供应商的发票你继续催一下，下周三之前要到。"],
      ["高峰", "好的。"],
    ]);
    expect(t[0]).toMatchObject({ owner: "高峰", due: "2024-05-15" });
    expect(todos([["马丽", "这个流程你了解一下就知道了。"]])).toEqual([]);
  });
});

describe("offers and conditions", () => {
  it("a conditional offer commits without a due (en, zh)", () => {
    expect(todos([["Pete", "If legal signs off, I can translate the FAQ."]])[0]).toMatchObject({ owner: "Pete", due: null });
    expect(todos([["高峰", "如果预算批下来，我这边可以顺手把采购单也提了。"]])[0]).toMatchObject({ owner: "高峰", due: null });
    // An unconditional offer with no deadline and nobody asking is not yet a commitment.
    expect(todos([["高峰", "我可以理解大家的顾虑。"]])).toEqual([]);
    expect(todos([["Pete", "I can see why legal worries."]])).toEqual([]);
  });
  it("'我可以' answers a question asking for work", () => {
    const t = todos([
      ["马丽", "英文版的合同谁能翻一下？"],
      ["高峰", "我可以，周五之前给你。"],
    ]);
    expect(t[0]).toMatchObject({ owner: "高峰", due: "2024-05-10" });
  });
  it("a plan asked of nobody and answered by bare assent is not a to-do (zh)", () => {
    expect(
      todos([
        ["马丽", "采购能不能分两批？"],
        ["高峰", "可以，没问题。"],
      ]),
    ).toEqual([]);
  });
});

describe("what 'it' refers to", () => {
  it("a pronoun task takes the noun phrase said just before", () => {
    expect(
      todos([
        ["Ann", "Newsletter. Who wants to write it this week?"],
        ["Pete", "I can, by Friday."],
      ])[0].text,
    ).toMatch(/newsletter/i);
    expect(
      todos([
        ["Ann", "The expense policy is still the 2019 version."],
        ["Kim", "Ouch."],
        ["Ann", "Kim, can you rewrite it by Friday?"],
        ["Kim", "OK."],
      ])[0].text,
    ).toMatch(/expense policy/i);
    // A pronoun with nothing to point at stays as said.
    expect(
      todos([
        ["Ann", "Kim, can you rewrite it by Friday?"],
        ["Kim", "OK."],
      ])[0].text,
    ).toMatch(/^Rewrite it/);
  });
});

describe("tense per clause (zh)", () => {
  it("a past clause about someone else does not make a request past work", () => {
    const t = todos([["马丽", "海报让小周来做吧，他做过去年的版本。"]]);
    expect(t[0]?.owner).toBe("小周");
    expect(todos([["马丽", "海报小周已经做过了。"]])).toEqual([]);
  });
});

describe("decisions: closures, assent and non-decisions", () => {
  it("'X it is' and a bare 'let's do it' close the choice", () => {
    expect(
      decisions([
        ["Ann", "Lisbon or Porto for the offsite?"],
        ["Kim", "Porto, it's cheaper."],
        ["Ann", "Porto it is."],
      ]).length,
    ).toBe(1);
    expect(
      decisions([
        ["Ann", "I think we should move standup to ten."],
        ["Kim", "How do others feel?"],
        ["Lou", "Yeah, let's do it."],
      ])[0].text,
    ).toMatch(/standup to ten/);
    expect(decisions([["Ann", "That's how it is."]])).toEqual([]);
    expect(decisions([["Ann", "Let's do it Thursday."]])).toEqual([]);
  });
  it("'the proposal is …' answered 'none from me' is settled", () => {
    const d = decisions([
      ["Ann", "So the proposal is a four-day week in August. Any objections?"],
      ["Kim", "None from me."],
      ["Lou", "Fine by me."],
    ]);
    expect(d[0].text).toMatch(/four-day week in August/);
  });
  it("'so we + verb' restates what was settled; past and hedged forms do not", () => {
    expect(decisions([["Ann", "Okay, so we replace the paper forms with the online portal."]]).length).toBe(1);
    expect(decisions([["Ann", "So we talked about the portal last month."]])).toEqual([]);
    expect(decisions([["Ann", "So we might replace the paper forms."]])).toEqual([]);
  });
  it("好，那… after others agreed states the decision (zh); without assent it does not", () => {
    const agreed = decisions([
      ["高峰", "要不先用旧模板？"],
      ["马丽", "我觉得可以。"],
      ["小周", "同意。"],
      ["马丽", "好，那季度报告先用旧模板。"],
    ]);
    expect(agreed.some((d) => /旧模板/.test(d.text))).toBe(true);
    expect(decisions([["马丽", "好，那季度报告先用旧模板。"]])).toEqual([]);
    expect(
      decisions([
        ["马丽", "好，那下一个议题。"],
        ["高峰", "好。"],
        ["马丽", "好，那我们开始吧。"],
      ]),
    ).toEqual([]);
  });
  it("那 + topic + 就用 is a closure; a counterfactual 就按 is not", () => {
    expect(decisions([["马丽", "那报名就用小程序。"]]).length).toBe(1);
    expect(decisions([["马丽", "要是当初就按这个方案，也不会超支。"]])).toEqual([]);
  });
  it("waiting, not deciding now, rejections and counterfactual proposals are not decisions", () => {
    expect(
      decisions([
        ["Kim", "Probably, but let's wait for the survey."],
        ["Ann", "Agreed."],
      ]),
    ).toEqual([]);
    expect(
      decisions([
        ["Ann", "I'd rather not decide that now."],
        ["Kim", "Agreed."],
      ]),
    ).toEqual([]);
    expect(decisions([["Ann", "No, we decided against a rebrand in March."]])).toEqual([]);
    expect(
      decisions([
        ["Kim", "If we had hired earlier we could have shipped it."],
        ["Ann", "True."],
      ]),
    ).toEqual([]);
  });
  it("a closure does not settle a conditional offer of work", () => {
    expect(
      decisions([
        ["高峰", "预算批下来的话，我可以顺手把采购单也提了。"],
        ["马丽", "好，那就这样。"],
      ]),
    ).toEqual([]);
  });
});
