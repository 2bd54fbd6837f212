import { describe, expect, it } from "vitest";
import { extractCommitments } from "@/lib/engine/local/actions";
import type { Segment } from "@/lib/ingest/types";

// Meeting on Wednesday 2024-05-08 (week Mon 05-06 … Sun 05-12). Sentences written for these tests (session 5), not from any corpus.
const D = "2024-05-08";
function run(turns: Array<[string, string]>) {
  const segments: Segment[] = turns.map(([speaker, text], index) => ({ index, speaker, text }));
  return extractCommitments(segments, [...new Set(turns.map((t) => t[0]))], D);
}
const todos = (turns: Array<[string, string]>) => run(turns).todos;
const decisions = (turns: Array<[string, string]>) => run(turns).decisions;

describe("declines, speech acts and relayed plans are not commitments (zh)", () => {
  it("a first-person decline is no self commitment", () => {
    expect(
      todos([
        ["马丽", "报销模板谁来改？"],
        ["高峰", "模板我这周比较满，恐怕改不了。"],
      ]),
    ).toEqual([]);
    expect(todos([["高峰", "这个我这两天做不了，手上还有两个项目。"]])).toEqual([]);
    expect(todos([["高峰", "模板我这周五之前改好。"]])[0]).toMatchObject({ owner: "高峰", due: "2024-05-10" });
  });
  it("我补充一下 is speech, and X那边说 relays someone else's plan", () => {
    expect(todos([["高峰", "我这边补充一下，财务那边说下个月会换报销系统。"]])).toEqual([]);
  });
  it("handing over the floor at the end of a sentence dated today is talk, not work", () => {
    expect(
      todos([
        ["马丽", "今天过一下报销流程，高峰你先讲一下。"],
        ["高峰", "好。"],
      ]),
    ).toEqual([]);
    expect(
      todos([
        ["马丽", "高峰你先说一下情况，明天把报告发我。"],
        ["高峰", "好。"],
      ])[0],
    ).toMatchObject({ owner: "高峰", due: "2024-05-09" });
  });
});

describe("elliptic tasks take the work they answer", () => {
  it("这个我来… takes the idea asked in the turn before (zh)", () => {
    const t = todos([
      ["马丽", "要不要请法务出面跟供应商谈一下违约金？"],
      ["高峰", "这个我来约吧，我周五之前约上。"],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "高峰", due: "2024-05-10" });
    expect(t[0].text).toContain("违约金");
  });
  it("a bare asked task takes the need stated before it, not the reply's reservation (zh)", () => {
    const t = todos([
      ["马丽", "那我们要给客户一个书面的赔偿方案。高峰，你周五之前能写出来吗？"],
      ["高峰", "周五我尽量，但是数据得财务先给我。"],
    ]);
    expect(t[0].owner).toBe("高峰");
    expect(t[0].text).toContain("赔偿方案");
    expect(t[0].text).not.toContain("财务");
  });
  it("a light-verb commitment takes the work the group needs (en)", () => {
    const t = todos([
      ["Ann", "We need someone to set up the billing alerts before launch."],
      ["Pete", "I can do that, I did it for the old system."],
      ["Pete", "I'll have it done by Monday."],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "Pete", due: "2024-05-13" });
    expect(t[0].text.toLowerCase()).toContain("billing alerts");
  });
  it("'that's yours' hands over the plan said just before, not the name asked (en)", () => {
    const t = todos([
      ["Ann", "Second one, the export bug. Pete?"],
      ["Pete", "Engineering has a fix."],
      ["Ann", "Then let's tell the three affected customers once it's out. Pete, that's yours."],
      ["Pete", "Got it."],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0].owner).toBe("Pete");
    expect(t[0].text.toLowerCase()).toContain("affected customers");
  });
  it("'that email' is the email named before (en)", () => {
    const t = todos([
      ["Kim", "A short email to customers is enough."],
      ["Ann", "Pete, would you mind drafting that email?"],
      ["Pete", "Sure."],
    ]);
    expect(t[0].text.toLowerCase()).toContain("email to customers");
  });
  it("'is that something you could…' is a request (en)", () => {
    const t = todos([
      ["Kim", "I'm not sure the new tool sends scheduled reports."],
      ["Ann", "Pete, is that something you could check with the vendor?"],
      ["Pete", "Yeah, I'll ask them tomorrow."],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "Pete", due: "2024-05-09" });
  });
  it("a counter-offer asked back is no task of the asker (en)", () => {
    const t = todos([
      ["Ann", "Pete, can you write up the access rules by Thursday?"],
      ["Pete", "Thursday's tight. Could I get it to you Monday?"],
      ["Ann", "Monday's fine."],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "Pete", due: "2024-05-13" });
  });
});

