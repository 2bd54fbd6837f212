import { describe, expect, it } from "vitest";
import { runCommitments } from "./commitments-fixtures";

// Decisions without a closure word (session 10): sentences written for these tests, not taken from any corpus.
const decisions = (turns: Array<[string, string]>) => runCommitments(turns).decisions;

describe("decisions without a closure word", () => {
  it("a proposal agreed stays a decision", () => {
    const d = decisions([
      ["孙丽", "我建议培训统一放在周三下午。"],
      ["马骁", "同意。"],
    ]);
    expect(d).toHaveLength(1);
  });
  it("a yes/no question answered by echoing its verb, or refusing it, settles it", () => {
    const d = decisions([
      ["马骁", "周总，展会的展位要不要先订下来？"],
      ["周建明", "订下来吧，晚了就没位置了。"],
    ]);
    expect(d).toHaveLength(1);
    expect(d[0].text).toMatch(/^订下来/);
    expect(d[0].citations).toEqual([0, 1]);
    const no = decisions([
      ["马骁", "上线要不要等安全评审？"],
      ["周建明", "不等，先灰度上线，评审到时候再说。"],
    ]);
    expect(no[0]?.text).toBe("不等，先灰度上线");
  });
  it("an answer that does not echo the question, or is objected to, settles nothing", () => {
    expect(
      decisions([
        ["马骁", "展会的展位要不要先订下来？"],
        ["周建明", "我问一下市场部预算还有多少。"],
      ]),
    ).toEqual([]);
    expect(
      decisions([
        ["马骁", "展会的展位要不要先订下来？"],
        ["周建明", "订下来吧。"],
        ["孙丽", "不行，预算还没批。"],
      ]),
    ).toEqual([]);
  });
  it("a statement put to the room in one sentence ('…吧，大家有没有意见？') and agreed", () => {
    const d = decisions([
      ["孙丽", "周会就改到每周二上午吧，大家有没有意见？"],
      ["马骁", "没意见。"],
    ]);
    expect(d.map((x) => x.text)).toEqual(["周会就改到每周二上午"]);
    expect(
      decisions([
        ["孙丽", "周会就改到每周二上午吧，大家有没有意见？"],
        ["马骁", "周二上午我有培训，不太方便。"],
      ]),
    ).toEqual([]);
  });
  it("'好，那…' accepting a proposal turned down states the rule", () => {
    const d = decisions([
      ["马骁", "报销我这边可以去掉财务复核，能快一天。"],
      ["周建明", "财务复核不能去，这是审计要求。"],
      ["马骁", "好，那复核流程保持不变。"],
    ]);
    expect(d.map((x) => x.text)).toEqual(["复核流程保持不变"]);
  });
  it("'final answer:' and a bare 'Okay, dropped.' close", () => {
    const d = decisions([
      ["Ruth", "Are we printing badges or using stickers?"],
      ["Omar", "Stickers are cheaper and nobody keeps the badges."],
      ["Ruth", "Okay, final answer: stickers this year."],
    ]);
    expect(d).toHaveLength(1);
    expect(d[0].text).toMatch(/^Stickers this year/);
    const dropped = decisions([
      ["Ruth", "Then let's drop the printed agenda. Anyone want to keep it? Okay, dropped."],
      ["Omar", "Makes sense."],
    ]);
    expect(dropped).toHaveLength(1);
    expect(dropped[0].text).toMatch(/drop the printed agenda/i);
  });
  it("the chair stating the point just argued, agreed before or after, settles it", () => {
    // The chair is read from a real meeting's habits (20+ turns): Ruth opens, asks and talks most.
    const chat = (n: number): Array<[string, string]> =>
      Array.from({ length: n }, (_, k) => (k % 2 ? ["Omar", `Noted, item ${k} is on the list.`] : ["Ruth", `Next on the list is item ${k}, any questions on it?`]));
    const opening: Array<[string, string]> = [["Ruth", "Welcome all. Three things today: the vendor, the venue, and the budget for the whole quarter."], ...chat(18)];
    const talk: Array<[string, string]> = [
      ...opening,
      ["Ruth", "Do we keep the old cleaning vendor, or switch to the cheaper one?"],
      ["Lena", "The cheaper one is fine for the offices, but the labs need people who know the rules."],
      ["Omar", "Agreed."],
      ["Ruth", "Okay, cheaper vendor for the offices and the old one for the labs."],
    ];
    expect(decisions(talk).map((x) => x.text)).toContain("Cheaper vendor for the offices and the old one for the labs");
    // Nobody agreed: the chair's words are one more view.
    const open: Array<[string, string]> = [
      ...talk.slice(0, -2),
      ["Omar", "I'm not sure the labs need that."],
      talk[talk.length - 1],
      ["Lena", "Hmm, what about the warehouse though?"],
    ];
    expect(decisions(open).map((x) => x.text)).not.toContain("Cheaper vendor for the offices and the old one for the labs");
  });
});

describe("a closure that introduces what it settles", () => {
  it("'let's do that:' followed by the course is a decision worded as the course", () => {
    const d = decisions([
      ["Priya", "Finance said last week they only need the country, not the full address."],
      ["Priya", "So let's do that: step three asks for country only, and the full address moves to checkout."],
      ["Tom", "Works for me."],
    ]);
    expect(d.map((x) => x.text)).toEqual(["Step three asks for country only, and the full address moves to checkout."]);
  });
});

describe("Chinese closures and status questions", () => {
  const zh = (turns: Array<[string, string]>) => runCommitments(turns);
  it("'那就定了，X' is worded as X", () => {
    const r = zh([
      ["王磊", "我觉得上线时间可能要往后推一周，不然测试时间太紧了。"],
      ["陈静", "那就定了，上线时间推到十二月二十一号。"],
    ]);
    expect(r.decisions.map((d) => d.text)).toEqual(["上线时间推到十二月二十一号"]);
  });
  it("asking a named person how something is going asks for information, not work", () => {
    const r = zh([
      ["陈静", "先说知识库。刘洋，迁移进度怎么样了？"],
      ["刘洋", "目前迁了大概百分之七十，剩下的主要是带附件的老文档。"],
    ]);
    expect(r.todos).toEqual([]);
  });
  it("'对方的负责人' names no owner; the speaker's own '我来跟…沟通' is theirs", () => {
    const r = zh([
      ["赵敏", "对方的测试环境一直不稳定，联调基本上是卡住的。"],
      ["陈静", "这个我来跟对方的负责人沟通一下，看能不能这周给我们一个稳定的环境。"],
    ]);
    expect(r.todos.map((t) => [t.owner, t.dueText])).toEqual([["陈静", "这周"]]);
    expect(r.todos[0].text).toMatch(/^跟对方的负责人沟通/);
  });
});
