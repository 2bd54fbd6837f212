/** Attribution of proposals, opinions and commitments to a named speaker (own sentences). */
import { describe, expect, it } from "vitest";
import { attribute } from "@/lib/engine/local/attribution";
import { localEngine } from "@/lib/engine/local";
import type { ParsedDoc } from "@/lib/ingest/types";

describe("attribute", () => {
  it("names the speaker of a Chinese proposal, opinion or commitment", () => {
    expect(attribute("我建议下个版本先不做导出。", "李娜", true)).toBe("李娜建议下个版本先不做导出。");
    expect(attribute("我的想法是预算先按二十万报。", "李娜", true)).toBe("李娜的想法是预算先按二十万报。");
    expect(attribute("周报我来写，周五前发出。", "李娜", true)).toBe("周报李娜来写，周五前发出。");
    expect(attribute("要不我们先把测试环境关掉？", "李娜", true)).toBe("李娜提议我们先把测试环境关掉。");
  });
  it("minutes '要不要…' as the question raised, not as a proposal", () => {
    expect(attribute("要不要同时上线语音客服，", "陈静", true)).toBe("陈静提出是否同时上线语音客服。");
  });
  it("gives back the view verb that condensing dropped, from the verbatim quote", () => {
    expect(attribute("主要是落地页的问题。", "林晓", true, "我觉得主要是落地页的问题，现在要跳两次。")).toBe("林晓认为主要是落地页的问题。");
    expect(attribute("小红书可以多一点。", "赵磊", true, "嗯，我建议小红书可以多一点")).toBe("赵磊建议小红书可以多一点。");
    // A view reported mid-sentence, or no quote at all: the text stays as it is.
    expect(attribute("主要是落地页的问题。", "林晓", true, "他们说我觉得不对")).toBe("主要是落地页的问题。");
    expect(attribute("主要是落地页的问题。", "林晓", true)).toBe("主要是落地页的问题。");
  });
  it("leaves statements that are not someone's stance", () => {
    expect(attribute("服务器上周扩容了一倍。", "李娜", true)).toBe("服务器上周扩容了一倍。");
    expect(attribute("我们上周已经发了通知。", "李娜", true)).toBe("我们上周已经发了通知。");
  });
  it("names the speaker of an English proposal, opinion or commitment", () => {
    expect(attribute("I suggest we move the launch to May.", "Bob", false)).toBe("Bob suggested that we move the launch to May.");
    expect(attribute("Let's go with option B.", "Bob", false)).toBe("Bob proposed to go with option B.");
    expect(attribute("I'll send the contract by Monday.", "Bob", false)).toBe("Bob will send the contract by Monday.");
    expect(attribute("I agree with the lower price.", "Bob", false)).toBe("Bob agreed with the lower price.");
  });
  it("keeps a modal or a past in the third person, and reports a request with who made it", () => {
    expect(attribute("I'd hire two backend engineers first.", "Sofia", false)).toBe("Sofia would hire two backend engineers first.");
    expect(attribute("I could move the review to Friday.", "Sofia", false)).toBe("Sofia could move the review to Friday.");
    expect(attribute("I'm not convinced we should move at all.", "Raj", false)).toBe("Raj is not convinced we should move at all.");
    expect(attribute("I already talked to facilities about parking.", "Sofia", false)).toBe("Sofia already talked to facilities about parking.");
    expect(attribute("I talked to facilities.", "Sofia", false)).toBe("Sofia talked to facilities.");
    expect(attribute("Sofia, can you post the job descriptions by Tuesday?", "Mei", false)).toBe("Mei asked Sofia to post the job descriptions by Tuesday.");
  });
  it("leaves a request about 'you' and a present tense it would have to inflect", () => {
    expect(attribute("Raj, could you send your notes?", "Mei", false)).toBe("Raj, could you send your notes?");
    expect(attribute("I need the numbers by Friday.", "Mei", false)).toBe("I need the numbers by Friday.");
    expect(attribute("I'd have liked more time.", "Mei", false)).toBe("I'd have liked more time.");
  });
  it("leaves English sentences it cannot reword faithfully", () => {
    expect(attribute("The battery costs four euros.", "Bob", false)).toBe("The battery costs four euros.");
    expect(attribute("I think I can get a discount.", "Bob", false)).toBe("I think I can get a discount.");
  });
});

describe("meeting summaries", () => {
  const meeting = (speakers: [string, string][]): ParsedDoc => ({
    kind: "meeting",
    title: "t",
    lang: "zh",
    speakers: [...new Set(speakers.map((s) => s[0]))],
    format: "txt",
    segments: speakers.map(([speaker, text], index) => ({ index, speaker, text })),
  });
  const turns: [string, string][] = [
    ["王强", "今天主要讨论新办公室的家具采购和搬家的时间安排。"],
    ["李娜", "我建议工位和椅子分开采购，椅子选人体工学的款式。"],
    ["王强", "搬家公司的报价已经收到三家了，最低的是一万二。"],
  ];
  it("name a named speaker's proposal, and the quote stays verbatim", async () => {
    const a = await localEngine.analyze(meeting(turns), []);
    const p = a.summary.find((x) => x.text.includes("工位和椅子分开采购"));
    expect(p?.text).toMatch(/^李娜建议/);
    expect(p?.evidence?.join("")).toContain("我建议工位和椅子分开采购");
  });
  it("never use an anonymous label", async () => {
    const a = await localEngine.analyze(meeting(turns.map(([, t], i) => [`说话人${i + 1}`, t])), []);
    expect(a.summary.some((x) => x.text.includes("说话人"))).toBe(false);
  });
});
