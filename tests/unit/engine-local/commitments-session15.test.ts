import { describe, expect, it } from "vitest";
import { runCommitments } from "./commitments-fixtures";

// Sentences written for these tests (session 15), not taken from any corpus or dev set. Meeting date 2024-05-08.
const todosOf = (turns: Array<[string, string]>) => runCommitments(turns).todos;

describe("work passed on to someone not in the meeting", () => {
  it("“X今天没来，我会后跟她说，…” is X's to-do, with the topic said before the name", () => {
    const todos = todosOf([
      ["高原", "还有二季度的报销汇总，许静今天没来，我会后跟她说，20号之前发给财务审核。"],
      ["林涛", "好。"],
    ]);
    expect(todos).toHaveLength(1);
    expect(todos[0].owner).toBe("许静");
    expect(todos[0].text).toMatch(/报销汇总/);
    expect(todos[0].text).toMatch(/发给财务审核/);
    expect(todos[0].due).toBe("2024-05-20");
  });
  it("“最后补一条：” announces the item; it is not the task's topic", () => {
    const todos = todosOf([["高原", "最后补一条：郑凯今天不在，我会后跟他说，让他明天把2.3的安装包跟渠道对一遍。"]]);
    expect(todos.map((t) => [t.owner, t.text])).toEqual([["郑凯", "2.3的安装包跟渠道对一遍"]]);
  });
  it("“找他，让他…” too; the speaker carries the message and owns nothing", () => {
    const todos = todosOf([["高原", "郑凯在机房没进会，我会后找他，让他明天把备份脚本改好。"]]);
    expect(todos.map((t) => t.owner)).toEqual(["郑凯"]);
    expect(todos[0].text).toBe("备份脚本改好");
  });
});

describe("asked and done on the call", () => {
  it("“现在就发群里？” answered “发了” leaves nothing to do", () => {
    expect(
      todosOf([
        ["高原", "那个报价表，小林，你能不能现在就发群里？"],
        ["林涛", "发了，您看一下群。"],
      ]),
    ).toEqual([]);
  });
  it("asked for later and said yes to is still work", () => {
    expect(
      todosOf([
        ["高原", "那个报价表，小林，你能不能明天发群里？"],
        ["林涛", "好的。"],
      ]),
    ).toHaveLength(1);
  });
});

describe("talk that is not work", () => {
  it("a prohibition asks for nothing, “don't forget to…” still does", () => {
    expect(todosOf([["Ruth Ames", "Sam, is that you on the train? Please don't drive and dial in."]])).toEqual([]);
    expect(todosOf([["Ruth Ames", "Sam, don't forget to send the venue contract by Friday."]])).toHaveLength(1);
  });
  it("work done while the meeting listens (“actually, I'm putting them in the drive right now”) is no to-do", () => {
    expect(
      todosOf([
        ["Ruth Ames", "Sam, just send me your last two runs."],
        ["Sam Ortiz", "Yeah, I'll send those — actually, I'm putting them in the shared drive right now. There. Done."],
      ]),
    ).toEqual([]);
  });
  it("“…都进来了吧？” asks who has joined; “那边怎么说？” asks for news", () => {
    expect(todosOf([["高原", "喂，能听到吗？李总、小林都进来了吧？好，咱们开始。"]])).toEqual([]);
    expect(todosOf([["高原", "价格也得定了。小林，渠道那边怎么说？"]])).toEqual([]);
  });
  it("“让小黄把这个月的情况过一下” and “您看一下群” are talk in the meeting", () => {
    expect(
      todosOf([
        ["高原", "好，人齐了。先让小林把这个月的情况简单过一下。"],
        ["林涛", "好的。"],
      ]),
    ).toEqual([]);
    expect(
      todosOf([
        ["林涛", "发了，高总您看一下项目那个群。"],
        ["高原", "好。"],
      ]),
    ).toEqual([]);
  });
  it("“…这边实在转不开” said to someone declines; it asks them for nothing", () => {
    expect(
      todosOf([
        ["林涛", "高总，国庆前后客服这边实在转不开，光报修电话就……"],
        ["高原", "那我想想办法。"],
      ]).map((t) => t.owner),
    ).not.toContain("高原");
  });
  it("“Sunny你来得正好，马上说数值” turns to the next item", () => {
    expect(
      todosOf([
        ["高原", "说到封版。小林你来得正好，马上说数值。"],
        ["林涛", "好。"],
      ]),
    ).toEqual([]);
  });
  it("“小林你说。” gives the floor", () => {
    expect(todosOf([["高原", "这个不是咱们今天能定的。好，下一个，小林你说。"]])).toEqual([]);
  });
  it("辛苦 is thanks, never a name", () => {
    const todos = todosOf([["高原", "辛苦辛苦，这周的加班餐费周五前找我报。"]]);
    expect(todos.map((t) => t.owner)).not.toContain("辛苦");
  });
  it("a reason after “because” commits to nothing", () => {
    expect(todosOf([["Ruth Ames", "Oh good, because on Sunday I'll be buried under name badges."]])).toEqual([]);
  });
});

