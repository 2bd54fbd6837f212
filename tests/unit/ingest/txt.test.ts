import { describe, expect, it } from "vitest";
import { lines, parseFixture, parseText } from "./helpers";

describe("plain-text transcripts", () => {
  it("reads 腾讯会议 说话人 headers with metadata, date and title", async () => {
    const doc = await parseFixture("tencent-meeting.txt");
    expect(doc).toMatchObject({ kind: "meeting", format: "txt", lang: "zh", title: "产品周会", meetingDate: "2024-03-05" });
    expect(doc.speakers).toEqual(["说话人1", "说话人2", "说话人3"]);
    expect(lines(doc)).toEqual([
      "说话人1|5000|大家好，我们开始今天的周会。嗯，先过一下上周的待办。",
      "说话人2|18000|好的。那个，支付接口已经联调完了，下周二可以提测。",
      "说话人1|62000|好，测试那边王五跟一下？",
      "说话人3|70000|没问题，我周三之前给出测试报告。另外，灰度方案我还要再确认一下。",
      "说话人1|165000|行，那今天就先到这里。",
    ]);
    expect(doc.segments.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it("takes the name an export put to a numbered voice: '发言人1(孙悦)', 'Speaker 2 (Tom Becker)'", async () => {
    const doc = await parseText("发言人1(孙悦) 00:00:05\n那我们开始吧。\n\n发言人2（周鹏） 00:00:20\n好，我先说一下数据。\n\n发言人3 00:00:40\n我补充一点。\n", "复盘.txt");
    expect(doc.speakers).toEqual(["孙悦", "周鹏", "发言人3"]);
    const en = await parseText("Speaker 1 (Priya Raman): Let's start.\nSpeaker 2 (Tom Becker): Sure.\n", "sync.txt");
    expect(en.speakers).toEqual(["Priya Raman", "Tom Becker"]);
  });

  it("reads 飞书妙记 exports: date+title line, keyword metadata, named speakers", async () => {
    const doc = await parseFixture("feishu-minutes.txt");
    expect(doc.title).toBe("产品需求评审");
    expect(doc.meetingDate).toBe("2024-03-12");
    expect(doc.speakers).toEqual(["张三", "李四", "王五"]);
    expect(doc.segments).toHaveLength(5);
    expect(doc.segments[2]).toMatchObject({ speaker: "张三", startMs: 63000, text: "呃，简化到什么程度？有没有数据支撑？" });
  });

  it("reads a 飞书妙记 header whose date line carries a clock and a duration", async () => {
    const doc = await parseText(
      [
        "产品评审会",
        "2026年11月30日 下午 3:00|45分钟 12秒",
        "",
        "关键词:",
        "排期、灰度",
        "",
        "文字记录:",
        "",
        "王强 00:00",
        "今天评审会员中心的改版方案。",
        "",
        "李娜 00:15",
        "我先讲一下背景。",
        "",
        "王强 01:02",
        "灰度方案谁来出？",
      ].join("\n"),
      "feishu.txt",
    );
    expect(doc.title).toBe("产品评审会");
    expect(doc.meetingDate).toBe("2026-11-30");
    expect(doc.speakers).toEqual(["王强", "李娜"]);
    expect(doc.segments.map((s) => s.text)).toEqual(["今天评审会员中心的改版方案。", "我先讲一下背景。", "灰度方案谁来出？"]);
  });

  it("reads 'Speaker: text' lines, keeping fillers", async () => {
    const doc = await parseFixture("colon-speakers-en.txt");
    expect(doc).toMatchObject({ kind: "meeting", lang: "en", title: "colon-speakers-en" });
    expect(doc.speakers).toEqual(["Alice", "Bob", "Carol"]);
    expect(doc.segments[1].text).toBe("So, uh, we finished the search revamp last week.".replace(/^/, "Sure. "));
    expect(doc.segments[5]).toMatchObject({ speaker: "Alice", text: "Thanks, Carol." });
  });

  it("reads full-width colons and speaker names with a department", async () => {
    const doc = await parseFixture("fullwidth-colon.txt");
    expect(doc.speakers).toEqual(["主持人", "财务部 王芳", "技术部 刘强"]);
    expect(doc.segments[3]).toMatchObject({ speaker: "财务部 王芳", text: "研发占百分之四十，主要用于新平台。" });
  });

  it("reads '[00:01:23] Speaker: text' and drops <laugh>", async () => {
    const doc = await parseFixture("bracket-timestamps.txt");
    expect(lines(doc)[3]).toBe("Speaker 2|62000|The root cause was an expired certificate again.");
    expect(doc.segments[5]).toMatchObject({ speaker: "Dana", startMs: 101000 });
  });

  it("reads Teams-style 'Name   0:03' headers with multi-line turns", async () => {
    const doc = await parseFixture("teams-speaker-headers.txt");
    expect(doc).toMatchObject({ title: "Weekly Sync", meetingDate: "2024-03-05" });
    expect(lines(doc)).toEqual([
      "Jordan Lee|3000|Hi all, can everyone hear me?",
      "Priya Shah|9000|Yes, loud and clear.",
      "Jordan Lee|15000|Great. First topic is the hiring plan. We have two open roles for the platform team.",
      "Priya Shah|62000|I reviewed the candidates yesterday. Two look promising.",
    ]);
  });

  it("reads 'Name(00:01:23)：text' and 发言人 headers", async () => {
    const doc = await parseText("发言人1(00:00:01)：早上好。\n发言人2(00:00:04)：早。\n发言人1(00:00:06)：开始吧。\n");
    expect(lines(doc)).toEqual(["发言人1|1000|早上好。", "发言人2|4000|早。", "发言人1|6000|开始吧。"]);
  });

  it("keeps lines without speakers inside a transcript as their own segments", async () => {
    const doc = await parseText("A: one\nB: two\n\n(recording paused)\n\nA: three\n");
    expect(lines(doc)).toEqual(["A|-|one", "B|-|two", "-|-|(recording paused)", "A|-|three"]);
  });

  it("reads a short meeting where everyone speaks once under 'Name 00:00:05' headers", async () => {
    const doc = await parseText("会议时间：2024年3月5日\n张三 00:00:05\n大家好。\n李四 00:01:10\n我下周五之前完成测试。\n王五 00:02:30\n好的，下个月初发布。\n");
    expect(doc).toMatchObject({ kind: "meeting", meetingDate: "2024-03-05", speakers: ["张三", "李四", "王五"] });
    expect(lines(doc)).toEqual(["张三|5000|大家好。", "李四|70000|我下周五之前完成测试。", "王五|150000|好的，下个月初发布。"]);
  });

  it("reads committee-style labels with an affiliation in brackets", async () => {
    const doc = await parseText(
      "Mr. Jagmeet Singh (Burnaby South, NDP): Thank you, Mr. Chair.\nThe Chair (Hon. Anthony Rota): Go ahead.\nMr. Jagmeet Singh (Burnaby South, NDP): My question is about the wage subsidy.\n张三（产品部）：我来跟进。\n",
    );
    expect(doc.speakers).toEqual(["Mr. Jagmeet Singh (Burnaby South, NDP)", "The Chair (Hon. Anthony Rota)", "张三（产品部）"]);
    expect(doc.segments[2]).toMatchObject({ speaker: "Mr. Jagmeet Singh (Burnaby South, NDP)", text: "My question is about the wage subsidy." });
  });

  it("reads a label whose affiliation holds brackets of its own (a committee chair with a riding)", async () => {
    const chair = "The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.))";
    const doc = await parseText(`${chair}: Order. Let us begin.\nMs. Elizabeth May (SaanichGulf Islands, GP): Thank you, Mr. Chair.\n${chair}: Go ahead.\n`);
    expect(doc.speakers).toEqual([chair, "Ms. Elizabeth May (SaanichGulf Islands, GP)"]);
    expect(doc.segments.map((s) => [s.speaker, s.text])).toEqual([
      [chair, "Order. Let us begin."],
      ["Ms. Elizabeth May (SaanichGulf Islands, GP)", "Thank you, Mr. Chair."],
      [chair, "Go ahead."],
    ]);
  });

  it("timestamps without speakers still make a meeting", async () => {
    const doc = await parseText("00:00:01\nfirst part\n00:00:09\nsecond part\n");
    expect(doc.kind).toBe("meeting");
    expect(lines(doc)).toEqual(["-|1000|first part", "-|9000|second part"]);
  });
});

describe("plain-text documents", () => {
  it("reads numbered Chinese headings into headingPath", async () => {
    const doc = await parseFixture("notes-document.txt");
    expect(doc).toMatchObject({ kind: "document", title: "项目立项说明", speakers: [] });
    expect(doc.segments[0]).toMatchObject({ headingPath: ["一、背景"], text: "公司现有的会议记录依靠人工整理，耗时且容易遗漏待办事项。" });
    expect(doc.segments[2].headingPath).toEqual(["二、目标", "1.1 第一阶段"]);
    expect(doc.segments[5].headingPath).toEqual(["三、预算"]);
  });

  it("joins hard-wrapped paragraphs", async () => {
    const doc = await parseFixture("wrapped-english.txt");
    expect(doc.title).toBe("Design Notes for the Export Service");
    expect(doc.segments).toHaveLength(3);
    expect(doc.segments[0].text).toBe(
      "The export service turns stored artifacts into Markdown, DOCX and PPTX files. It runs inside the worker process and never blocks a web request.",
    );
  });

  it("does not mistake 'Key: value' notes for a transcript", async () => {
    const doc = await parseText("Project: Apollo\nOwner: Dana\nStatus: green\nBudget: on track\n");
    expect(doc.kind).toBe("document");
    expect(doc.speakers).toEqual([]);
  });

  it("splits an overlong paragraph at sentence boundaries", async () => {
    const sentence = "这是一个很长的段落里的一句话，用来测试分段。";
    const doc = await parseText(sentence.repeat(400));
    expect(doc.segments.length).toBeGreaterThan(1);
    for (const s of doc.segments) expect(s.text.length).toBeLessThanOrEqual(4000);
    expect(doc.segments.map((s) => s.text).join("")).toBe(sentence.repeat(400));
  });
});

describe("long transcript lines", () => {
  it("keeps speaker and time on turns longer than the header scan window", async () => {
    const long = "我们讨论了很多细节问题。".repeat(40);
    const doc = await parseText(`张三(00:00:01)：${long}\n李四(00:00:30)：好的。\n[00:00:40] 张三: ${long}\n`);
    expect(lines(doc)).toEqual([`张三|1000|${long}`, "李四|30000|好的。", `张三|40000|${long}`]);
  });
});
