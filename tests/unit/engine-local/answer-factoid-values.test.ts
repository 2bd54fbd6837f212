import { describe, expect, it } from "vitest";
import { answerLocal } from "@/lib/engine/local";
import { turnsMeeting } from "./fixtures";

const firstLine = (answer: string) => answer.split("\n")[0];

describe("who: the person who takes it, not the one who declines", () => {
  it("skips an offer taken back and names the one it is assigned to", () => {
    const doc = turnsMeeting([
      ["Hannah", "Good to know. What about the flaky checkout test? It failed like four times yesterday."],
      ["Seun", "I could look at it, but I'm pretty swamped with the regression suite."],
      ["Hannah", "Okay, let's assign that to Diego then, he wrote most of that test anyway."],
      ["Diego", "Ha. Fair enough."],
    ]);
    expect(firstLine(answerLocal("Who will take the flaky checkout test?", doc).answer)).toBe("Diego.");
  });
  it("names the one a who-question's answer hands the work to, not the one who answered", () => {
    const doc = turnsMeeting(
      [
        ["陈静", "这个我来跟对方的负责人沟通一下，看能不能这周给我们一个稳定的环境。"],
        ["赵敏", "那培训材料谁来准备？"],
        ["陈静", "培训材料交给王磊吧，月底之前给到客服团队。"],
        ["王磊", "没问题。"],
      ],
      "zh",
    );
    expect(firstLine(answerLocal("培训材料谁负责？", doc).answer)).toBe("王磊。");
  });
  it("finds a Chinese participant's name written against the text before it", () => {
    const doc = turnsMeeting(
      [
        ["周敏", "行。然后陈露，主播话术那个问题你来跟一下，下周三之前给我一版新的脚本。"],
        ["陈露", "好的没问题。"],
      ],
      "zh",
    );
    expect(firstLine(answerLocal("谁来改主播话术脚本？", doc).answer)).toBe("陈露。");
  });
  it("takes no word after the subject for a name unless it can be one, and reads 我来 after a fronted object", () => {
    const doc = turnsMeeting(
      [
        ["赵磊", "有，延迟交付按日千分之一，但是有上限。所以我觉得我们主动给补偿比较好。"],
        ["冯静", "补偿方案我来起草吧，我跟他们老板比较熟，20号之前去跟他们谈。"],
      ],
      "zh",
    );
    expect(firstLine(answerLocal("谁起草补偿方案？", doc).answer)).toBe("冯静。");
  });
});

describe("when and how much", () => {
  it("finds the date in the reply's turn to the question that asks who", () => {
    const doc = turnsMeeting([
      ["Hannah", "Cool. Who wants to update the deploy runbook? It's still got the old staging URLs."],
      ["Seun", "I can do it. I know which staging URLs changed. End of next week okay?"],
      ["Hannah", "Perfect. The runbook matters for the deploy."],
    ]);
    expect(firstLine(answerLocal("When will Seun update the runbook?", doc).answer)).toBe("End of next week.");
  });
  it("gives the amount of the counted noun, not the line's first number", () => {
    const doc = turnsMeeting(
      [
        ["刘芳", "好，我们简单对一下哈，下周一三个新同学入职，两个后端一个测试。"],
        ["赵磊", "主要两个问题，一个是四十台收银机到现在还没到，一个是有三家门店出现了重复扣款。"],
      ],
      "zh",
    );
    expect(firstLine(answerLocal("新同学里有几个后端？", doc).answer)).toBe("两个。");
    expect(firstLine(answerLocal("几家门店出现了重复扣款？", doc).answer)).toBe("三家。");
  });
  it("reads 'one' as an amount when it counts the asked noun, and spoken decimals", () => {
    const doc = turnsMeeting([
      ["Project Manager", "So how many colours have we got there? Two of them for the buttons?"],
      ["Industrial Designer", "For the case itself, one colour. It's one special colour."],
      ["Project Manager", "And now we're under budget. So we do have point five Euro to play with if we wanted."],
    ]);
    expect(firstLine(answerLocal("How many colours does the case have?", doc).answer)).toBe("one.");
    expect(firstLine(answerLocal("How much do they have to play with under budget?", doc).answer)).toBe("point five Euro.");
  });
});