describe("the task's wording", () => {
  it("says when in the due, not the task: “会后”, “下班前” left by the date", () => {
    const [a] = todosOf([["高原", "我会后把会议纪要整理好发群里。"]]);
    expect(a.text).toBe("会议纪要整理好发群里");
    const [b] = todosOf([["高原", "明天下班前我把改好的合同发你。"]]);
    expect(b.text).toBe("改好的合同发");
  });
  it("leaves out a concession, an aside and the name said last", () => {
    const [a] = todosOf([["Ruth Ames", "Sam, can you get a web story up by ten tomorrow, even if it's six paragraphs?"]]);
    expect(a.text).toBe("Get a web story up by ten");
    const [b] = todosOf([["Sam Ortiz", "Okay, I'll email Brad and get you in, Tess."]]);
    expect(b.text).toBe("Email Brad and get you in");
    const [c] = todosOf([["Sam Ortiz", "I'll pull the deeds by Friday, the county records are all online."]]);
    expect(c.text).toBe("Pull the deeds");
  });
  it("a pronoun task beside the speaker's worded one in the same turn is that work", () => {
    const todos = todosOf([["Kylie Marsh", "Let me chase it. I'm on with their planner tomorrow morning, I'll get you the final counts by tomorrow noon."]]);
    expect(todos).toHaveLength(1);
    expect(todos[0].text).toMatch(/final counts/);
  });
  it("“Greta, food.” names no act; one word without a verb is no to-do", () => {
    expect(
      todosOf([
        ["Rachel Donnelly", "Love that. Greta, food."],
        ["Greta Lind", "Okay, so the menu's locked."],
      ]),
    ).toEqual([]);
  });
  it("leaves out a turn to a new topic and what follows a self-correction", () => {
    const todos = todosOf([
      ["Helen Ashby", "Speaking of you, Jonah, can you send me the abstract draft by Monday?"],
      ["Jonah Feld", "Yep, I can send it to you first thing Tuesday — oh wait, is Tuesday the holiday? No, it's fine."],
    ]);
    expect(todos).toHaveLength(1);
    expect(todos[0].text).not.toMatch(/speak|wait/i);
  });
  it("drops a frame of the moment before the request (“while you're digging — any chance you could…”)", () => {
    const [a] = todosOf([
      ["Ruth Ames", "Dev, while you're digging — any chance you could do a sidebar on the owners by Friday?"],
      ["Dev Malik", "Yeah, sure."],
    ]);
    expect(a.text).toBe("Do a sidebar on the owners");
  });
  it("leaves out thanks and assent before the task", () => {
    const [a] = todosOf([["林涛", "太好了，谢谢王姐，抽查表和评分标准我明天发您。"]]);
    expect(a.text).toBe("抽查表和评分标准发");
  });
  it("drops a status said before the speaker's commitment, but keeps what “it” stands for", () => {
    const [a] = todosOf([["Omar Haddad", "The spare fan arrives tomorrow morning, I'll swap the motor and test the unit by Friday."]]);
    expect(a.text).toBe("Swap the motor and test the unit");
    const [b] = todosOf([["Omar Haddad", "The venue checklist is still mine, I'll have it ready by Friday."]]);
    expect(b.text).toMatch(/venue checklist/i);
  });
});

