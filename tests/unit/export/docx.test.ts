import { describe, expect, it } from "vitest";
import { minutesToDocx } from "@/lib/export/docx";
import { chineseMinutes, englishMinutes } from "./fixtures";
import { elementTexts, malformedParts, unzipText } from "@/tests/support/ooxml";

async function render(minutes = chineseMinutes) {
  const files = unzipText(await minutesToDocx(minutes));
  const document = files["word/document.xml"];
  const paragraphs = elementTexts(document, "w:p", "w:t");
  // Each table row as its cells' texts.
  const rows = (document.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) => elementTexts(row, "w:tc", "w:t"));
  return { files, document, styles: files["word/styles.xml"], paragraphs, rows };
}

/** Paragraph text by style: headings are real Word headings, not bold body text. */
function paragraphsWithStyle(document: string, style: string): string[] {
  return elementTexts(document, "w:p", "w:t").filter((_text, index) => {
    const paragraph = document.match(/<w:p[ >][\s\S]*?<\/w:p>/g)?.[index] ?? "";
    return paragraph.includes(`<w:pStyle w:val="${style}"/>`);
  });
}

describe("minutesToDocx", () => {
  it("produces a well-formed Word package", async () => {
    const { files } = await render();
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/numbering.xml"]));
    expect(malformedParts(files)).toEqual([]);
  });

  it("writes Chinese section headings as Heading 1 and topics as Heading 2", async () => {
    const { document } = await render();
    expect(paragraphsWithStyle(document, "Title")).toEqual(["产品周会"]);
    expect(paragraphsWithStyle(document, "Heading1")).toEqual(["摘要", "议题", "决定", "待办事项"]);
    expect(paragraphsWithStyle(document, "Heading2")).toEqual(["预算 (01:01:01)"]);
  });

  it("writes English headings for English minutes", async () => {
    const { document } = await render(englishMinutes);
    expect(paragraphsWithStyle(document, "Heading1")).toEqual(["Summary", "Topics", "Decisions", "Action items"]);
  });

  it("writes summary and decisions as bullet list items with source labels or the unverified marker", async () => {
    const { document, paragraphs } = await render();
    expect(paragraphs).toContain("日期：2024-05-06");
    expect(paragraphs).toContain("第三季度预算已批准。 [张三 01:01:01]");
    expect(paragraphs).toContain("发布推迟一周。（未核实）");
    expect(paragraphs).toContain("七月前冻结招聘。 [p.3]");
    expect(paragraphs).toContain("团队对照计划检查了支出。 [张三 01:01:01]");
    const bullets = (document.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).filter((paragraph) => paragraph.includes("<w:numPr>"));
    expect(bullets).toHaveLength(3);
  });

  it("lays out to-dos as a table: header, open first, done checked, dropped struck through", async () => {
    const { document, rows } = await render();
    expect(rows).toEqual([
      ["事项", "负责人", "截止", "状态", "来源"],
      ["发送修订后的方案", "张三", "2024-05-10", "☐ 未完成", "[张三 01:01:01]"],
      ["预订评审会议室", "李四", "—", "☑ 已完成", "[Bob 00:12:05]"],
      ["起草新闻稿", "—", "—", "☒ 已取消", "（未核实）"],
    ]);
    const droppedRow = document.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g)?.[3] ?? "";
    expect(droppedRow).toContain("<w:strike/>");
    const openRow = document.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g)?.[1] ?? "";
    expect(openRow).not.toContain("<w:strike/>");
    // The header row repeats on every page the table spans.
    expect(document).toContain("<w:tblHeader/>");
  });

  it("writes the English to-do table with English labels", async () => {
    const { rows } = await render(englishMinutes);
    expect(rows[0]).toEqual(["Item", "Owner", "Due", "Status", "Source"]);
    expect(rows[2]).toEqual(["Book the review room", "Bob", "—", "☑ Done", "[Bob 00:12:05]"]);
  });

  it("sets East-Asian fonts and the zh-CN language on the document defaults for Chinese", async () => {
    const { styles } = await render();
    const defaults = styles.match(/<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/)?.[0] ?? "";
    expect(defaults).toMatch(/<w:rFonts [^>]*w:eastAsia="Microsoft YaHei"/);
    expect(defaults).toMatch(/<w:rFonts [^>]*w:ascii="Calibri"/);
    expect(defaults).toMatch(/<w:rFonts [^>]*w:hAnsi="Calibri"/);
    expect(defaults).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    // Headings carry their own fonts, so they must name the CJK face too.
    const heading1 = styles.match(/<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/)?.[0] ?? "";
    expect(heading1).toContain('w:eastAsia="Microsoft YaHei"');
  });

  it("keeps the CJK font for English minutes (names may be Chinese) but does not tag them zh-CN", async () => {
    const { styles } = await render(englishMinutes);
    const defaults = styles.match(/<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/)?.[0] ?? "";
    expect(defaults).toContain('w:eastAsia="Microsoft YaHei"');
    expect(defaults).not.toContain("zh-CN");
    expect(defaults).toMatch(/<w:lang w:val="en-US"\/>/);
  });

  it("tags mixed-language minutes zh-CN", async () => {
    const { styles } = await render({ ...englishMinutes, lang: "mixed" });
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });

  it("keeps hostile text literal and strips characters XML cannot hold", async () => {
    const { files, paragraphs } = await render({
      ...englishMinutes,
      decisions: [{ text: 'Use <b>&amp; "quotes"\u0001 ]]>', citations: [], verified: true }],
    });
    expect(malformedParts(files)).toEqual([]);
    expect(paragraphs).toContain('Use <b>&amp; "quotes" ]]>');
  });

  it("says so when there are no decisions or to-dos", async () => {
    const { paragraphs, rows } = await render({ ...englishMinutes, decisions: [], todos: [] });
    expect(paragraphs.filter((text) => text === "None.")).toHaveLength(2);
    expect(rows).toEqual([]);
  });
});
