import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localQuiz } from "@/lib/engine/local/quiz";
import { checkQuestion, normText } from "@/lib/engine/quiz-check";
import { QuizSchema, type Quiz } from "@/lib/engine/quiz-types";
import { loadCase, renderCase } from "@/lib/eval/cases";
import { parseDocument } from "@/lib/ingest";
import type { ParsedDoc } from "@/lib/ingest/types";

const parse = (text: string, fileName: string) => parseDocument({ bytes: new TextEncoder().encode(text), fileName });

function expectGrounded(quiz: Quiz, doc: ParsedDoc) {
  expect(QuizSchema.safeParse(quiz).success).toBe(true);
  for (const q of quiz.questions) expect(checkQuestion(q, doc), JSON.stringify(q)).toEqual([]);
  const stems = quiz.questions.map((q) => normText(q.question));
  expect(new Set(stems).size).toBe(stems.length);
}

const EN = `# Battery report

## Results

The new cell stores 320 watt hours per kilogram at room temperature. Maria Lopez tested the prototype in Madrid during March.
The cathode uses a nickel manganese blend that lowers the cost of each module. After 800 charge cycles the capacity stayed above 90% of the original value.

## Discussion

The cooling plate keeps the pack below 45 degrees during fast charging. Kenji Sato proposed a thinner separator to raise energy density further.
The team in Toronto plans a larger pilot line with 12 production robots next year. A solid electrolyte is not yet part of the design because suppliers are limited.
`;

const ZH = `# 电池项目周报

## 测试结果

新电芯在室温下的能量密度达到每公斤320瓦时，测试由王磊在深圳实验室完成。
经过800次充放电循环以后，容量仍然保持在原始容量的90%以上。
正极材料采用镍锰混合配方，可以明显降低每个模组的成本。

## 下一步计划

冷却板能够让电池包在快充时保持在45度以下，这是本次设计的关键改进。
李娜建议采用更薄的隔膜来进一步提高能量密度，下个月在杭州工厂试产。
`;

describe("local quiz", () => {
  it("English: every question grounded, of several types, no duplicate stems", async () => {
    const doc = await parse(EN, "battery.md");
    const quiz = localQuiz(doc, { count: 8 });
    expect(quiz.questions.length).toBeGreaterThanOrEqual(5);
    expectGrounded(quiz, doc);
    expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
  });
  it("Chinese: every question grounded", async () => {
    const doc = await parse(ZH, "battery-zh.md");
    const quiz = localQuiz(doc, { count: 6 });
    expect(quiz.questions.length).toBeGreaterThanOrEqual(4);
    expectGrounded(quiz, doc);
    for (const q of quiz.questions) if (q.type !== "truefalse") expect(q.explanation).toMatch(/^原文/);
  });
  it("respects --count and returns nothing for an empty-ish file", async () => {
    const doc = await parse(EN, "battery.md");
    expect(localQuiz(doc, { count: 2 }).questions.length).toBe(2);
    expect(localQuiz(await parse("hi", "x.txt")).questions).toEqual([]);
  });
  it("a false statement changes the line it cites and its explanation quotes that line", async () => {
    const doc = await parse(EN, "battery.md");
    const falses = localQuiz(doc, { count: 10 }).questions.filter((q) => q.type === "truefalse" && q.answer === false);
    for (const q of falses) expect(doc.segments[q.citations[0]].text).toContain(q.explanation.replace(/^False\. The text says: "|"$/g, ""));
  });
});

const CORPUS = [process.env.JIYAO_CORPUS, path.resolve(process.cwd(), "../shared/corpus"), "/work/shared/corpus"].find((d) => d && existsSync(d));
const CASES = ["sciduet/1013.json", "sciduet/1053.json", "vcsum/102.json", "office/zh02-vendor-quotes.json", "office/en02-vendor-negotiation.json"];

describe("local quiz on corpus cases", () => {
  it("the corpus is present", () => {
    expect(CORPUS, "development corpus not found: set JIYAO_CORPUS or place it at ../shared/corpus").toBeTruthy();
  });
  for (const rel of CASES) {
    it(`${rel}: ≥ 10 grounded questions, no duplicate stems`, async () => {
      const file = path.join(CORPUS ?? "/missing", rel);
      expect(existsSync(file), `missing corpus case ${file}`).toBe(true);
      const r = renderCase(loadCase(file));
      const doc = await parse(r.text, r.fileName);
      const quiz = localQuiz(doc, { count: 12 });
      expect(quiz.questions.length).toBeGreaterThanOrEqual(10);
      expectGrounded(quiz, doc);
    }, 30_000);
  }
});
