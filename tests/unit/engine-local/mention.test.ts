import { describe, expect, it } from "vitest";
import { answerLocal } from "@/lib/engine/local";
import { answerMentioned, isMentionQuestion } from "@/lib/engine/local/mention";
import type { ParsedDoc } from "@/lib/ingest/types";
import { nameForms } from "@/lib/text/names";

const forms = nameForms([
  { userId: "me", name: "张伟", aliases: ["伟哥"] },
  { userId: "other", name: "李娜", aliases: [] },
]);
const asker = { userId: "me", forms };

const doc: ParsedDoc = {
  kind: "meeting",
  title: "周会",
  lang: "zh",
  speakers: ["李娜", "张伟"],
  format: "txt",
  segments: [
    { index: 0, speaker: "李娜", text: "大家好，今天过一下发布计划。", startMs: 0 },
    { index: 1, speaker: "李娜", text: "张伟，测试环境下周三前能准备好吗？", startMs: 12_000 },
    { index: 2, speaker: "张伟", text: "可以，我是张伟，我来负责。", startMs: 20_000 },
    { index: 3, speaker: "李娜", text: "预算的事伟哥也跟一下。", startMs: 65_000 },
  ],
};

describe("was I mentioned?", () => {
  it("recognises the question in Chinese and English, not other questions", () => {
    for (const q of [
      "有没有提到我？",
      "刚才有人提到我吗？",
      "有人提到我吗",
      "会上提到我了吗",
      "我被点名了吗",
      "Was I mentioned?",
      "did anyone mention me",
      "Did someone mention my name?",
    ])
      expect(isMentionQuestion(q), q).toBe(true);
    for (const q of ["有没有提到我们的预算？", "What was mentioned about the budget?", "刚刚说了什么", "Who mentioned the budget?"]) expect(isMentionQuestion(q), q).toBe(false);
  });

  it("answers with the lines that name the asker, cited, leaving out what they said themselves", () => {
    const r = answerMentioned(doc, asker);
    expect(r.found).toBe(true);
    expect(r.citations).toEqual([1, 3]);
    expect(r.answer).toContain("有 2 处提到你");
    expect(r.answer).toContain("00:12 李娜：张伟，测试环境下周三前能准备好吗？");
  });

  it("says plainly when nobody mentioned the asker, naming what it looked for", () => {
    const r = answerMentioned(doc, { userId: "other", forms });
    expect(r.found).toBe(false);
    expect(r.citations).toEqual([]);
    expect(r.answer).toContain("没有提到你");
    expect(r.answer).toContain("李娜");
  });

  it("the local engine routes the question there when it knows who asks", () => {
    expect(answerLocal("有没有提到我", doc, { asker }).citations).toEqual([1, 3]);
    expect(answerLocal("was I mentioned?", { ...doc, lang: "en" }, { asker }).answer).toMatch(/^You were mentioned in 2 lines/);
  });
});
