import { describe, expect, it } from "vitest";
import { runCommitments } from "./commitments-fixtures";

// Sentences written for these tests (session 13), not taken from any corpus or dev set.
const todosOf = (turns: Array<[string, string]>) => runCommitments(turns).todos;
const decisionsOf = (turns: Array<[string, string]>) => runCommitments(turns).decisions.map((d) => d.text);

describe("owners addressed by a form of their name", () => {
  it("a label naming the store too, addressed as X姐 or by a pet form, owns the task", () => {
    const todos = todosOf([
      ["王海涛", "排班这块，丽姐你负责把三家店的排班表汇总一下，周五之前。"],
      ["周丽-徐汇店", "好的。"],
      ["王海涛", "婷婷，展架的图你出一版，周三以前发群里。"],
      ["苏婷", "可以。"],
    ]);
    expect(todos.map((t) => t.owner)).toEqual(["周丽-徐汇店", "苏婷"]);
    // The form of address is whom the task is given to, not part of it.
    expect(todos[1].text).not.toMatch(/^婷婷/);
  });
});

describe("turning a task down, and jokes", () => {
  it("a request declined in reply is nobody's to-do, nor is the refusal", () => {
    const todos = todosOf([
      ["陈静", "续签合同谁来看一下？小林，你能不能顺便一起看了？"],
      ["林悦", "陈姐，这个我真接不了，下周已经排满了。"],
      ["Ann Lee", "Could you also update the clause library while you're in there, Ken?"],
      ["Ken Ito", "Honestly, I really can't take that on this week."],
    ]);
    expect(todos).toEqual([]);
  });
  it("nothing said with laughter is work or a decision", () => {
    const r = runCommitments([
      ["周建国", "那周总你就请他们吃顿饭，吃到他们同意为止，哈哈。"],
      ["李娜", "那就这么定了，请客的事我来安排，哈哈。"],
    ]);
    expect(r.todos).toEqual([]);
    expect(r.decisions).toEqual([]);
  });
  it("“I'll bet” guesses; it promises nothing", () => {
    expect(todosOf([["Tom Reed", "I'll bet most of it's the self-checkouts at the north store."]])).toEqual([]);
  });
});

describe("how English meetings settle things", () => {
  it("“let's lock that in”, then the terms: the terms are the decision", () => {
    expect(
      decisionsOf([
        ["Ann Lee", "So here's my idea. A cap at twelve months of fees, and three times fees for a breach."],
        ["Ken Ito", "Three x is fine from my side."],
        ["Ann Lee", "Okay, let's lock that in. Twelve months general, three x for breach, unlimited only for the carve-outs."],
      ]),
    ).toEqual(["Twelve months general, three x for breach, unlimited only for the carve-outs."]);
  });
  it("“Decision:”, “we'll standardise on”, “no objections, so”", () => {
    const d = decisionsOf([
      ["Gabe Cruz", "Decision: if a deal hasn't moved stage in sixty days, it's out of commit."],
      ["Wen Li", "Thank you."],
      ["Gabe Cruz", "We'll standardise on the new close-plan template for anything over fifty k."],
      ["Gabe Cruz", "Governing law, they want Delaware, we have California. Anyone mind Delaware?"],
      ["Wen Li", "Delaware's fine by me."],
      ["Gabe Cruz", "Okay, no objections, so Delaware."],
    ]);
    expect(d).toContain("If a deal hasn't moved stage in sixty days, it's out of commit.");
    expect(d).toContain("We'll standardise on the new close-plan template for anything over fifty k.");
  });
  it("a decision taken back (“scrap that”) gives way to the one stated after it", () => {
    const d = decisionsOf([
      ["Dee Carr", "Okay, deliveries. The depot wants our truck at six a.m. We're going with six a.m. starting next week."],
      ["Lu Ortiz", "Sorry, back to the truck. The loading dock doesn't open till seven, six a.m. doesn't work for the truck."],
      ["Dee Carr", "Oh. Right. Okay, scrap that then. We keep the eight a.m. truck window through the holidays."],
    ]);
    expect(d).toEqual(["We keep the eight a.m. truck window through the holidays."]);
  });
});

describe("a recap announced on its own", () => {
  it("restates the to-dos; only the speaker's own new work in it is added", () => {
    const todos = todosOf([
      ["Dee Carr", "Aisha, can you pull the shrink report by Tuesday?"],
      ["Aisha Khan", "Yes, I can have that to you by Tuesday."],
      ["Dee Carr", "Okay, recap. Aisha, shrink report Tuesday. And I'll send the summary up to the regional office next week."],
    ]);
    expect(todos).toHaveLength(2);
    expect(todos.map((t) => t.owner)).toEqual(["Aisha Khan", "Dee Carr"]);
  });
});

