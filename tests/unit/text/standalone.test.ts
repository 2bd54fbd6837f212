/** Each standalone rule on sentences written for this test: one that must trip it, one that must not. */
import { describe, expect, it } from "vitest";
import { isBibliographic, isHousekeeping, standaloneIssue } from "@/lib/text/standalone";

describe("housekeeping", () => {
  it.each([
    ["大家好，我们开始吧。"],
    ["谢谢主持人，谢谢各位老师。"],
    ["大家能听到我说话吗？"],
    ["人都到齐了吧？"],
    ["好，下一页。"],
    ["Can everyone hear me okay?"],
    ["Thank you all for joining today."],
    ["Let me share my screen first."],
    ["Okay, next slide please."],
  ])("flags %s", (s) => expect(isHousekeeping(s)).toBe(true));
  it.each([
    ["录音笔的续航是这次评审的主要卖点，需要实测两周。"],
    ["第二季度的预算先按二十五万报，云资源单独列。"],
    ["The microphone array costs more than the whole remote control budget."],
    ["We agreed to ship the slide export in the next release."],
  ])("keeps %s", (s) => expect(isHousekeeping(s)).toBe(false));
});

describe("bibliographic lines", () => {
  it.each([
    ["In Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing, pages 12–20."],
    ["Alice Brown, Carlos Diaz, Mei Tanaka and Omar Haddad"],
    ["Department of Linguistics, University of Somewhere"],
    ["Contact: first.author@example.org"],
    ["arXiv:1907.11692"],
    ["doi: 10.18653/v1/P19-1001"],
    ["Earlier systems (Smith, 2015) and (Jones et al., 2016) and (Lee and Park, 2017) used rules."],
    ["北京大学信息科学技术学院"],
  ])("flags %s", (s) => expect(isBibliographic(s)).toBe(true));
  it.each([
    ["We train the parser on the Penn Treebank and report labelled F1."],
    ["The university pilot showed that students used the tool twice a week."],
    ["Our model improves on the baseline of Smith (2015) by four points."],
    ["这所大学的试点说明学生每周使用两次。"],
  ])("keeps %s", (s) => expect(isBibliographic(s)).toBe(false));
});

describe("Chinese fragments", () => {
  it("a noun phrase with no predicate is a fragment", () => {
    expect(standaloneIssue("去年一整年的各种补贴活动。")).toBe("fragment");
    expect(standaloneIssue("去年一整年的补贴活动效果都不好。")).toBeNull();
  });
  it("the next item of a spoken list (还有 + a noun phrase) says nothing about it", () => {
    expect(standaloneIssue("还有新官网的上线时间。")).toBe("fragment");
    expect(standaloneIssue("还有一个问题是预算超了。")).toBeNull();
  });
  it("a frame or subordinate clause without its main clause dangles", () => {
    expect(standaloneIssue("在推进仓库系统切换的过程中。")).toBe("dangling");
    expect(standaloneIssue("因为在明年的招聘计划当中。")).toBe("dangling");
    expect(standaloneIssue("我们在制定明年预算的时候。")).toBe("dangling");
    expect(standaloneIssue("供应商和我们之间的。")).toBe("dangling");
    expect(standaloneIssue("在推进仓库系统切换的过程中，物流部要每天对账。")).toBeNull();
  });
  it("是…的 is a complete sentence", () => {
    expect(standaloneIssue("这个方案是财务部上周提出来的。")).toBeNull();
  });
  it("a third-person pronoun subject has no antecedent on its own", () => {
    expect(standaloneIssue("他们已经把测试环境搭好了。")).toBe("pronoun");
    expect(standaloneIssue("它是一种很新的结算方式。")).toBe("pronoun");
    expect(standaloneIssue("这种结算方式已经在三个门店试过了。")).toBeNull();
  });
  it("a task with a deadline but no doer needs its subject", () => {
    expect(standaloneIssue("周五前拿到至少三家的报价。")).toBe("subjectless");
    expect(standaloneIssue("采购部周五前拿到至少三家的报价。")).toBeNull();
    // Written Chinese drops subjects freely: a general statement is fine.
    expect(standaloneIssue("需要精准监管才能解决数据安全问题。")).toBeNull();
  });
  it("very short clauses are not points", () => {
    expect(standaloneIssue("对，没问题。")).toBe("short");
  });
});

describe("English fragments", () => {
  it("a pronoun subject with no antecedent", () => {
    expect(standaloneIssue("They'd all be pointing to the one node.")).toBe("pronoun");
    expect(standaloneIssue("The annotation files would all point to the one node.")).toBeNull();
  });
  it("no verb", () => {
    expect(standaloneIssue("A new remote control with a rubber case and big buttons.")).toBe("fragment");
    expect(standaloneIssue("We chose a rubber case with big buttons.")).toBeNull();
  });
  it("a noun phrase and its relative clause", () => {
    expect(standaloneIssue("A belief-net, which is going to have as output.")).toBe("fragment");
  });
  it("cut off mid-sentence or mid-word", () => {
    expect(standaloneIssue("So the main thing we need to decide is the.")).toBe("dangling");
    expect(standaloneIssue("The parser is not going to give th")).toBe("dangling");
    expect(standaloneIssue("Because the battery was too expensive.")).toBe("dangling");
    expect(standaloneIssue("Because the battery was too expensive, we dropped the screen.")).toBeNull();
  });
  it("a predicate whose subject was cut off, or a question about an unnamed 'it'", () => {
    expect(standaloneIssue("Lifted trial signups by about eleven percent, but paid conversion was flat.")).toBe("subjectless");
    expect(standaloneIssue("Set up the paid conversion dashboard before the review.")).toBeNull();
    expect(standaloneIssue("Can it go out by the end of next week?")).toBe("pronoun");
    expect(standaloneIssue("Can the invite go out by the end of next week?")).toBeNull();
  });
  it("too short", () => {
    expect(standaloneIssue("Yeah, sounds good.")).toBe("short");
  });
});
