import { describe, expect, it } from "vitest";
import { answerLocal } from "@/lib/engine/local";
import { readQuestion } from "@/lib/engine/local/question";
import { EN_MEETING, ZH_MEETING, turnsMeeting } from "./fixtures";

const OFFICE_EN = turnsMeeting([
  ["Hannah", "Okay, let's get going. We need to decide on the office printer and the new desks."],
  ["Diego", "I think we should move the printer to the second floor, next to the kitchen."],
  ["Hannah", "Agreed, the printer moves upstairs. Mei, can you order the desks?"],
  ["Mei", "Sure, I'll order twelve desks by Friday."],
  ["Seun", "We also decided last week to keep the office open on Saturdays."],
  ["Hannah", "Right. Anything else? The meeting budget for the quarter is fine."],
]);

describe("answers about topics the meeting never mentions", () => {
  it("says not found although generic and some topic words occur", () => {
    for (const q of ["What was decided about moving the office to Berlin?", "Who is organising the company ski trip?", "How much will the helicopter rental cost?"]) {
      const r = answerLocal(q, OFFICE_EN);
      expect(r, q).toMatchObject({ found: false, citations: [] });
      expect(r.answer).not.toMatch(/Berlin|ski|helicopter/i);
    }
  });
  it("says not found in Chinese meetings too", () => {
    for (const q of ["关于把办公室搬到柏林的事情最后怎么决定的？", "员工瑜伽课最后怎么安排的？", "直升机租赁要花多少钱？"]) {
      expect(answerLocal(q, ZH_MEETING), q).toMatchObject({ found: false, citations: [] });
    }
  });
  it("still answers a question whose aspect words are not in the meeting", () => {
    // "disadvantages" is never said; the printer is.
    const r = answerLocal("What were the disadvantages of the printer?", OFFICE_EN);
    expect(r.found).toBe(true);
    expect(r.citations).toEqual(expect.arrayContaining([1]));
  });
});

describe("answers never state the question's premise", () => {
  it("does not open by restating the question as something that was discussed", () => {
    const r = answerLocal("What did the group discuss about the printer?", OFFICE_EN);
    expect(r.found).toBe(true);
    expect(r.answer).not.toMatch(/discussed/);
    expect(r.answer).not.toMatch(/^The group/);
  });
  it("reports English lines in indirect speech attributed to the speaker, never as quotes with a colon", () => {
    const r = answerLocal("Who will order the desks?", OFFICE_EN);
    expect(r.answer).toMatch(/Mei said sure, they would order twelve desks by Friday\./);
    expect(r.answer).not.toMatch(/Mei: /);
  });
  it("quotes questions verbatim, marked as quotes", () => {
    const r = answerLocal("What did Hannah ask Mei about the desks?", OFFICE_EN);
    expect(r.answer).toMatch(/asked: “[^”]*can you order the desks\?”/);
  });
});

describe("the answer comes from the part about the requested subject", () => {
  it("answers about 腾讯会议 from its own part, not another product's list", () => {
    const doc = turnsMeeting(
      [
        ["主持人", "今天介绍两个产品接入混元之后的变化。"],
        ["李雷", "先说腾讯文档。腾讯文档接入混元后提供了智能写作、表格公式生成和文档摘要。"],
        ["李雷", "这些能力在腾讯文档里已经全量上线了。"],
        ["韩梅梅", "然后是腾讯会议。腾讯会议接入混元后提供了会议纪要、实时字幕翻译和会中问答。"],
        ["韩梅梅", "会议纪要会在会后自动生成。"],
      ],
      "zh",
    );
    const r = answerLocal("腾讯会议接入混元后提供了哪些能力", doc);
    expect(r.found).toBe(true);
    expect(r.citations).toContain(3);
    expect(r.citations).not.toContain(1);
  });
  it("reads subject nouns, leaving question words, meeting words and aspects out", () => {
    expect(readQuestion("What was decided about moving the office to Berlin?", []).topic).toEqual(["offic", "berlin"]);
    expect(readQuestion("What were the disadvantages of ATLAS?", []).topic).toEqual(["atla"]);
    expect(readQuestion("腾讯会议接入混元后提供了哪些能力", []).topic).toContain("腾讯会议");
    expect(readQuestion("Who owns the SSO test?", []).ask).toBe("who");
    expect(readQuestion("什么时候上线？", []).ask).toBe("when");
    expect(readQuestion("2020年初 defi 锁仓量是多少", []).ask).toBe("amount");
  });
  it("keeps answering questions about the fixture meetings", () => {
    expect(answerLocal("What caused the crash on Android phones?", EN_MEETING).found).toBe(true);
  });
});

describe("who / when / how much: the value first", () => {
  it("opens with the name, date or amount from the cited line", () => {
    expect(answerLocal("Who will order the desks?", OFFICE_EN).answer.split("\n")[0]).toBe("Mei.");
    expect(answerLocal("How many desks will Mei order?", OFFICE_EN).answer.split("\n")[0]).toBe("twelve.");
    expect(answerLocal("When will the desks be ordered?", OFFICE_EN).answer.split("\n")[0]).toBe("by Friday.");
    const zh = turnsMeeting(
      [
        ["说话人1", "大家好，我是今天的主持人张伟，欢迎各位。"],
        ["说话人2", "我先讲一下行业背景。2020年初的时候 defi 的锁仓量只有6.8亿美金，现在已经翻了很多倍。"],
        ["说话人3", "流动性挖矿让很多人进来了。"],
      ],
      "zh",
    );
    expect(answerLocal("主持人是谁", zh).answer.split("\n")[0]).toBe("张伟。");
    const amount = answerLocal("2020年初 defi 锁仓量是多少", zh);
    expect(amount.answer.split("\n")[0]).toBe("6.8亿美金。");
    expect(amount.citations).toContain(1);
  });

  it("the words of asking (谁, 负责) do not count against finding the subject", () => {
    const zh = turnsMeeting(
      [
        ["刘芳", "那先说电脑和账号吧，晓东？"],
        ["何晓东", "电脑都到了，在我那。账号的话，邮箱、企业微信、GitLab，我今天下班前全部开好。"],
        ["许志强", "VPN呢？他们第一周可能要远程连测试环境。"],
      ],
      "zh",
    );
    for (const q of ["谁开账号？", "谁负责开账号？"]) expect(answerLocal(q, zh).answer.split("\n")[0]).toBe("何晓东。");
  });

  it("a pronoun after the subject word is not a name ('导师我这边来定' is the speaker's)", () => {
    const zh = turnsMeeting(
      [
        ["刘芳", "然后导师这块，志强你那边——"],
        ["许志强", "导师我这边来定，每个人配一个buddy，我周日晚上之前在群里发名单。"],
      ],
      "zh",
    );
    expect(answerLocal("谁来定导师？", zh).answer.split("\n")[0]).toBe("许志强。");
  });

  it("a value proposed in a question is settled by the reply that answers it", () => {
    const zh = turnsMeeting(
      [
        ["刘芳", "那个测试同学是不是要配两台手机啊，安卓和苹果各一台？"],
        ["何晓东", "一台就够了，测试机房有公用的。"],
        ["刘芳", "好，那就这样。"],
      ],
      "zh",
    );
    const r = answerLocal("测试同学配几台手机？", zh);
    expect(r.answer.split("\n")[0]).toBe("一台。");
    expect(r.citations).toEqual(expect.arrayContaining([0, 1]));
  });
});
