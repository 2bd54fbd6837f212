/** Session 9: Chinese summary points keep the holder of a view, and drop a spoken classifier after 的/是; sentences written for this test. */
import { describe, expect, it } from "vitest";
import { condenseZh } from "@/lib/text/spoken";
import { dropTrailingPhrase, isHousekeeping, standaloneIssue } from "@/lib/text/standalone";

describe("a view without its holder", () => {
  it("needs the clause before it: 认为…, 就觉得…", () => {
    expect(standaloneIssue("认为心理咨询服务应该从客户需求出发。")).toBe("subjectless");
    expect(standaloneIssue("就觉得供应链的本地化还不够。")).toBe("subjectless");
  });
  it("stands when the holder is named", () => {
    expect(standaloneIssue("王强认为心理咨询服务应该从客户需求出发。")).toBeNull();
    expect(standaloneIssue("我们觉得供应链的本地化还不够。")).toBeNull();
  });
});

describe("a spoken classifier after 的 / 是", () => {
  it("goes before a noun phrase", () => {
    expect(condenseZh("这是对美国社会的一个反思。")).toBe("这是对美国社会的反思。");
    expect(condenseZh("芯片是一个非常复杂的行业。")).toBe("芯片是非常复杂的行业。");
    expect(condenseZh("它是一种独立的文明。")).toBe("它是独立的文明。");
  });
  it("stays where it counts or names a time", () => {
    expect(condenseZh("我们做了一个调研。")).toBe("我们做了一个调研。");
    expect(condenseZh("周期是一个月。")).toBe("周期是一个月。");
    expect(condenseZh("负责的是一个人。")).toBe("负责的是一个人。");
  });
});

describe("moving through the agenda", () => {
  it("is housekeeping in a short unit, like turning a page", () => {
    expect(isHousekeeping("好，那我们进入下一个问题。")).toBe(true);
    expect(isHousekeeping("最后一个问题请王老师回答。")).toBe(true);
  });
});

describe("a trailing phrase with no predicate", () => {
  it("is cut: the point ends with its main clause", () => {
    expect(dropTrailingPhrase("博士中国主要是做汽车，他们几个老总。")).toBe("博士中国主要是做汽车。");
  });
  it("stays when it is a list, a question, or the only clause with a predicate", () => {
    expect(dropTrailingPhrase("我们有三个目标，速度、质量和成本。")).toBe("我们有三个目标，速度、质量和成本。");
    expect(dropTrailingPhrase("我们有两个目标，速度和质量。")).toBe("我们有两个目标，速度和质量。");
    expect(dropTrailingPhrase("下周开会，什么时候？")).toBe("下周开会，什么时候？");
    expect(dropTrailingPhrase("预算已经批了，下周开工。")).toBe("预算已经批了，下周开工。");
    expect(dropTrailingPhrase("芯片的供应链，本地化的问题。")).toBe("芯片的供应链，本地化的问题。");
  });
});

describe("an example marker is not a predicate", () => {
  it("leaves a bare noun phrase a fragment", () => {
    expect(standaloneIssue("比如说集体规则游戏的小组。")).toBe("fragment");
    expect(standaloneIssue("比如说我们可以先做一个试点。")).toBeNull();
  });
});