describe("dates settled in the turn after the reply", () => {
  it("'not this week' then the asker's 'next Friday then' dates the task", () => {
    const t = todos([
      ["Ann", "Pete, would you mind drafting the launch email?"],
      ["Pete", "Sure, but not this week."],
      ["Ann", "That's fine, next Friday then."],
    ]);
    expect(t[0]).toMatchObject({ owner: "Pete", due: "2024-05-17" });
  });
  it("the asker's next task does not re-date the accepted one", () => {
    const t = todos([
      ["Ann", "Who wants to update the runbook?"],
      ["Pete", "I can do it. End of next week okay?"],
      ["Ann", "Perfect. And everyone, please log your hours before tomorrow's standup."],
    ]);
    expect(t.find((x) => x.owner === "Pete")).toMatchObject({ due: "2024-05-17" });
  });
  it("a counter-date asked as a question and accepted (zh)", () => {
    const t = todos([
      ["马丽", "高峰，落地页下周二之前上线，能行吗？"],
      ["高峰", "下周二有点赶，下周三行不行？"],
      ["马丽", "行，那就下周三。"],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "高峰", due: "2024-05-15" });
  });
});

describe("recaps and statements put to the room", () => {
  it("a recap restates to-dos and makes no new one (zh)", () => {
    const t = todos([
      ["马丽", "高峰，灰度方案周五之前能出吗？"],
      ["高峰", "能。"],
      ["马丽", "高峰，再确认一下，灰度方案周五，对吧？"],
      ["高峰", "对。"],
    ]);
    expect(t).toHaveLength(1);
  });
  it("English recap cues are recognised as words (a control character once stood where \\b belongs)", async () => {
    const { EN_RECAP } = await import("@/lib/engine/local/cues");
    expect(["So to recap, Kim has the plan.", "Recap: Kim has the plan.", "Just to confirm, Friday?"].map((t) => EN_RECAP.test(t))).toEqual([true, true, true]);
    expect(["The recapitulation was long.", "I want to summarizer."].map((t) => EN_RECAP.test(t))).toEqual([false, false]);
  });
  it("'Let's … Everyone okay with that?' answered yes is no to-do", () => {
    const t = todos([
      ["Ann", "Let's stop adding reports to the old tool, starting today. Everyone okay with that?"],
      ["Kim", "Fine by me."],
      ["Pete", "Yep."],
    ]);
    expect(t).toEqual([]);
  });
});

describe("more elliptic and closing forms", () => {
  it("the speaker's own deadline may come a sentence later", () => {
    expect(todos([["Pete", "I'll do the marketing dashboards. Should be quick, probably done by Friday."]])[0]).toMatchObject({ owner: "Pete", due: "2024-05-10" });
  });
  it("'Please do.' accepts an offer and is no second to-do", () => {
    const t = todos([
      ["Ann", "Third, the angry email from the landlord."],
      ["Pete", "I can call them tomorrow, I know their manager."],
      ["Ann", "Please do."],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "Pete", due: "2024-05-09" });
  });
  it("a closure that hands the work to someone by name is a decision and a to-do; 每周一 is no deadline (zh)", () => {
    const r = run([
      ["马丽", "风险周报以后是不是每周一发？"],
      ["高峰", "我觉得可以。"],
      ["李娜", "同意。"],
      ["马丽", "那就这么办，风险周报每周一发，高峰你来汇总。"],
      ["高峰", "好的。"],
    ]);
    expect(r.decisions.length).toBeGreaterThan(0);
    const t = r.todos.find((x) => x.owner === "高峰");
    expect(t).toBeDefined();
    expect(t!.due).toBeNull();
    expect(t!.text).not.toContain("这么办");
  });
  it("'it' after 'Last thing: <noun phrase>.' is that noun phrase; the speaker's next need is cut off", () => {
    const t = todos([["Ann", "Last thing: the budget deck for the leadership review. I'll draft it, and I need everyone's input soon."]]);
    expect(t[0].text.toLowerCase()).toContain("budget deck");
    expect(t[0].text.toLowerCase()).not.toContain("input");
  });
});