describe("no value from a line that does not give one", () => {
  const m1 = turnsMeeting(
    [
      ["陈静", "好，人齐了我们开始。今天主要三件事，一个是双十二的活动预算，一个是小红书投放的复盘，还有就是新官网的上线时间。"],
      ["周敏", "双十二的话，财务那边批的是十五万，比去年少了三万。"],
      ["赵磊", "我觉得小红书可以多一点，抖音去年双十二的投产比只有一比一点二。"],
      ["林晓", "新官网技术那边说还要两周，所以原定的十二月五号上线肯定来不及了。"],
      ["陈静", "那上线时间先不定，等技术那边给个准确的排期再说。"],
    ],
    "zh",
  );
  it("a ratio or a list's 一个是 is no amount; a line naming the subject beyond the best three may hold it", () => {
    expect(firstLine(answerLocal("双十二预算是多少？", m1).answer)).toBe("十五万。");
  });
  it("a date in a plan that will not hold is no answer to when", () => {
    expect(firstLine(answerLocal("新官网什么时候上线？", m1).answer)).not.toMatch(/^(?:十二月)?五号/);
  });
  it("the meeting's own 'today' dates no item of its agenda; a question about something else names nobody", () => {
    const doc = turnsMeeting([
      ["Priya", "Okay, three things today: the pricing page test, the partner webinar, and hiring for the support lead."],
      ["Tom", "On the pricing test, variant B lifted trial signups by eleven percent."],
      ["Priya", "Last thing, support lead. We have two finalists. Can it go out by the end of next week?"],
      ["Jordan", "Yep, end of next week works."],
    ]);
    expect(firstLine(answerLocal("When is the partner webinar?", doc).answer)).not.toMatch(/^today/i);
    expect(firstLine(answerLocal("Who are the finalists for the support lead?", doc).answer)).not.toBe("Jordan.");
  });
});

describe("when: the time of day, and the counter-date a pushback names last", () => {
  const doc = turnsMeeting(
    [
      ["刘洋", "切换时间大家还是定在下周一晚上十点吗？"],
      ["马超", "我觉得可以，那个时段工单量最少。"],
      ["刘洋", "那培训材料下周三之前出来，来得及吧？"],
      ["郑丽", "下周三有点紧，下周四吧。"],
      ["刘洋", "行，下周四。"],
    ],
    "zh",
  );
  it("keeps the hour said with the day", () => {
    expect(firstLine(answerLocal("什么时候切换？", doc).answer)).toBe("下周一晚上十点。");
  });
  it("takes the date the reply offers instead of the one it pushes back on", () => {
    expect(firstLine(answerLocal("培训材料什么时候出？", doc).answer)).toBe("下周四。");
  });
});

describe("English amounts belong to their clause and kind; a fronted topic keeps 'I'll'", () => {
  const doc = turnsMeeting([
    ["Tom", "We ran the pricing test for two weeks. Variant B lifted trial signups by about eleven percent, but paid conversion was flat."],
    ["Tom", "We'd need another three weeks of traffic to say anything about paid conversion."],
    ["Priya", "And slides, I'll ping Daniel in product today."],
  ]);
  it("an amount in the clause about something else, or a length of time, is not how much it changed", () => {
    expect(firstLine(answerLocal("How much did paid conversion change?", doc).answer)).not.toMatch(/^(?:eleven percent|three weeks|two weeks)/);
    expect(firstLine(answerLocal("How much did variant B lift trial signups?", doc).answer)).toBe("eleven percent.");
    expect(firstLine(answerLocal("How long did they run the pricing test?", doc).answer)).toBe("two weeks.");
  });
  it("'And slides, I'll ping Daniel' names the speaker", () => {
    expect(firstLine(answerLocal("Who is pinging Daniel?", doc).answer)).toBe("Priya.");
  });
});

describe("amounts that are not the asked one", () => {
  it("a position ('第三步', 'step three') is no amount, and progress is answered by a share or not at all", () => {
    const zh = turnsMeeting(
      [
        ["张伟", "注册流程改版现在做到第三步了，还有两个页面没做完。"],
        ["刘洋", "知识库那边目前迁了大概百分之七十，剩下的是带附件的老文档。"],
      ],
      "zh",
    );
    expect(firstLine(answerLocal("知识库迁移到什么进度了？", zh).answer)).toBe("百分之七十。");
    expect(firstLine(answerLocal("注册流程改版到什么进度了？", zh).answer)).not.toMatch(/^(?:三|两个)。/);
  });
  it("a count asked of a noun is not answered by a share of something else, but a share of that noun counts", () => {
    const en = turnsMeeting([
      ["Priya", "Two things today: the drop-off in step three of the signup flow, and the help center."],
      ["Tom", "So on step three, we lose about 38 percent of people there."],
    ]);
    expect(firstLine(answerLocal("How many steps does the signup flow have?", en).answer)).not.toMatch(/^(?:three|38 percent)\.$/i);
    expect(firstLine(answerLocal("How many people drop off at step three?", en).answer)).toBe("38 percent.");
  });
});

