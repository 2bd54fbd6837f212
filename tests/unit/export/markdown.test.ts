import { describe, expect, it } from "vitest";
import { deckToMarkdown, minutesToMarkdown } from "@/lib/export/markdown";
import { escapeBlock, escapeInline } from "@/lib/export/markdown-escape";
import type { MinutesInput } from "@/lib/export/types";
import { chineseDeck, chineseMinutes, englishDeck, englishMinutes } from "./fixtures";

const emptyMinutes: MinutesInput = { title: "", lang: "en", summary: [], topics: [], decisions: [], todos: [], segments: [] };

describe("minutesToMarkdown", () => {
  it("renders English minutes with localised headings, source labels and task boxes", () => {
    expect(minutesToMarkdown(englishMinutes)).toBe(
      [
        "# Weekly sync",
        "",
        "Date: 2024-05-06",
        "",
        "## Summary",
        "",
        "- Budget approved for Q3. [Alice 00:00:05]",
        "- Launch slips one week. (unverified)",
        "",
        "## Topics",
        "",
        "### Budget (00:12:05)",
        "",
        "The team reviewed spend against plan. [Bob 00:12:05] [p.3]",
        "",
        "## Decisions",
        "",
        "- Freeze hiring until July. [#3]",
        "",
        "## Action items",
        "",
        "- [ ] Send the revised deck — Owner: Alice · Due: 2024-05-10 [Alice 00:00:05]",
        "- [x] Book the review room — Owner: Bob [Bob 00:12:05]",
        "",
        "### Dropped",
        "",
        "- ~~Draft press release~~ [张三 01:01:01]",
        "",
      ].join("\n"),
    );
  });

  it("renders Chinese minutes with Chinese headings, full-width punctuation and 未核实 markers", () => {
    expect(minutesToMarkdown(chineseMinutes)).toBe(
      [
        "# 产品周会",
        "",
        "日期：2024-05-06",
        "",
        "## 摘要",
        "",
        "- 第三季度预算已批准。 [张三 01:01:01]",
        "- 发布推迟一周。（未核实）",
        "",
        "## 议题",
        "",
        "### 预算 (01:01:01)",
        "",
        "团队对照计划检查了支出。 [张三 01:01:01]",
        "",
        "## 决定",
        "",
        "- 七月前冻结招聘。 [p.3]",
        "",
        "## 待办事项",
        "",
        "- [ ] 发送修订后的方案 — 负责人：张三 · 截止：2024-05-10 [张三 01:01:01]",
        "- [x] 预订评审会议室 — 负责人：李四 [Bob 00:12:05]",
        "",
        "### 已取消",
        "",
        "- ~~起草新闻稿~~（未核实）",
        "",
      ].join("\n"),
    );
  });

  it("uses Chinese labels for mixed-language meetings", () => {
    const markdown = minutesToMarkdown({ ...englishMinutes, lang: "mixed" });
    expect(markdown).toContain("## 摘要\n");
    expect(markdown).toContain("- Launch slips one week.（未核实）\n");
    expect(markdown).toContain("- [ ] Send the revised deck — 负责人：Alice · 截止：2024-05-10");
  });

  it("says so when a section is empty instead of leaving a bare heading", () => {
    expect(minutesToMarkdown(emptyMinutes)).toBe(
      ["# Untitled", "", "## Summary", "", "None.", "", "## Topics", "", "None.", "", "## Decisions", "", "None.", "", "## Action items", "", "None.", ""].join("\n"),
    );
  });

  it("never prints citations for an unverified item, so it cannot look sourced", () => {
    const markdown = minutesToMarkdown({
      ...emptyMinutes,
      decisions: [{ text: "Ship Friday", citations: [0, 1], verified: false }],
      segments: [{ index: 0, speaker: "Alice", startMs: 0 }],
    });
    expect(markdown).toContain("- Ship Friday (unverified)\n");
    expect(markdown).not.toContain("Alice");
  });

  it("labels citations compactly: de-duplicated, ordered, capped at three plus a remainder", () => {
    const markdown = minutesToMarkdown({
      ...emptyMinutes,
      summary: [{ text: "Point", citations: [4, 0, 0, 2, 3, 9], verified: true }],
      segments: englishMinutes.segments,
    });
    expect(markdown).toContain("- Point [Alice 00:00:05] [p.3] [#3] [+2]\n");
  });
});

