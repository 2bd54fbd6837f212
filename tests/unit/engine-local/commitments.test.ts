import { describe, expect, it } from "vitest";
import { extractCommitments } from "@/lib/engine/local/actions";
import type { Segment } from "@/lib/ingest/types";

// Meeting on Wednesday 2024-05-08. Sentences written for these tests, not taken from the corpus.
const D = "2024-05-08";
function run(turns: Array<[string, string]>) {
  const segments: Segment[] = turns.map(([speaker, text], index) => ({ index, speaker, text }));
  return extractCommitments(segments, [...new Set(turns.map((t) => t[0]))], D);
}
const todos = (turns: Array<[string, string]>) => run(turns).todos;
const decisions = (turns: Array<[string, string]>) => run(turns).decisions;

describe("to-dos: the speaker commits", () => {
  it("first person with future or volition is the speaker's task, dated", () => {
    const t = todos([["Priya", "I'll send the revised contract to the supplier by Friday."]]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "Priya", due: "2024-05-10", citations: [0] });
    expect(t[0].text).toMatch(/^Send the revised contract to the supplier/);
    expect(t[0].evidence).toEqual(["I'll send the revised contract to the supplier by Friday."]);
    const z = todos([["周凯", "报价单我来整理，明天下午之前发给大家。"]]);
    expect(z[0].owner).toBe("周凯");
    expect(z[0].due?.slice(0, 10)).toBe("2024-05-09");
  });
  it("past work, counterfactuals, hedges and acts done in the meeting are not tasks", () => {
    expect(todos([["Priya", "I already sent the contract to the supplier last week."]])).toEqual([]);
    expect(todos([["Priya", "If we had booked the venue earlier, it would have been cheaper."]])).toEqual([]);
    expect(todos([["Priya", "I'll show you the next slide with the numbers."]])).toEqual([]);
    expect(todos([["周凯", "上周我已经把报价单发给财务了。"]])).toEqual([]);
    expect(todos([["周凯", "要是当时早点订机票，现在也不会这么贵。"]])).toEqual([]);
  });
  it("an offer ('I can…') needs a deadline when nobody asked for it", () => {
    expect(todos([["Priya", "I can draft the agenda for the offsite by Monday."]])[0]).toMatchObject({ owner: "Priya", due: "2024-05-13" });
    expect(todos([["Priya", "I can see why the numbers look odd."]])).toEqual([]);
  });
});

describe("to-dos: requests, answers and acknowledgements", () => {
  it("a vocative request is the addressee's; the acknowledgement is merged, not a second to-do", () => {
    const t = todos([
      ["Omar", "Lena, can you book the meeting room for the client visit on Thursday?"],
      ["Lena", "Sure, will do."],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "Lena", due: "2024-05-09", citations: [0, 1] });
  });
  it("an acknowledgement that restates the task confirms it instead of adding one", () => {
    const t = todos([
      ["周凯", "刘洋，宣传册的错别字你今天改一下。"],
      ["刘洋", "收到，我今天下班前改掉。"],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "刘洋", due: "2024-05-08", citations: [0, 1] });
  });
  it("an unnamed request belongs to whoever accepts it; a refusal makes no to-do", () => {
    expect(
      todos([
        ["Omar", "Could you send me the slides after the call?"],
        ["Lena", "Yes, no problem."],
      ])[0],
    ).toMatchObject({ owner: "Lena" });
    expect(
      todos([
        ["Omar", "Can you take the vendor call tomorrow?"],
        ["Lena", "Sorry, I can't, I'm out all day."],
      ]),
    ).toEqual([]);
  });
  it("a question asking for work, answered yes, is the answerer's task with the question's words", () => {
    const t = todos([
      ["周凯", "刘洋，新版海报下周二之前能出吗？"],
      ["刘洋", "能。"],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "刘洋", due: "2024-05-14", citations: [0, 1] });
    expect(t[0].text).toContain("海报");
    const v = todos([
      ["Omar", "Who wants to write up the interview notes?"],
      ["Lena", "I can do it, by tomorrow."],
    ]);
    expect(v[0]).toMatchObject({ owner: "Lena", due: "2024-05-09" });
    expect(v[0].text.toLowerCase()).toContain("interview notes");
  });
  it("a refused date gives way to the date the answerer commits to", () => {
    const t = todos([
      ["周凯", "样品明天能寄出吗？"],
      ["刘洋", "明天不行，仓库在盘点。周五我保证寄出去。"],
    ]);
    expect(t[0]).toMatchObject({ owner: "刘洋", due: "2024-05-10" });
  });
});