describe("decisions from assent", () => {
  it("a statement put to the room and agreed is a decision", () => {
    const d = decisions([
      ["Ann", "Let's stop adding reports to the old tool, starting today. Everyone okay with that?"],
      ["Kim", "Fine by me."],
      ["Pete", "Yep."],
    ]);
    expect(d).toHaveLength(1);
    expect(d[0].text.toLowerCase()).toContain("stop adding reports");
  });
  it("unanswered, it is no decision", () => {
    expect(
      decisions([
        ["Ann", "Let's stop adding reports to the old tool. Everyone okay with that?"],
        ["Kim", "Hmm, I'm not sure, legal still uses it."],
      ]),
    ).toEqual([]);
  });
  it("the chair's assent then a short restatement of the proposal just made", () => {
    const d = decisions([
      ["Kim", "Let's not do a blog post. A short email to customers is enough."],
      ["Ann", "Fair. No blog post, just the customer email."],
    ]);
    expect(d.map((x) => x.text.toLowerCase()).join(" ")).toContain("no blog post");
  });
  it("'so the X is …' after others agreed concludes", () => {
    const d = decisions([
      ["Ann", "I'm proposing two engineers and one designer."],
      ["Kim", "I'm less sure about the designer."],
      ["Pete", "Okay, fair enough, I'm fine with it."],
      ["Ann", "Great, so the ask is two engineers and one designer."],
    ]);
    expect(d.map((x) => x.text).join(" ")).toContain("two engineers and one designer");
  });
  it("'Okay, the 20th it is.' settles", () => {
    expect(
      decisions([
        ["Ann", "Launch on the 20th?"],
        ["Kim", "Works for me."],
        ["Ann", "Okay, the 20th it is."],
      ]).length,
    ).toBe(1);
  });
  it("a negative resolution agreed is a decision; a rule for everyone (统一…) is one (zh)", () => {
    expect(
      decisions([
        ["马丽", "抽奖这次先不做了，投诉太多。"],
        ["高峰", "同意。"],
      ]).length,
    ).toBe(1);
    expect(
      decisions([
        ["马丽", "最后，文档统一放到知识库的架构空间，大家写完都往那儿放。"],
        ["高峰", "好。"],
      ]).length,
    ).toBe(1);
  });
  it("an elliptic 'I think we should' closed by 'agreed' adds no fragment", () => {
    const d = decisions([
      ["Pete", "Should we keep the old tool read-only after the cutover?"],
      ["Kim", "I think we should, people will want to look things up."],
      ["Lou", "Yes, agreed."],
    ]);
    expect(d.every((x) => !/^[,，]/.test(x.text))).toBe(true);
  });
});

describe("design resolutions stated as the plan (AMI-style)", () => {
  it("a target price or cost stated as the plan is a decision", () => {
    expect(decisions([["PM", "So we'd like to sell it for about twenty five Euro, with a profit aim of fifteen million."]]).length).toBe(1);
    expect(decisions([["PM", "The production is to only cost twelve and a half Euros per item."]]).length).toBe(1);
  });
  it("'it's gonna look …' states the design; a hedge does not", () => {
    expect(decisions([["PM", "And it's gonna look sort of vegetable, and be in bright vegetable colours."]]).length).toBe(1);
    expect(decisions([["PM", "Maybe it's gonna look a bit odd, I don't know."]])).toEqual([]);
  });
});
