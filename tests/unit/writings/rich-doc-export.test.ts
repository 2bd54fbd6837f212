import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { TableKit } from "@tiptap/extension-table";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { editorText, rangeOf } from "@/app/w/[workspaceId]/writings/[writingId]/_components/editor-text";
import { draftToRichDoc } from "@/lib/export/draft-doc";
import { writingToDocx, writingToMarkdown } from "@/lib/export/writing";
import type { Draft } from "@/lib/engine/draft-types";
import { bulletList, heading, link, paragraph, plainText, RichDocSchema, text, type RichNode } from "@/lib/text/rich-doc";

const table: RichNode = {
  type: "table",
  content: [
    {
      type: "tableRow",
      content: [
        { type: "tableHeader", content: [paragraph(text("负责人"))] },
        { type: "tableHeader", content: [paragraph(text("期限"))] },
      ],
    },
    {
      type: "tableRow",
      content: [
        { type: "tableCell", content: [paragraph(text("李娜"))] },
        { type: "tableCell", content: [paragraph(text("周五"))] },
      ],
    },
  ],
};
const DOC: RichNode = {
  type: "doc",
  content: [
    heading(1, "会议纪要：产品周会"),
    paragraph(text("我们决定"), text("下周一", [{ type: "bold" }]), text("发布。")),
    bulletList([[text("完成测试报告"), text(" "), link("[#1]", "/w/ws/d/doc#seg-1")]]),
    table,
  ],
};

describe("rich documents", () => {
  it("accept what the editor makes and refuse script links and unknown nodes", () => {
    expect(RichDocSchema.safeParse(DOC).success).toBe(true);
    const js = { type: "doc", content: [paragraph(link("x", "javascript:alert(1)"))] };
    expect(RichDocSchema.safeParse(js).success).toBe(false);
    expect(RichDocSchema.safeParse({ type: "doc", content: [{ type: "iframe" }] }).success).toBe(false);
    expect(RichDocSchema.safeParse({ type: "paragraph" }).success).toBe(false);
  });

  it("give their text one line per block", () => {
    expect(plainText(DOC).split("\n")).toEqual(["会议纪要：产品周会", "我们决定下周一发布。", "完成测试报告 [#1]", "负责人", "期限", "李娜", "周五"]);
  });
});

describe("exports of a writing", () => {
  it("Markdown keeps headings, emphasis, lists, absolute citation links and tables", () => {
    const md = writingToMarkdown("会议纪要：产品周会", DOC, "https://jiyao.example");
    expect(md).toContain("# 会议纪要：产品周会\n");
    expect(md.match(/^# /gm)).toHaveLength(1);
    expect(md).toContain("我们决定**下周一**发布。");
    expect(md).toContain("- 完成测试报告 [\\[#1\\]](https://jiyao.example/w/ws/d/doc#seg-1)");
    expect(md).toContain("| 负责人 | 期限 |\n| --- | --- |\n| 李娜 | 周五 |");
  });

  it("Word opens with the text, Chinese included", async () => {
    const bytes = await writingToDocx("会议纪要：产品周会", DOC, "https://jiyao.example");
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const s of ["会议纪要：产品周会", "我们决定下周一发布。", "完成测试报告", "[#1]", "李娜", "周五"]) expect(value).toContain(s);
  });
});

describe("a draft as a document", () => {
  it("puts each item's citations after it as links to the lines, and says so when a section is empty", () => {
    const draft: Draft = {
      template: "minutes-zh",
      lang: "zh",
      engine: "local",
      title: "会议纪要：周会",
      sections: [
        { id: "decisions", heading: "决议事项", items: [{ text: "下周一发布", citations: [2, 3], source: "周会" }] },
        { id: "todos", heading: "待办事项", items: [], empty: "未记录" },
      ],
      sources: ["周会"],
    };
    const doc = draftToRichDoc(draft, (source, n) => (source === "周会" ? `/w/a/d/b#seg-${n}` : null));
    expect(RichDocSchema.safeParse(doc).success).toBe(true);
    expect(plainText(doc).split("\n")).toEqual(["会议纪要：周会", "决议事项", "下周一发布 [#2] [#3]", "待办事项", "未记录"]);
    expect(JSON.stringify(doc)).toContain('"href":"/w/a/d/b#seg-3"');
  });
});

describe("editor text and positions", () => {
  const schema = getSchema([StarterKit, TableKit]);
  it("maps offsets in the assistant's text back to document positions, across blocks and hard breaks", () => {
    const json: RichNode = {
      type: "doc",
      content: [heading(2, "标题"), { type: "paragraph", content: [text("第一行"), { type: "hardBreak" }, text("做为团队")] }, bulletList([[text("the the end")]])],
    };
    const doc = schema.nodeFromJSON(json);
    const et = editorText(doc);
    expect(et.text).toBe("标题\n第一行\n做为团队\nthe the end");
    for (const word of ["做为", "the the", "标题"]) {
      const start = et.text.indexOf(word);
      const r = rangeOf(et, start, start + word.length)!;
      expect(doc.textBetween(r.from, r.to)).toBe(word);
    }
    // A span across two blocks has no single range.
    expect(rangeOf(et, 1, 4)).toBeNull();
  });
});