describe("to-dos: third persons, the group, conditions", () => {
  it("assignments name their owner; 'that' takes the topic it points at", () => {
    const t = todos([
      ["Omar", "What about the broken signup email?"],
      ["Lena", "No idea who wrote it."],
      ["Omar", "Let's assign that to Lena then."],
    ]);
    expect(t[0]).toMatchObject({ owner: "Lena" });
    expect(t[0].text.toLowerCase()).toContain("signup email");
    expect(
      todos([
        ["周凯", "展会的物料刘洋负责联系印刷厂。"],
        ["刘洋", "好的。"],
      ])[0],
    ).toMatchObject({ owner: "刘洋" });
    expect(
      todos([
        ["周凯", "这个交给刘洋跟进，下下周三之前上线。"],
        ["刘洋", "好。"],
      ])[0],
    ).toMatchObject({ owner: "刘洋", due: "2024-05-22" });
    // A vocative's 你 is not part of the name ("刘洋你负责…" → 刘洋, not "刘洋你").
    expect(
      todos([
        ["周凯", "报名表刘洋你负责发给各部门。"],
        ["刘洋", "好的。"],
      ])[0],
    ).toMatchObject({ owner: "刘洋" });
  });
  it("the group owns a deadline task with no single owner; closing words are no task", () => {
    expect(todos([["Omar", "Everyone, please fill in the survey before the end of the month."]])[0]).toMatchObject({ owner: null, due: "2024-05-31" });
    expect(todos([["周凯", "大家周五之前把周报发到群里。"]])[0]).toMatchObject({ owner: null, due: "2024-05-10" });
    expect(todos([["周凯", "好，今天就到这，辛苦大家。"]])).toEqual([]);
  });
  it("a conditional task keeps its owner and has no due date", () => {
    const t = todos([["Omar", "If the printer isn't fixed by Monday, Lena, just order a new one."]]);
    expect(t[0]).toMatchObject({ owner: "Lena", due: null });
    expect(todos([["周凯", "如果客户周五还没回复，刘洋你就直接打电话问一下。"]])[0]).toMatchObject({ owner: "刘洋", due: null });
  });
  it("relayed plans of absent people, vague ideas and deferrals are not to-dos", () => {
    expect(todos([["Omar", "Kenji said he's going to look at the billing bug when he's back."]])).toEqual([]);
    expect(todos([["Omar", "We should think about a new logo at some point."]])).toEqual([]);
    expect(todos([["周凯", "老陈说他下周可能要去一趟深圳。"]])).toEqual([]);
    expect(todos([["周凯", "团建的地点还没定，下次再说。"]])).toEqual([]);
  });
  it("owners are participants or named people, never a capitalised word", () => {
    for (const t of todos([
      ["Omar", "Just send the invoice tomorrow, please."],
      ["Omar", "Legal will review the clause by Friday."],
    ])) {
      expect(["Just", "Legal", "Please"]).not.toContain(t.owner);
    }
  });
});

describe("decisions", () => {
  it("a closure states the decision; a bare closure takes the proposal it closes", () => {
    const d = decisions([["周凯", "那就这么定了，下季度的展会不参加了。"]]);
    expect(d).toHaveLength(1);
    expect(d[0].text).toContain("展会不参加");
    const b = decisions([
      ["周凯", "我建议年会改到线上办，大家觉得呢？"],
      ["刘洋", "没意见。"],
      ["周凯", "那就这么办。"],
    ]);
    expect(b).toHaveLength(1);
    expect(b[0].text).toContain("年会改到线上办");
    expect(b[0].citations).toEqual([0, 2]);
    expect(decisions([["Omar", "Let's go with the cheaper hosting plan."]])[0].text).toMatch(/cheaper hosting plan/);
  });
  it("a proposal with general assent is a decision; a rejected one is not", () => {
    expect(
      decisions([
        ["Omar", "I'd move the launch to June."],
        ["Lena", "Fine by me."],
        ["Kai", "Agreed."],
      ])[0].text,
    ).toMatch(/launch to June/);
    expect(
      decisions([
        ["Omar", "What if we drop the free tier?"],
        ["Lena", "No, not doing that, it brings most signups."],
      ]),
    ).toEqual([]);
  });
  it("explicit non-decisions are never decisions", () => {
    expect(decisions([["周凯", "涨价幅度说是百分之五左右，还没最终定。"]])).toEqual([]);
    expect(decisions([["Omar", "Not decided yet, let's revisit it next week."]])).toEqual([]);
    expect(decisions([["周凯", "预算这个以后再说。"]])).toEqual([]);
  });
  it("a closure put as a question stands only once someone agrees", () => {
    expect(
      decisions([
        ["周凯", "那报名截止就放到周五，没意见就这么定？"],
        ["刘洋", "可以。"],
      ]),
    ).toHaveLength(1);
    expect(decisions([["周凯", "那报名截止就放到周五，没意见就这么定？"]])).toEqual([]);
  });
});