describe("standing rules", () => {
  const decisionsOf = (turns: Array<[string, string]>) => runCommitments(turns).decisions;
  it("the chair's “定个规矩” decides what the rule says, without the announcing words", () => {
    // Enough turns (20) for the engine to tell who chairs: the one who opens and asks.
    const opening: Array<[string, string]> = [
      ["高原", "好，今天主要过一下发版的事，先看上周的问题单，大家都看过了吧？"],
      ["林涛", "看过了。"],
      ["高原", "那问题单里最多的是哪一类？登录的还是支付的？"],
      ["林涛", "支付的多一些。"],
      ["高原", "支付那几单现在都关了吗？还有没关的吗？"],
      ["林涛", "还有两单在看。"],
      ["高原", "行，那两单的原因知道了吗？是不是配置的问题？"],
      ["林涛", "差不多，是配置。"],
    ];
    const d = decisionsOf([...opening, ...opening, ...opening, ["高原", "那我定个规矩啊，从下个版本开始，发版前一天下午六点冻结代码，冻结以后只修严重问题。"]]);
    expect(d).toHaveLength(1);
    expect(d[0].text).toMatch(/^从下个版本开始，发版前一天/);
  });
  it("a rule agreed by the room, then “以后就按这个来”, is one decision citing both", () => {
    const d = decisionsOf([
      ["高原", "先开始吧。"],
      ["林涛", "有一条我要说清楚：以后只要线上出故障，半小时之内必须在群里通报影响范围。"],
      ["高原", "没问题，这个我们认，以后就按这个来。"],
    ]);
    expect(d).toHaveLength(1);
    expect(d[0].citations).toEqual([1, 2]);
    expect(d[0].text).toMatch(/^以后只要线上出故障/);
  });
  it("“Here's a rule, starting today: …” in English; “that's the rule from now on” only ratifies it", () => {
    const d = decisionsOf([
      ["Ruth Ames", "Okay, let's start."],
      ["Ruth Ames", "And here's a rule, starting today: every refund request gets an answer within one working day."],
      ["Priya Shah", "Agreed, that's the rule from now on, everybody."],
    ]);
    expect(d).toHaveLength(1);
    expect(d[0].text).toMatch(/^Every refund request gets an answer/);
    expect(d[0].citations).toEqual([1, 2]);
  });
  it("“Nobody pays on those three until Dean clears them” from the chair is a rule", () => {
    const d = decisionsOf([
      ["Ruth Ames", "Okay, let's start."],
      ["Priya Shah", "Three refunds look odd to me."],
      ["Ruth Ames", "Then nobody pays out on those three until finance clears them."],
      ["Priya Shah", "Fine."],
    ]);
    expect(d.map((x) => x.text)).toEqual(["Nobody pays out on those three until finance clears them"]);
  });
  it("a rule somebody else merely floats, with no one agreeing, is no decision", () => {
    expect(
      decisionsOf([
        ["高原", "先开始吧。"],
        ["林涛", "我在想，从下个月起，周报是不是可以改成双周报？"],
      ]),
    ).toEqual([]);
  });
});

describe("who takes it, and who does not", () => {
  it("a refusal after what the speaker usually does (“一般是我对接的……但…顾不过来”) takes nothing on", () => {
    const todos = todosOf([
      ["高原", "展会的物流这个谁来跟？"],
      ["许静", "物流一般是我对接的……但我下周要出差，估计顾不过来。"],
    ]);
    expect(todos.map((t) => t.owner)).not.toContain("许静");
  });
  it("“那我来吧” followed by what the speaker will do is one to-do, worded by the work", () => {
    const todos = todosOf([
      ["高原", "样机运输这个谁来跟？"],
      ["林涛", "那我来吧，样机是我们组的，我最熟。我跟物流那边定一下，9月12号之前送到展馆。"],
    ]);
    expect(todos).toHaveLength(1);
    expect(todos[0].owner).toBe("林涛");
    expect(todos[0].text).toMatch(/物流/);
  });
  it("a teacher or director addressed (“周老师，…”) is not part of the task", () => {
    const todos = todosOf([
      ["陈思", "周老师，我能不能换一下，出选择填空？解答题我怕难度把握不好。"],
      ["李建", "那我跟小陈换吧，解答题我来，反正出了这么多年了。"],
    ]);
    expect(todos.every((t) => !t.text.startsWith("周老师"))).toBe(true);
  });
});