describe("dates and relayed plans", () => {
  it("reads hour counts, ordinal words and the middle of the month", () => {
    const due = (text: string) => todosOf([["Rita Lu", text]])[0]?.due;
    // runCommitments dates the meeting 2024-05-08 (a Wednesday).
    expect(due("I'll get the incident write-up to corporate within 48 hours.")).toBe("2024-05-10");
    expect(due("Put me down for the Saturday close on the eighteenth.")).toBe("2024-05-18");
    expect(due("I'll send the revised budget by mid-month.")).toBe("2024-05-15");
  });
  it("a counter-date after a first assent wins over the date asked", () => {
    const todos = todosOf([
      ["郭静", "婷婷，退款类的标准话术你能不能重新整理一版？下周三之前能出吗？"],
      ["苏婷", "可以的。不过我得先跟运营确认一下口径……下周三可能不行，下周四上午给你吧。"],
    ]);
    expect(todos[0]?.due).toBe("2024-05-16");
  });
  it("what another team said is relayed, not work; “let me loop in” is", () => {
    expect(todosOf([["Rita Lu", "And just so everyone knows, finance said the merit pool number lands on the twentieth."]])).toEqual([]);
    expect(todosOf([["Ann Lee", "Let me loop in Diane on the cap language today."]]).map((t) => [t.owner, t.due])).toEqual([["Ann Lee", "2024-05-08"]]);
  });
});

describe("work that changes hands, and more than one assignee", () => {
  it("“actually, let's have Aisha do it”: the request is Aisha's, with her date", () => {
    const todos = todosOf([
      ["Dee Carr", "Tom, can you pull the shrink report by store for the last six weeks?"],
      ["Tom Reed", "I mean, I can, but I'm at the other store doing the audit all week."],
      ["Dee Carr", "Hmm. Actually, you know what, let's have Aisha do it, she's got the access anyway. Aisha, okay?"],
      ["Aisha Khan", "Yeah, that's fine. I can have that to you by Tuesday."],
    ]);
    expect(todos.map((t) => [t.owner, t.due])).toEqual([["Aisha Khan", "2024-05-14"]]);
  });
  it("“算了，还是小雪来吧”: the task is 赵雪's", () => {
    const todos = todosOf([
      ["王海涛", "端架的陈列图，晨晨你出一版发群里。"],
      ["陈晨", "我这周要盘点，白天可能……"],
      ["王海涛", "算了，还是小雪来吧。"],
      ["赵雪", "好的，我周三以前发群里。"],
    ]);
    expect(todos.map((t) => t.owner)).toEqual(["赵雪"]);
  });
  it("two people given work in one sentence each get a to-do", () => {
    const todos = todosOf([
      ["王海涛", "排班这样，丽姐你负责把三家店的排班表汇总一下，强子你负责对接兼职平台。"],
      ["周丽", "好的。"],
      ["李强", "行，我下午就打电话。"],
    ]);
    expect(todos.map((t) => t.owner)).toEqual(["周丽", "李强"]);
  });
  it("a question for a figure asks for no work; work laughed off is a joke; a past date is no due", () => {
    expect(
      todosOf([
        ["陈静", "账期呢？老孙，你们的底线是多少？"],
        ["孙浩", "底线75天。"],
      ]),
    ).toEqual([]);
    expect(
      todosOf([
        ["Julia Brandt", "I'll volunteer Marcus."],
        ["Marcus Bell", "Ha. Absolutely not."],
      ]),
    ).toEqual([]);
    expect(todosOf([["Rita Lu", "I'll pull the numbers for last Monday's incident."]])[0]?.due ?? null).toBeNull();
  });
});

describe("work given to the one addressed, in English", () => {
  it("“Nadia, you take…” and “Wen, I need … by Thursday” are requests, worded as the work", () => {
    expect(
      todosOf([
        ["Gabe Cruz", "Nadia, you take the enterprise slides, by next Tuesday."],
        ["Nadia Petrova", "Yep, can do."],
      ]).map((t) => [t.owner, t.text]),
    ).toEqual([["Nadia Petrova", "Take the enterprise slides"]]);
    expect(
      todosOf([
        ["Gabe Cruz", "And Wen, I need the forecast numbers by Thursday."],
        ["Wen Li", "Thursday's fine."],
      ]).map((t) => [t.owner, t.text, t.due]),
    ).toEqual([["Wen Li", "The forecast numbers", "2024-05-09"]]);
  });
  it("“Ben, I know you wanted…” asks nothing", () => {
    expect(
      todosOf([
        ["Ann Lee", "Ben, I know you wanted the bigger room."],
        ["Ben Cole", "Yeah."],
      ]),
    ).toEqual([]);
  });
});

describe("work for a role or a group", () => {
  it("“the overnight crews need to…” is a to-do with no one owner", () => {
    const todos = todosOf([["Dee Carr", "And the overnight crews need to do the endcap reset for the new promo by Sunday night."]]);
    expect(todos.map((t) => [t.owner, t.due])).toEqual([[null, "2024-05-12"]]);
  });
});

describe("talk that is no work", () => {
  it("giving the floor, asking for updates, asking whether a plan holds; a laughing closure decides nothing", () => {
    expect(
      todosOf([
        ["郭静", "钱工，你先把数据说一下。"],
        ["钱磊", "好。"],
      ]),
    ).toEqual([]);
    expect(
      todosOf([
        ["Gabe Cruz", "Wen, anything from ops?"],
        ["Wen Li", "Two things."],
      ]),
    ).toEqual([]);
    expect(
      todosOf([
        ["李强", "王总，国庆后那个巡店，是不是又要打分了？"],
        ["王海涛", "对，具体还没定。"],
      ]),
    ).toEqual([]);
    expect(
      decisionsOf([
        ["吴凡", "说实话，最后都是HR说了算。"],
        ["沈悦", "哈哈，吴凡你这话可不对啊，今天拍板的可都是邓总。"],
      ]),
    ).toEqual([]);
  });
});
