import { describe, expect, it } from "vitest";
import { buildDocx } from "@/tests/fixtures/ingest/builders/docx";
import { parseDocument, sniffType } from "@/lib/ingest";
import { lines, parseFixture, parseText } from "./helpers";

describe("DOCX", () => {
  it("reads a 腾讯会议 transcript export: title style, date paragraph, speaker + time paragraphs", async () => {
    const doc = await parseFixture("tencent-transcript.docx");
    expect(doc).toMatchObject({ format: "docx", kind: "meeting", title: "产品规划会议", meetingDate: "2024-03-05", speakers: ["张三", "李四"] });
    expect(lines(doc)).toEqual([
      "张三|3000|好，我们开始。今天主要讨论二季度的产品规划。",
      "李四|15000|嗯，我先说一下用户调研的结论。大部分用户希望增加导出功能。",
      "张三|80000|那导出功能放到四月。",
    ]);
  });

  it("reads a Teams transcript export ('Name<tab>0:01')", async () => {
    const doc = await parseFixture("teams-transcript.docx");
    expect(doc).toMatchObject({ title: "Sprint Review", meetingDate: "2024-04-02", speakers: ["Olivia Chen", "Marcus Webb"] });
    expect(doc.segments[2]).toMatchObject({ speaker: "Olivia Chen", startMs: 65000, text: "Nice work. Any carry-over?" });
  });

  it("reads a document: core.xml title, heading styles by id and name, lists, table rows", async () => {
    const doc = await parseFixture("spec-document.docx");
    expect(doc).toMatchObject({ kind: "document", title: "Import Specification", lang: "en" });
    expect(doc.segments.map((s) => [s.headingPath?.join(" > ") ?? "", s.text])).toEqual([
      ["Requirements", "The system must import transcripts in Chinese and English."],
      ["Requirements > Formats", "Plain text, WebVTT and SRT."],
      ["Requirements > Formats", "Word and PDF documents."],
      ["Requirements > Formats", "Format | Priority"],
      ["Requirements > Formats", "DOCX | High"],
      ["Requirements > Formats > Limits", "Files up to 50 MB."],
    ]);
  });

  it("is sniffed by content even when named .txt", async () => {
    const bytes = buildDocx([{ text: "Hello from Word." }]);
    expect(await sniffType(bytes, { fileName: "notes.txt" })).toBe("docx");
    const doc = await parseDocument({ bytes, fileName: "notes.txt" });
    expect(doc.segments[0].text).toBe("Hello from Word.");
  });
});

describe("Markdown", () => {
  it("reads front matter title, headings, lists, tables and code", async () => {
    const doc = await parseFixture("handbook.md");
    expect(doc).toMatchObject({ format: "md", kind: "document", title: "Onboarding Handbook" });
    expect(doc.segments[0]).toMatchObject({ text: "Welcome to the team! This page explains how we work." });
    expect(doc.segments[1]).toMatchObject({ headingPath: ["First week"], text: "Set up your laptop with the setup guide." });
    expect(doc.segments[4]).toMatchObject({ headingPath: ["Tools"], text: "Linear | Issue tracking" });
    expect(doc.segments[6]).toMatchObject({ headingPath: ["Tools", "Deploying"], text: "Run make deploy from the main branch." });
    expect(doc.segments[7].text).toBe("make deploy ENV=staging");
  });

  it("reads a Markdown transcript with bold speaker labels", async () => {
    const doc = await parseText("# 周会\n\n**张三**：开始吧。\n**李四**：好的。\n**张三**：第一项。\n", "meeting.md");
    expect(doc).toMatchObject({ kind: "meeting", speakers: ["张三", "李四"] });
    expect(doc.segments[2].text).toBe("第一项。");
  });
});

describe("HTML", () => {
  it("drops script/style/nav, keeps headings, lists and table rows, decodes entities", async () => {
    const doc = await parseFixture("article.html");
    expect(doc).toMatchObject({ format: "html", title: "季度复盘报告", lang: "zh" });
    expect(doc.segments.map((s) => s.text)).toEqual([
      "本季度营收同比增长 18%，主要来自企业客户。",
      "交付周期偏长，平均 & 中位数都超过了三周。",
      "需求评审不充分",
      "测试资源不足",
      "事项 | 负责人",
      "缩短评审周期 | 张三",
    ]);
    expect(doc.segments[5].headingPath).toEqual(["季度复盘", "下季度计划"]);
    expect(JSON.stringify(doc)).not.toMatch(/analytics|首页|track/);
  });
});

describe("PDF", () => {
  it("reads the text layer with pages, headings by type size and paragraphs by spacing", async () => {
    const doc = await parseFixture("report.pdf");
    expect(doc).toMatchObject({ format: "pdf", kind: "document", title: "Quarterly Engineering Report" });
    expect(doc.segments[0]).toMatchObject({
      page: 1,
      headingPath: ["Reliability"],
      text: "Uptime reached 99.95% this quarter, up from 99.90%. Two incidents exceeded the error budget.",
    });
    expect(doc.segments[1].text).toBe("Both incidents were caused by expired certificates.");
    const last = doc.segments.at(-1)!;
    expect(last).toMatchObject({ page: 2, text: "Item 30: the platform team interviewed candidates for role 30." });
    expect(doc.segments.some((s) => /^\d+$/.test(s.text))).toBe(false);
  });

  it("reads Chinese text and joins wrapped lines without spaces", async () => {
    const doc = await parseFixture("cjk-minutes.pdf");
    expect(doc).toMatchObject({ title: "项目周会纪要", lang: "zh" });
    expect(doc.segments.map((s) => s.text)).toEqual(["本周完成了支付模块的开发，下周开始联调测试。", "风险：第三方接口文档不完整。"]);
  });
});
