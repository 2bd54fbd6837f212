import { describe, expect, it } from "vitest";
import { BUILTIN_TEMPLATES, detectMeetingType, fillTemplateLocally } from "@/lib/engine/templates";
import type { ParsedDoc } from "@/lib/ingest/types";

function meeting(lines: [string, string][], lang: "zh" | "en" = "zh"): ParsedDoc {
  return {
    kind: "meeting",
    title: "t",
    lang,
    speakers: [...new Set(lines.map((l) => l[0]))],
    format: "txt",
    segments: lines.map(([speaker, text], index) => ({ index, speaker, text })),
  };
}

const interview = meeting([
  ["面试官", "你好，先做个自我介绍吧？"],
  ["王芳", "我叫王芳，之前在一家电商公司做了三年后端开发，主导过订单系统的重构。"],
  ["面试官", "为什么想离开现在的公司？"],
  ["王芳", "我希望做更有挑战的分布式系统，现在的团队项目比较少。"],
  ["面试官", "你对 Kubernetes 熟悉吗？"],
  ["王芳", "说实话不太熟，只在测试环境用过一点，生产环境没有做过。"],
  ["面试官", "期望薪资是多少？"],
  ["王芳", "希望在三十万左右。"],
  ["面试官", "好的，我们会推荐你进入下一轮。"],
]);

const standup = meeting([
  ["张三", "昨天我完成了登录页的修复，今天继续做支付接口。"],
  ["李四", "我这边卡住了，在等后端的接口文档，有点阻塞。"],
  ["王五", "我昨天做完了测试用例，今天准备回归测试。"],
  ["赵六", "今天我同步一下进度：发布脚本已经搞定了。"],
]);

const sales = meeting(
  [
    ["Sales", "Thanks for joining. What are you looking for in a meeting tool?"],
    ["Customer", "We need minutes in Chinese and English, and currently we copy notes by hand."],
    ["Sales", "Our pricing is per seat; I can send a quote and a trial license."],
    ["Customer", "Honestly the price seems expensive compared to a competitor we looked at."],
    ["Sales", "We can offer a discount on an annual contract. Next step: I will send the proposal by Friday."],
  ],
  "en",
);

const lecture = meeting([
  [
    "老师",
    "同学们好，这节课我们讲梯度下降的概念。梯度下降是一种优化方法，它的原理是沿着梯度的反方向更新参数，让损失函数逐步变小。我们先看一个例子：假设损失函数是一个二次函数，那么每一步更新的幅度和学习率有关，学习率太大会震荡，太小会很慢。",
  ],
  ["学生", "学习率怎么选呢？"],
  [
    "老师",
    "一般先从零点零一开始尝试，再根据损失曲线调整。课后作业是实现一个简单的梯度下降，下周提交。这个定义大家记一下：学习率是每一步更新的步长，它决定了收敛的速度和稳定性，实践中常用衰减策略。",
  ],
]);

describe("meeting type detection", () => {
  it("tells an interview, a stand-up, a sales call and a lecture apart", () => {
    expect(detectMeetingType(interview).type).toBe("interview");
    expect(detectMeetingType(standup).type).toBe("standup");
    expect(detectMeetingType(sales).type).toBe("sales");
    expect(detectMeetingType(lecture).type).toBe("lecture");
  });

  it("falls back to general when nothing stands out, and for documents", () => {
    const plain = meeting([
      ["A", "我们看一下下个月的安排。"],
      ["B", "好的，我这边没有问题。"],
      ["C", "那就这样定了。"],
    ]);
    expect(detectMeetingType(plain).type).toBe("general");
    expect(detectMeetingType({ ...interview, kind: "document" }).type).toBe("general");
  });
});

describe("offline template sections", () => {
  const empty = { summary: [], topics: [], decisions: [], todos: [] };

  it("fills an interview's sections from the transcript, quoting lines with their speaker", () => {
    const sections = fillTemplateLocally(BUILTIN_TEMPLATES.interview, interview, empty);
    expect(sections.map((s) => s.key)).toEqual(["candidate", "strengths", "concerns", "recommendation"]);
    const [candidate, strengths, concerns, recommendation] = sections;
    expect(candidate.items[0].text).toContain("王芳");
    expect(strengths.items.map((i) => i.citations[0])).toContain(1);
    expect(concerns.items.map((i) => i.citations[0])).toContain(5);
    expect(concerns.items.every((i) => i.quote && i.speaker)).toBe(true);
    expect(recommendation.items.map((i) => i.citations[0])).toEqual([8]);
  });

  it("says not discussed for a section nothing belongs to, never filling it with other lines", () => {
    const sections = fillTemplateLocally(BUILTIN_TEMPLATES.sales, standup, empty);
    const objections = sections.find((s) => s.key === "objections")!;
    expect(objections.notDiscussed).toBe(true);
    expect(objections.items).toEqual([]);
  });

  it("uses the analysis' decisions and to-dos with their citations", () => {
    const sections = fillTemplateLocally(BUILTIN_TEMPLATES.general, standup, {
      summary: [{ text: "支付接口继续开发。", citations: [0], verified: true }],
      topics: [],
      decisions: [{ text: "周五发布。", citations: [3], verified: true }],
      todos: [{ text: "提供接口文档", owner: "后端", due: "2024-03-08", citations: [1] }],
    });
    expect(sections.find((s) => s.key === "decisions")!.items).toEqual([{ text: "周五发布。", citations: [3], verified: true }]);
    expect(sections.find((s) => s.key === "actions")!.items[0].text).toBe("提供接口文档 (负责人：后端，截止：2024-03-08)");
  });
});