describe("role-labelled meetings", () => {
  it("a participant's role named as the subject of future work owns it", () => {
    const t = todos([
      ["Project Manager", "For next time, marketing will look into what customers want from the charger."],
      ["Marketing", "Okay."],
    ]);
    expect(t[0]).toMatchObject({ owner: "Marketing" });
    expect(
      todos([
        ["Project Manager", "And the Industrial Designer is gonna work on the battery housing."],
        ["Industrial Designer", "Sure."],
      ])[0].owner,
    ).toBe("Industrial Designer");
  });
  it("the group's stated plan is a decision; a hedged or asked one is not", () => {
    expect(decisions([["Industrial Designer", "So we're going to have a rubber case with two buttons."]])).toHaveLength(1);
    expect(decisions([["Industrial Designer", "Maybe we're going to have a rubber case?"]])).toEqual([]);
    expect(decisions([["Industrial Designer", "We'll have to see what the budget allows."]])).toEqual([]);
  });
});

describe("more ways people assign and take work", () => {
  it("volunteers, named subjects and labelled action items", () => {
    expect(
      todos([
        ["Ana", "Could someone check the invoice numbers before Friday?"],
        ["Sam", "I'll do it."],
      ]),
    ).toMatchObject([{ owner: "Sam", due: "2024-05-10", citations: [0, 1] }]);
    expect(
      todos([
        ["Ana", "Let's have Priya handle the vendor call."],
        ["Priya", "Okay."],
      ])[0].owner,
    ).toBe("Priya");
    expect(
      todos([
        ["Ana", "Jordan's going to send the deck tomorrow."],
        ["Jordan", "Yep."],
      ])[0],
    ).toMatchObject({ owner: "Jordan", due: "2024-05-09", text: "Send the deck" });
    expect(
      todos([
        ["Ana", "Action item: Kim to update the roadmap by Friday."],
        ["Kim", "Got it."],
      ])[0],
    ).toMatchObject({ owner: "Kim", text: "Update the roadmap" });
    expect(todos([["Ana", "I'm going to reach out to the landlord this afternoon."]])[0]).toMatchObject({ owner: "Ana", due: "2024-05-08" });
  });
  it("Chinese: the owner is a field, not part of the wording; one task raised twice is one to-do", () => {
    const t = todos([
      ["王强", "李娜负责联系供应商，周四前给报价。"],
      ["李娜", "好的。"],
    ]);
    expect(t[0]).toMatchObject({ owner: "李娜", due: "2024-05-09" });
    expect(t[0].text).not.toContain("李娜");
    const one = todos([
      ["王强", "接口文档谁来写？"],
      ["沈丽", "我来。"],
      ["王强", "这个交给沈丽跟进，下下周一之前上线。"],
    ]);
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ owner: "沈丽", citations: [0, 1, 2] });
    expect(
      todos([
        ["王强", "下周三之前，张伟把测试报告提交一下。"],
        ["张伟", "收到。"],
      ])[0],
    ).toMatchObject({ owner: "张伟", due: "2024-05-15" });
  });
  it("concerns and reported questions are not tasks", () => {
    expect(todos([["王强", "我这边的顾虑主要还是工期。"]])).toEqual([]);
    expect(todos([["王强", "客户问能不能下周交付？"]])).toEqual([]);
    expect(
      todos([
        ["Ana", "I'm sorry, I missed that."],
        ["Ana", "Want to grab lunch after?"],
      ]),
    ).toEqual([]);
  });
});

describe("long spoken sentences and stated design choices", () => {
  it("tense belongs to its clause in a long run-on sentence", () => {
    const t = todos([
      [
        "Project Manager",
        "Okay so for the next meeting the Industrial Designer will work on the battery housing and the charger, of course we already talked about the colours earlier today.",
      ],
      ["Industrial Designer", "Okay."],
    ]);
    expect(t[0]?.owner).toBe("Industrial Designer");
  });
  it("stated choices are decisions; hedged ones are not", () => {
    expect(decisions([["Project Manager", "So the consensus seems to be a solar battery."]])).toHaveLength(1);
    expect(decisions([["Project Manager", "We're just sticking with two standard batteries."]])).toHaveLength(1);
    expect(decisions([["Project Manager", "Maybe the selling price will be around thirty, I don't know."]])).toEqual([]);
  });
});
