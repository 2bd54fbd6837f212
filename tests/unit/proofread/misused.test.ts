import { describe, expect, it } from "vitest";
import { MISUSED } from "@/lib/engine/local/proofread/misused-list";
import { check, fix } from "./helpers";

describe("common misused Chinese words", () => {
  it("corrects the curated list", () => {
    expect(fix("做为项目负责人")).toBe("作为项目负责人");
    expect(fix("既使遇到困难")).toBe("即使遇到困难");
    expect(fix("新服务已经布署到测试环境")).toBe("新服务已经部署到测试环境");
    expect(fix("这个问题好象出现过")).toBe("这个问题好像出现过");
    expect(fix("请先按装客户端")).toBe("请先安装客户端");
    expect(fix("新员工的帐号由行政开通")).toBe("新员工的账号由行政开通");
    expect(fix("请填写侯选人的信息")).toBe("请填写候选人的信息");
    expect(fix("大家再接再励")).toBe("大家再接再厉");
    expect(check("报告以经发出")[0]).toMatchObject({ kind: "typo", original: "以经", replacement: "已经" });
  });

  it("applies context-dependent entries only in their sense", () => {
    expect(fix("无法登陆账号")).toBe("无法登录账号");
    expect(fix("登陆页面打不开")).toBe("登录页面打不开");
    expect(check("诺曼底登陆是重要战役")).toEqual([]);
    expect(check("台风将在明天登陆")).toEqual([]);
    expect(fix("请在次确认会议室")).toBe("请再次确认会议室");
    expect(check("我们在次日上午出发")).toEqual([]);
    expect(fix("截止目前已有二十人报名")).toBe("截至目前已有二十人报名");
    expect(check("报名截止日期是周五")).toEqual([]);
    expect(fix("我们必需在月底前完成")).toBe("我们必须在月底前完成");
    expect(check("水是生活必需品")).toEqual([]);
  });

  it("never matches across two real words", () => {
    expect(check("以经济建设为中心")).toEqual([]);
    expect(check("请按排名顺序填写")).toEqual([]);
    expect(check("其它问题会后讨论")).toEqual([]);
  });

  it("has a real list: every entry changes something and names its right form", () => {
    expect(MISUSED.length).toBeGreaterThanOrEqual(60);
    for (const e of MISUSED) expect(e.wrong).not.toBe(e.right);
  });
});
