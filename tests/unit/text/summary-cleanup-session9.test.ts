/** Session 9: Chinese summary points keep the holder of a view, and drop a spoken classifier after 的/是; sentences written for this test. */
import { describe, expect, it } from "vitest";
import { condenseZh } from "@/lib/text/spoken";
import { isHousekeeping, standaloneIssue } from "@/lib/text/standalone";

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
