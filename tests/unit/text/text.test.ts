import { describe, expect, it } from "vitest";
import { cleanSpoken, isContentful } from "@/lib/text/spoken";
import { splitLong, splitSentences } from "@/lib/text/sentences";
import { segmentWords } from "@/lib/text/segment";
import { contentTerms } from "@/lib/text/terms";
import { stem } from "@/lib/text/stem";
import { polishText, spaceCjkLatin, fullWidthPunct } from "@/lib/text/polish";
import { countTokens } from "@/lib/text/tokens";
import { detectLang } from "@/lib/text/lang";

describe("splitSentences", () => {
  it("splits English with detached ASR punctuation and keeps decimals and abbreviations", () => {
    expect(splitSentences("Okay . It costs 3.5 euros, Dr. Li said. Next?")).toEqual(["Okay .", "It costs 3.5 euros, Dr. Li said.", "Next?"]);
  });
  it("splits Chinese on full-width marks and keeps closing quotes", () => {
    expect(splitSentences("我们决定了！他说：“好的。”然后散会")).toEqual(["我们决定了！", "他说：“好的。”", "然后散会"]);
  });
  it("cuts long Chinese run-ons at commas", () => {
    const parts = splitLong("一二三四五，六七八九十，一二三四五，六七八九十", 12);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join("")).toBe("一二三四五，六七八九十，一二三四五，六七八九十");
  });
});

describe("cleanSpoken", () => {
  it("removes English fillers, stutters and ASR markup", () => {
    expect(cleanSpoken("Um so I guess just to to recap on uh what we did {disfmarker} last time .")).toBe("I guess just to recap on what we did last time.");
    expect(cleanSpoken("the V_C_R_ and button A_ , you know")).toBe("The VCR and button A,");
  });
  it("removes Chinese fillers and clause-initial discourse markers but keeps content", () => {
    expect(cleanSpoken("那个首先非常感谢大家。然后来听我们这一场。嗯，我我觉得对于这个问题，谢谢")).toBe("首先非常感谢大家。来听我们这一场。我觉得对于这个问题，谢谢");
  });
  it("tells backchannels from content", () => {
    expect(isContentful("Okay.")).toBe(false);
    expect(isContentful("We should use a rubber case for the remote.")).toBe(true);
    expect(isContentful("对。")).toBe(false);
    expect(isContentful("我们下周把方案发给客户")).toBe(true);
  });
});

describe("segmentation and terms", () => {
  it("segments mixed Chinese/English text into words", () => {
    expect(segmentWords("我们决定用 React 18 做")).toEqual(["我们", "决定", "用", "React", "18", "做"]);
    expect(segmentWords("公链的发展", "intl").join("")).toBe("公链的发展");
  });
  it("stems and drops stop words; adds CJK bigrams on request", () => {
    expect(stem("buttons")).toBe("button");
    expect(stem("decided")).toBe(stem("deciding"));
    expect(contentTerms("The buttons were decided by the designers")).toEqual(["button", "decid", "design"]);
    expect(contentTerms("公链发展", { bigrams: true })).toContain("#公链");
  });
});

describe("polish", () => {
  it("spaces CJK/Latin and uses full-width punctuation in Chinese", () => {
    expect(spaceCjkLatin("用React写了3个组件")).toBe("用 React 写了 3 个组件");
    expect(fullWidthPunct("好,我们走吧.")).toBe("好，我们走吧。");
  });
  it("cleans whitespace, doubled words, fillers and capitalises sentences", () => {
    expect(polishText("um  so the the plan is ready .  we ship it tomorrow")).toBe("The plan is ready. We ship it tomorrow");
    expect(polishText("i think the the plan works", "proofread")).toBe("I think the plan works");
  });
  it("keeps paragraphs", () => {
    expect(polishText("first line\n\n\n\nsecond line")).toBe("First line\n\nSecond line");
  });
});

describe("kept contracts", () => {
  it("countTokens and detectLang still behave", () => {
    expect(countTokens("你好 world")).toBe(4);
    expect(detectLang("今天我们开会讨论预算")).toBe("zh");
    expect(detectLang("we met to discuss the budget")).toBe("en");
  });
});

describe("reportedSpeech", async () => {
  const { reportedSpeech } = await import("@/lib/text/reported");
  it("turns first-person present into third-person past", () => {
    expect(reportedSpeech("I think we should hire Fey.")).toBe("They thought they should hire Fey.");
    expect(reportedSpeech("First of all, I agree that we can start.")).toBe("First of all, they agreed that they could start.");
    expect(reportedSpeech("We'll send it and I'm sure it is fine.")).toBe("They would send it and they were sure it was fine.");
  });
  it("shifts verbs of hoping, doubting and leaning after the subject, not the nouns of the same form", () => {
    expect(reportedSpeech("I lean Ana but I hope Kevin stays in the running.")).toBe("They leaned Ana but they hoped Kevin stays in the running.");
    expect(reportedSpeech("The plan is that I doubt it.")).toBe("The plan was that they doubted it.");
  });
  it("keeps the base form after a fused 'to' (gonna, gotta, wanna)", () => {
    expect(reportedSpeech("I'm gonna have to check the budget.")).toBe("They were gonna have to check the budget.");
    expect(reportedSpeech("We gotta have it by Friday and I wanna think about it.")).toBe("They gotta have it by Friday and they wanna think about it.");
  });
  it("leaves proper nouns and other words alone", () => {
    expect(reportedSpeech("The US team likes the feel of it.")).toBe("The US team likes the feel of it.");
  });
});
