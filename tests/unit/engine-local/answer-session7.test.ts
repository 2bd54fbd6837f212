import { describe, expect, it } from "vitest";
import { answerLocal } from "@/lib/engine/local";
import { readQuestion } from "@/lib/engine/local/question";
import { turnsMeeting } from "./fixtures";

const firstLine = (answer: string) => answer.split("\n")[0];

describe("who-questions: the value first", () => {
  it("names the person a he/she line refers to, from the sentence before it", () => {
    const doc = turnsMeeting([
      ["Hannah", "We have forty points in the backlog and we did thirty-one last sprint."],
      ["Diego", "Thirty-one with Raj, though. He's out till March."],
      ["Hannah", "Right, so we commit to thirty-four points and review the backlog on Friday."],
    ]);
    const a = answerLocal("Who is out till March?", doc);
    expect(firstLine(a.answer)).toBe("Raj.");
    expect(a.citations).toContain(1);
  });
  it("gives no value when the sentence before names several people", () => {
    const doc = turnsMeeting([
      ["Hannah", "We have forty points in the backlog and we did thirty-one last sprint."],
      ["Diego", "Raj and Priya joined the call late. He's out till March."],
      ["Hannah", "Right, so we commit to thirty-four points and review the backlog on Friday."],
    ]);
    expect(firstLine(answerLocal("Who is out till March?", doc).answer)).not.toMatch(/^(?:Raj|Priya)\.$/);
  });
  it("reads a Chinese line that asks 谁 as a question without its question mark: the one who answers takes it", () => {
    const doc = turnsMeeting(
      [
        ["周敏", "挺好。退货率谁能拉一下，我看群里有人说这次退货特别多。"],
        ["王建国", "我来吧，这个我这边有后台权限，周五给你。"],
        ["周敏", "好。还有一个就是达人分销，这次达人带的货退货最高，佣金还贵。"],
      ],
      "zh",
    );
    expect(firstLine(answerLocal("退货率谁来拉？", doc).answer)).toBe("王建国。");
  });
  it("reads English 'who' as the asked value only near the start of the question", () => {
    expect(readQuestion("Who would be eligible for the art funding?", []).ask).toBe("who");
    expect(readQuestion("So who will update the runbook?", []).ask).toBe("who");
    expect(readQuestion("Summarize the support for those who were in foster care.", []).ask).toBe("other");
  });
});

describe("how-much questions", () => {
  it("does not read a weekday as part of the amount", () => {
    const doc = turnsMeeting(
      [
        ["刘芳", "下周一三个新同学入职，两个后端一个测试，Offer上周已经全部发出去了。"],
        ["许志强", "好的，导师我这边来定，每个人配一个buddy。"],
      ],
      "zh",
    );
    expect(firstLine(answerLocal("下周一有几个新同学入职？", doc).answer)).toBe("三个。");
  });
});

describe("quotations", () => {
  it("quotes a question with the words as said: fillers and restarts stay, markup goes", () => {
    const doc = turnsMeeting([
      ["Hannah", "The rate limiter needs a review before the release branch is cut."],
      ["Diego", "Um, so so who reviews the rate limiter {disfmarker} before the release ?"],
      ["Mei", "I review the rate limiter tomorrow morning before the release branch."],
    ]);
    const a = answerLocal("What did Diego ask about the rate limiter review?", doc);
    expect(a.answer.match(/“([^”]*)”/)?.[1]).toBe("Um, so so who reviews the rate limiter before the release?");
  });
});
