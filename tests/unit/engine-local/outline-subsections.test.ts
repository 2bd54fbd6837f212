import { describe, expect, it } from "vitest";
import { localEngine } from "@/lib/engine/local";
import { parseDocument } from "@/lib/ingest";

// A plan written for this test: five numbered sections, the third divided into three subsections.
const PLAN = `# 2027 年客服中心数字化方案

## 一、背景

目前客服中心每天处理约 3000 个工单，其中 60% 是重复性问题。人工坐席 45 人，平均响应时间 4 分钟，高峰期超过 15 分钟。

## 二、目标

到 2027 年底，重复性问题的自助解决率达到 70%，平均响应时间降到 1 分钟以内，客户满意度回升到 90%。

## 三、方案

### 3.1 智能问答

基于现有知识库建设智能问答机器人，覆盖退换货、物流查询、发票三类高频问题。知识库由客服运营组每周更新。

### 3.2 工单自动分派

根据工单内容自动识别类别和紧急程度，分派给对应技能组。紧急工单 5 分钟内必须有人响应。

### 3.3 坐席助手

在坐席工作台提供实时话术推荐和历史工单检索，缩短新人培训周期。

## 四、预算与排期

总预算 180 万元，其中软件采购 100 万元，实施服务 50 万元，培训 30 万元。一季度完成智能问答上线，二季度完成工单分派。

## 五、风险

知识库质量不足会直接影响机器人回答准确率；坐席对新工具的接受度需要通过培训和激励来保障。
`;

describe("a document section divided into subsections", () => {
  it("gets a slide whose bullets cover each subsection, labelled with its heading", async () => {
    const doc = await parseDocument({ bytes: new TextEncoder().encode(PLAN), fileName: "plan.md", mimeType: "text/markdown" });
    const a = await localEngine.analyze(doc, []);
    const plan = a.outline.slides.find((s) => s.title === "三、方案")!;
    expect(plan.bullets.map((b) => b.split("：")[0])).toEqual(["智能问答", "工单自动分派", "坐席助手"]);
    expect(plan.bullets[0]).toBe("智能问答：基于现有知识库建设智能问答机器人");
    // "其中…" says what the total before it is made of: the chapter keeps the total.
    const budget = a.topics.find((t) => t.title === "四、预算与排期")!;
    expect(budget.summary).toContain("总预算 180 万元，其中软件采购 100 万元");
  });
});
