import { describe, expect, it } from "vitest";
import { expectCode, lines, parseFixture, parseText } from "./helpers";

describe("WebVTT", () => {
  it("reads Zoom 'Name: text' cues and merges consecutive cues of a speaker", async () => {
    const doc = await parseFixture("zoom.vtt");
    expect(doc).toMatchObject({ format: "vtt", kind: "meeting", lang: "en", speakers: ["Maria Garcia", "Tom Becker"] });
    expect(doc.segments[0]).toMatchObject({
      speaker: "Maria Garcia",
      startMs: 1230,
      endMs: 8100,
      text: "Hi everyone, welcome to the design review. Today we'll look at the new onboarding flow.",
    });
    expect(lines(doc).slice(1)).toEqual([
      "Tom Becker|9000|Thanks Maria. I have a question about step three.",
      "Maria Garcia|13000|Sure, go ahead.",
      "Tom Becker|16800|Why do we ask for the phone number so early?",
    ]);
  });

  it("reads Teams voice tags, cue ids, NOTE date/title, STYLE blocks and cue settings", async () => {
    const doc = await parseFixture("teams.vtt");
    expect(doc).toMatchObject({ title: "Quarterly planning", meetingDate: "2024-04-18", speakers: ["Chen Wei", "Sarah Johnson"] });
    expect(doc.segments).toHaveLength(3);
    expect(doc.segments[0]).toMatchObject({ startMs: 2120, endMs: 8000, text: "大家好，我们开始季度规划会议。首先看一下上季度的目标完成情况。" });
    expect(doc.segments[1]).toMatchObject({ speaker: "Sarah Johnson", text: "Thanks Chen. We hit 92% of the revenue target." });
    expect(doc.segments[2].text).toBe("很好，客户留存方面呢？");
    expect(doc.segments.some((s) => s.text.includes("color"))).toBe(false);
  });

  it("tolerates a minority of broken timings, rejects mostly broken ones", async () => {
    const ok = await parseText("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: one\n\n00:00:xx --> 00:00:04.000\nA: two\n\n00:00:05.000 --> 00:00:06.000\nB: three\n", "a.vtt");
    expect(ok.segments.map((s) => s.text)).toEqual(["one two", "three"]);
    await expectCode(parseText("WEBVTT\n\nbad --> worse\nhello\n\n1:2:3:4 --> x\nworld\n", "b.vtt"), "BAD_TIMESTAMPS");
  });
});

describe("SRT", () => {
  it("reads 'Speaker：' prefixes, multi-line cues and merges turns", async () => {
    const doc = await parseFixture("speakers.srt");
    expect(doc.speakers).toEqual(["张三", "李四"]);
    expect(doc.segments[1]).toMatchObject({ speaker: "李四", startMs: 3400, endMs: 9100, text: "我这边没问题，周五晚上可以发布。回滚方案也准备好了。" });
  });

  it("parses cues with missing indexes and strips formatting tags", async () => {
    const doc = await parseFixture("missing-indexes.srt");
    expect(lines(doc)).toEqual(["-|1000|Welcome back to the show.", "-|3500|Today we talk about caching.", "-|6500|It is harder than it looks."]);
  });
});

describe("JSON transcripts", () => {
  it("reads Whisper segments in seconds", async () => {
    const doc = await parseFixture("whisper.json");
    expect(doc).toMatchObject({ format: "json", kind: "meeting", speakers: [] });
    expect(doc.segments[1]).toMatchObject({ startMs: 2480, endMs: 5120, text: "Today we review the budget." });
  });

  it("reads a diarized array and merges consecutive turns", async () => {
    const doc = await parseFixture("diarized-array.json");
    expect(lines(doc)).toEqual(["SPEAKER_00|800|我们今天讨论招聘计划。平台组还缺两个人。", "SPEAKER_01|5600|后端还是前端？", "SPEAKER_00|7200|都需要，优先后端。"]);
    expect(doc.segments[0].endMs).toBe(5000);
  });

  it("rejects JSON that is not a transcript", async () => {
    await expectCode(parseText('{"name":"jiyao","version":"1.0.0","dependencies":{}}', "package.json"), "UNSUPPORTED_TYPE");
  });
});