describe("Markdown escaping of transcript and model text", () => {
  const hostile = (text: string, speaker = "Alice"): string =>
    minutesToMarkdown({
      ...emptyMinutes,
      summary: [{ text, citations: [0], verified: true }],
      segments: [{ index: 0, speaker, startMs: 0 }],
    });

  it("neutralises links, images, HTML, emphasis and code spans", () => {
    expect(hostile("see [the doc](http://evil.example) ![x](y) <img src=x onerror=alert(1)> *bold* __u__ `rm -rf` ~~gone~~")).toContain(
      "- see \\[the doc\\](http://evil.example) !\\[x\\](y) \\<img src=x onerror=alert(1)\\> \\*bold\\* \\_\\_u\\_\\_ \\`rm -rf\\` \\~\\~gone\\~\\~ [Alice 00:00:00]\n",
    );
  });

  it("keeps line breaks from starting new blocks such as headings, quotes or rules", () => {
    expect(hostile("first line\n# Heading\n> quote\n---")).toContain("- first line # Heading \\> quote --- [Alice 00:00:00]\n");
  });

  it("escapes leading block markers: headings, nested lists, ordered lists, rules", () => {
    expect(escapeBlock("# not a heading")).toBe("\\# not a heading");
    expect(escapeBlock("- not nested")).toBe("\\- not nested");
    expect(escapeBlock("+ not nested")).toBe("\\+ not nested");
    expect(escapeBlock("---")).toBe("\\---");
    expect(escapeBlock("1. not ordered")).toBe("1\\. not ordered");
    expect(escapeBlock("2024) year")).toBe("2024\\) year");
    expect(escapeBlock("Learn C #")).toBe("Learn C \\#");
    // Ordinary text keeps its characters.
    expect(escapeBlock("-5 °C and C# and 3.5 points")).toBe("-5 °C and C# and 3.5 points");
  });

  it("escapes entity references but leaves a plain ampersand alone", () => {
    expect(escapeInline("R&D &lt;script&gt; &#60;")).toBe("R&D \\&lt;script\\&gt; \\&#60;");
  });

  it("escapes speaker names inside source labels", () => {
    expect(hostile("Point", "x](http://evil)")).toContain("- Point [x\\](http://evil) 00:00:00]\n");
  });

  it("escapes headings, owners and dates too", () => {
    const markdown = minutesToMarkdown({
      ...emptyMinutes,
      title: "<b>Title</b>",
      meetingDate: "[2024]",
      topics: [{ title: "# Topic", summary: "_sum_", citations: [], verified: true }],
      todos: [{ text: "* item", owner: "[Bob](x)", due: "`soon`", status: "open", citations: [], verified: true }],
    });
    expect(markdown).toContain("# \\<b\\>Title\\</b\\>\n");
    expect(markdown).toContain("Date: \\[2024\\]\n");
    expect(markdown).toContain("### \\# Topic\n\n\\_sum\\_\n");
    expect(markdown).toContain("- [ ] \\* item — Owner: \\[Bob\\](x) · Due: \\`soon\\`\n");
  });

  it("drops control characters that would corrupt the file", () => {
    expect(hostile("a\u0000b\u0007c")).toContain("- abc [Alice 00:00:00]\n");
  });
});

describe("deckToMarkdown", () => {
  it("writes a Marp-compatible deck: front matter, cover, one section per slide", () => {
    expect(deckToMarkdown(chineseDeck)).toBe(
      [
        "---",
        "marp: true",
        "---",
        "",
        "# 第三季度回顾",
        "",
        "产品团队 · 2024-05-06",
        "",
        "---",
        "",
        "## 预算",
        "",
        "- 第三季度预算已批准",
        "- Marketing spend +10%",
        "",
        "---",
        "",
        "## 发布计划",
        "",
        "- 发布推迟一周",
        "- Beta 用户反馈良好",
        "",
        "---",
        "",
        "## Next steps",
        "",
        "- 张三发送修订后的方案",
        "",
      ].join("\n"),
    );
  });

  it("escapes slide text and skips empty bullets", () => {
    const markdown = deckToMarkdown({ ...englishDeck, slides: [{ title: "## Risks", bullets: ["", "  ", "<script>alert(1)</script>", "- [link](x)"] }] });
    expect(markdown).toContain("## \\## Risks\n\n- \\<script\\>alert(1)\\</script\\>\n- \\- \\[link\\](x)\n");
    expect(markdown.match(/^- /gm)).toHaveLength(2);
  });
});