describe("a Chinese line that names several amounts, people or a point put off", () => {
  const doc = turnsMeeting(
    [
      ["孙悦", "嗯，那我们开始吧，今天主要是复盘一下双十二的直播，然后定一下一月份的预算。"],
      ["周鹏", "好，我先说一下数据吧。就是这次直播的观看人数大概是十二万，比上次多了百分之十五，但是转化率只有百分之一点八，比预期低。"],
      ["孙悦", "转化率低的原因你们分析了吗？"],
      ["吴婷", "我们看了一下，主要是优惠券的门槛设得太高了，满五百减五十，很多人凑不到。"],
      ["周鹏", "对，而且后台那个下单页面卡了大概二十分钟，这个技术那边说是流量太大了。"],
      ["孙悦", "那页面卡顿这个事，周鹏你跟技术再确认一下原因，下周一之前给我一个书面的说明。"],
      ["周鹏", "好的，没问题。"],
      ["孙悦", "优惠券门槛的话，我的意见是下次改成满三百减三十，大家觉得呢？"],
      ["吴婷", "我同意，我觉得三百比较合适。"],
      ["周鹏", "可以。"],
      ["孙悦", "好，那优惠券就按满三百减三十来。然后一月份的预算，吴婷你先做一个初稿，这周五之前发到群里。"],
      ["吴婷", "行，不过我需要财务那边的数据，我下午先找一下郑经理。"],
      ["孙悦", "好。还有就是，春节要不要做一场专场，这个我们下次再说。"],
      ["周鹏", "对了，之前说的那个达人合作，我上周已经跟三个达人谈过了，报价都在两万左右。"],
      ["孙悦", "行，这个先放一放，等预算定了再看。今天就先这样，辛苦大家。"],
    ],
    "zh",
  );
  it("answers how much with the amount in the clause of the asked word", () => {
    expect(firstLine(answerLocal("双十二直播的转化率是多少？", doc).answer)).toBe("百分之一点八。");
    expect(firstLine(answerLocal("直播观看人数比上次多了多少？", doc).answer)).toBe("百分之十五。");
  });
  it("answers who with the person the sentence gives the work to", () => {
    expect(firstLine(answerLocal("谁负责一月份预算？", doc).answer)).toBe("吴婷。");
  });
  it("answers a point raised and put off in one breath as not decided", () => {
    expect(firstLine(answerLocal("春节专场做不做？", doc).answer)).toMatch(/^还没定——/);
  });
});

describe("对了", () => {
  it("turns to a new point: it does not assent to the proposal before it", () => {
    const doc = turnsMeeting(
      [
        ["孙悦", "我建议春节做一场专场直播，预算大概五万。"],
        ["周鹏", "对了，之前说的那个达人合作，报价都在两万左右。"],
      ],
      "zh",
    );
    expect(firstLine(answerLocal("春节专场直播做不做？", doc).answer)).not.toMatch(/^做——/);
  });
});

describe("how many of a noun", () => {
  it("is the amount that counts that noun, though a line counting something else ranks first", () => {
    const doc = turnsMeeting([
      ["Mei Lin", "Hi all, I'm Mei, I'll be chairing today. We have three items: the Q1 hiring plan, the office move, and the vendor contract."],
      ["Raj Patel", "Before we start, quick note, the contract draft came back from legal this morning."],
      ["Mei Lin", "Great. Hiring first. We have budget for four engineers in Q1. Sofia, what's your read?"],
      ["Sofia Alvarez", "I'd hire two backend and one data engineer first, and hold the fourth seat until March."],
      ["Raj Patel", "Makes sense to me."],
      ["Mei Lin", "Okay, two backend and one data engineer now, fourth seat on hold until March. Sofia, can you post the job descriptions by next Tuesday?"],
      ["Sofia Alvarez", "Yes, I'll have them up by Tuesday."],
      ["Mei Lin", "On the office move, the landlord wants an answer by the 15th."],
      ["Raj Patel", "I'm not convinced we should move at all. The new place is twenty minutes further for most people."],
      ["Mei Lin", "Fair. Let's run a quick survey before we commit. Raj, could you put it together?"],
      ["Raj Patel", "I can, but not this week. Early next week?"],
      ["Mei Lin", "That's fine, Monday then."],
      ["Sofia Alvarez", "I already talked to facilities last month about parking, they said there's no extra space."],
      ["Mei Lin", "Good to know. Last item, the vendor contract. Raj, you said legal sent it back?"],
      ["Raj Patel", "Yes, they want the liability cap raised to two million. I think we should push back and offer one and a half."],
      ["Mei Lin", "Agreed, offer one and a half million. I'll call their account manager tomorrow."],
      ["Mei Lin", "That's it, thanks everyone."],
    ]);
    expect(firstLine(answerLocal("How many engineers can we hire in Q1?", doc).answer)).toBe("four.");
  });
});

describe("who / when / how much the meeting does not answer", () => {
  it("is not found when no line gives a value and the question names something the meeting never says", () => {
    const doc = turnsMeeting(
      [
        ["陈静", "另外，要不要同时上线语音客服，这个我们还没定，下次再讨论。"],
        ["王磊", "测试那边人手不够，语音这块大家都没经验。"],
      ],
      "zh",
    );
    expect(answerLocal("语音客服的预算是多少？", doc).citations).toEqual([]);
  });
  it("does not name the one asked for a view as the one who did it", () => {
    const doc = turnsMeeting([
      ["Mei", "Hiring first. We have budget for four engineers in Q1. Sofia, what's your read?"],
      ["Sofia", "Honestly the plan looks fine to me."],
      ["Raj", "Makes sense to me."],
    ]);
    expect(firstLine(answerLocal("Who approved the hiring budget?", doc).answer)).not.toBe("Sofia.");
  });
});
