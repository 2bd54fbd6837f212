import { describe, expect, it } from "vitest";
import { escapeGift, quizToGift } from "@/lib/export/quiz-gift";
import { quizToDocx, quizToMarkdown } from "@/lib/export/quiz-files";
import { isCorrect } from "@/lib/engine/quiz-score";
import type { QuizExportInput } from "@/lib/export/quiz-types";
import { elementTexts, malformedParts, unzipText } from "@/tests/support/ooxml";

const quiz: QuizExportInput = {
  title: "Onboarding: week 1",
  lang: "en",
  questions: [
    {
      type: "single",
      question: "Report a lost badge in ____ within 24 hours.",
      options: ["Building C", "Building A {east}", "x = y", "#3 ~ lobby"],
      answer: 0,
      explanation: "Security: see the handbook.",
      sources: ["Handbook p.1"],
    },
    { type: "multiple", question: "Which tools hold code or designs?", options: ["GitLab", "Figma", "Navan"], answer: [0, 1], explanation: "", sources: [] },
    { type: "truefalse", question: "Meals are paid up to 60 euros: per day.", answer: false, options: [], explanation: "False. It says 60 euros per day.", sources: [] },
    { type: "fill", question: "Code lives in ____ and reviews need two approvals.", answer: "GitLab", options: [], explanation: "", sources: [] },
  ],
};

describe("Moodle GIFT", () => {
  it("escapes every character GIFT gives a meaning, and the backslash", () => {
    expect(escapeGift("a~b=c#d{e}f:g\\h")).toBe("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h");
    expect(escapeGift("two\nlines")).toBe("two lines");
  });

  it("writes each question type in GIFT's syntax", () => {
    const gift = quizToGift(quiz);
    const blocks = gift.trim().split(/\n\n/);
    expect(blocks[0]).toBe("// Onboarding: week 1\n$CATEGORY: Onboarding: week 1");
    // A blank becomes the missing-word form: the answers stand where the blank was.
    expect(blocks[1]).toBe("::Q1:: Report a lost badge in {=Building C ~Building A \\{east\\} ~x \\= y ~\\#3 \\~ lobby ####Security\\: see the handbook.} within 24 hours.");
    expect(blocks[2]).toBe("::Q2:: Which tools hold code or designs? {~%50%GitLab ~%50%Figma ~%-100%Navan}");
    expect(blocks[3]).toBe("::Q3:: Meals are paid up to 60 euros\\: per day. {FALSE ####False. It says 60 euros per day.}");
    expect(blocks[4]).toBe("::Q4:: Code lives in {=GitLab} and reviews need two approvals.");
  });

  it("no unescaped special character is left in question or option text", () => {
    const gift = quizToGift({ ...quiz, questions: [{ ...quiz.questions[1], question: "{x}=~#:", options: ["a{", "b}", "c="], answer: [0] }] });
    const q = gift.split("\n\n")[1];
    const stem = q.slice(q.indexOf(":: ") + 3, q.lastIndexOf(" {~"));
    expect(stem).toBe("\\{x\\}\\=\\~\\#\\:");
    expect(q).toContain("~%100%a\\{ ~%-50%b\\} ~%-50%c\\=");
  });
});

describe("Markdown and Word", () => {
  it("Markdown lists the questions, then the answer key with sources", () => {
    const md = quizToMarkdown(quiz);
    expect(md).toContain("## Questions");
    expect(md).toContain("   - A. Building C");
    const key = md.slice(md.indexOf("## Answer key"));
    expect(key).toContain("1. **A** — Security: see the handbook. (Sources: Handbook p.1)");
    expect(key).toContain("2. **A, B**");
    expect(key).toContain("3. **False**");
    expect(key).toContain("4. **GitLab**");
  });

  it("the question paper has no answers; the answer key has them", async () => {
    const paper = unzipText(await quizToDocx(quiz, "paper"));
    const key = unzipText(await quizToDocx(quiz, "key"));
    expect(malformedParts(paper)).toEqual([]);
    const paperText = elementTexts(paper["word/document.xml"], "w:p", "w:t").join("\n");
    const keyText = elementTexts(key["word/document.xml"], "w:p", "w:t").join("\n");
    expect(paperText).toContain("Report a lost badge in ____ within 24 hours.");
    expect(paperText).toContain("D. #3 ~ lobby");
    expect(paperText).not.toContain("Explanation");
    expect(keyText).toContain("Answer: A");
    expect(keyText).toContain("Answer: A, B");
    expect(keyText).toContain("Explanation: Security: see the handbook.");
    expect(keyText).toContain("Sources: Handbook p.1");
  });
});

describe("scoring", () => {
  it("a multiple-choice answer needs exactly the right set; fill-in ignores case, width and edge punctuation", () => {
    const multiple = { type: "multiple" as const, options: ["a", "b", "c"], answer: [0, 2] };
    expect(isCorrect(multiple, [2, 0])).toBe(true);
    expect(isCorrect(multiple, [0])).toBe(false);
    expect(isCorrect(multiple, [0, 1, 2])).toBe(false);
    const fill = { type: "fill" as const, options: [], answer: "GitLab" };
    expect(isCorrect(fill, " ｇｉｔｌａｂ。")).toBe(true);
    expect(isCorrect(fill, "Git")).toBe(false);
    expect(isCorrect(fill, "")).toBe(false);
    expect(isCorrect({ type: "single", options: ["a", "b"], answer: 1 }, 1)).toBe(true);
    expect(isCorrect({ type: "truefalse", options: [], answer: false }, true)).toBe(false);
    expect(isCorrect({ type: "truefalse", options: [], answer: false }, null)).toBe(false);
  });
});
