import { describe, expect, it } from "vitest";
import { answerLocal } from "@/lib/engine/local";
import { readQuestion } from "@/lib/engine/local/question";
import { turnsMeeting } from "./fixtures";

const firstLine = (answer: string) => answer.split("\n")[0];

const CRIT = turnsMeeting([
  ["Noor", "Okay, Ben, take it away. This is checkout v2, right?"],
  ["Ben", "Yeah. So the big change is everything's on one page now, shipping, payment, review."],
  ["Noor", "And Sam, can you set up a quick usability test with, say, five users on the new flow?"],
  ["Sam", "Yep. Recruiting takes a bit, so I can have results in two weeks."],
  ["Ben", "Should guest checkout still be the default? Or do we push account creation?"],
  ["Carla", "Guest stays the default. Conversion drops like a rock otherwise."],
  ["Noor", "Agreed, guest checkout stays the default."],
  ["Yuki", "We should think about localization at some point too. The address form is very US-shaped."],
  ["Noor", "Mm, yeah. Some day. The CTA color, Ben, I know you wanted the green—"],
  ["Ben", "The green tested better in the old—"],
  ["Noor", "—let's not settle that today. Not decided yet, we'll revisit it next crit."],
  ["Ben", "Okay, fair."],
  ["Carla", "What if we hide the promo code field entirely? People leave the page to go hunt for codes."],
  ["Noor", "I don't think so. Marketing would kill us."],
]);

describe("yes/no and decision questions: the line that settles it first", () => {
  it("answers a yes/no question with the closing line and its yes, citing it", () => {
    const a = answerLocal("Is guest checkout the default?", CRIT);
    expect(firstLine(a.answer)).toBe("Yes — Noor said agreed, guest checkout stays the default.");
    expect(a.citations).toContain(6);
    // The region's lines about something else (the usability test) support nothing here.
    expect(a.answer).not.toMatch(/usability/);
  });
  it("leads a decision question with the explicit non-decision, even when it names the subject only turns before", () => {
    const a = answerLocal("What did they decide about the CTA color?", CRIT);
    expect(firstLine(a.answer)).toMatch(/Not decided — Noor said not decided yet/);
    expect(a.citations).toContain(10);
  });
  it("reads a rejection of the proposal put just before as a no", () => {
    expect(firstLine(answerLocal("Did they decide to hide the promo code field?", CRIT).answer)).toMatch(/^No — Noor said/);
  });
  it("says no yes or no for a line that only shares the question's words", () => {
    const doc = turnsMeeting([
      ["Dawn", "Would you anticipate that fewer schools would open? There would probably be fewer schools opening, so they may move the children on to fewer sites."],
      ["Steve", "The schools are geared to cater for the range of pupils we have been discussing."],
    ]);
    expect(firstLine(answerLocal("Would they move children on to fewer sites?", doc).answer)).not.toMatch(/^(?:Yes|No)\b/);
  });
  it("does not take a no to another question as the verdict", () => {
    const doc = turnsMeeting([
      ["Huw", "The universities across the UK have indicated they are content with the approach going forward."],
      ["Lynne", "Okay. Suzy, you had a supplementary."],
      ["Suzy", "No, Mr Morris has answered my question."],
    ]);
    expect(answerLocal("Had the universities across the UK indicated that they were content with the approach?", doc).answer).not.toMatch(/^No\b/);
  });
});

const RETRO = turnsMeeting(
  [
    ["周敏", "还有一个就是达人分销，说实话这次达人带的货退货最高，佣金还贵。"],
    ["李浩", "对，达人那几场基本上是亏的。"],
    ["周敏", "所以我想的是，下次大促直播就不再找达人分销了，只做自播。大家有不同意见吗？"],
    ["陈露", "没有，我觉得早该这样了。"],
    ["周敏", "那就这么定了，下次大促不找达人，只做自播。"],
    ["李浩", "那个……我插一句，要不我们这周再加投一波信息流，把剩下的库存清一清？"],
    ["周敏", "嗯……预算已经超了，这个先不考虑了吧。"],
    ["杨柳", "那要不要给他们准备欢迎礼包啊？去年好像是有的。"],
    ["周敏", "礼包这个还没定，今年预算紧，下次再说吧。"],
  ],
  "zh",
);

describe("Chinese yes/no and decision questions", () => {
  it("answers 定了吗 with 还没定 and the deferring line", () => {
    expect(firstLine(answerLocal("欢迎礼包定了吗？", RETRO).answer)).toBe("还没定——周敏：礼包这个还没定，今年预算紧，下次再说。");
  });
  it("answers an A-not-A question with its own verb, negated when the settled line negates it", () => {
    expect(firstLine(answerLocal("下次大促还找不找达人分销？", RETRO).answer)).toMatch(/^不找——周敏：/);
    expect(firstLine(answerLocal("这周要不要加投信息流？", RETRO).answer)).toMatch(/^不要——周敏：.*不考虑/);
  });
  it("does not read 没有 in reply to 有不同意见吗 as a no", () => {
    expect(firstLine(answerLocal("下次大促还找不找达人分销？", RETRO).answer)).not.toMatch(/陈露/);
  });
});

describe("reading the kind of question", () => {
  it("tells decision, yes/no and other questions apart", () => {
    expect(readQuestion("What did they decide about the CTA color?", []).ask).toBe("decision");
    expect(readQuestion("关于补偿方案决定了什么？", []).ask).toBe("decision");
    expect(readQuestion("直播时长最后定了吗？", []).ask).toBe("decision");
    expect(readQuestion("直播时长最后定了吗？", []).polar).toBe(true);
    expect(readQuestion("Is guest checkout the default?", []).ask).toBe("yesno");
    expect(readQuestion("测试同学要不要配两台手机？", []).ask).toBe("yesno");
    // Reasons, views and summaries of a decision are not asking what was decided.
    expect(readQuestion("Why did the Project Manager agree with Marketing?", []).ask).toBe("other");
    expect(readQuestion("What was Kirsty Williams' opinion of the decision?", []).ask).toBe("other");
    expect(readQuestion("Summarize the conclusion of the discussion about budget.", []).ask).toBe("other");
    // Offering alternatives is not asking yes or no.
    expect(readQuestion("Should guest checkout be the default, or do we push accounts?", []).polar).toBe(false);
    expect(readQuestion("试用期考核用新模板还是老模板？", []).polar).toBe(false);
  });
  it("reads an A-not-A verb once: 要不要 adds no 不要 to the terms", () => {
    expect(readQuestion("这周要不要加投信息流？", []).terms).not.toContain("不要");
  });
});
