import { describe, expect, it } from "vitest";
import type { ParsedDoc } from "@/lib/ingest/types";
import type { Question } from "@/lib/engine/quiz-types";
import { checkQuestion, keepGrounded } from "@/lib/engine/quiz-check";

const doc: ParsedDoc = {
  kind: "document",
  title: "t",
  lang: "en",
  speakers: [],
  format: "md",
  segments: [
    { index: 0, text: "The parser reaches 95.2% accuracy on the Penn Treebank. It was trained for 12 hours." },
    { index: 1, text: "Alice leads the data team in Berlin." },
  ],
};

const q = (over: Partial<Question>): Question => ({
  type: "fill",
  question: "The parser reaches ____ accuracy on the Penn Treebank.",
  answer: "95.2%",
  explanation: "",
  citations: [0],
  ...over,
});

describe("quiz grounding checker", () => {
  it("accepts a fill whose answer and filled stem are in the cited line", () => {
    expect(checkQuestion(q({}), doc)).toEqual([]);
  });
  it("rejects a fill answer not in the cited line, or cited elsewhere", () => {
    expect(checkQuestion(q({ answer: "96%" }), doc)).not.toEqual([]);
    expect(checkQuestion(q({ citations: [1] }), doc)).not.toEqual([]);
    expect(checkQuestion(q({ citations: [7] }), doc)).toEqual(["citation out of range"]);
    expect(checkQuestion(q({ citations: [] }), doc)).toEqual(["no citations"]);
  });
  it("matches Latin terms as whole words", () => {
    expect(checkQuestion(q({ question: "It was ____ for 12 hours.", answer: "rain" }), doc)).not.toEqual([]);
  });
  it("single choice: correct option in the line, no wrong option in it", () => {
    const ok = q({ type: "single", question: "____ leads the data team in Berlin.", options: ["Bob", "Alice", "Carol"], answer: 1, citations: [1] });
    expect(checkQuestion(ok, doc)).toEqual([]);
    expect(checkQuestion({ ...ok, options: ["Berlin", "Alice", "Carol"] }, doc).join()).toMatch(/wrong option "Berlin"/);
    expect(checkQuestion({ ...ok, answer: 0 }, doc)).not.toEqual([]);
    expect(checkQuestion({ ...ok, answer: 5 }, doc)).toEqual(["answer is not an option index"]);
    expect(checkQuestion({ ...ok, options: ["Alice", "Alice", "Bob"], answer: 0 }, doc).join()).toMatch(/distinct/);
  });
  it("multiple choice: all correct options in the line, no wrong one", () => {
    const ok = q({ type: "multiple", question: "Select: ____ leads the data team in ____.", options: ["Alice", "Paris", "Berlin", "Bob"], answer: [0, 2], citations: [1] });
    expect(checkQuestion(ok, doc)).toEqual([]);
    expect(checkQuestion({ ...ok, answer: [0] }, doc)).not.toEqual([]);
    expect(checkQuestion({ ...ok, answer: [0, 1] }, doc)).not.toEqual([]);
  });
  it("true/false: a true statement is in its line; a false one is a near copy that is not", () => {
    const t = q({ type: "truefalse", question: "Alice leads the data team in Berlin.", answer: true, citations: [1] });
    expect(checkQuestion(t, doc)).toEqual([]);
    expect(checkQuestion({ ...t, answer: false }, doc)).not.toEqual([]);
    expect(checkQuestion({ ...t, question: "Alice leads the data team in Paris.", answer: false }, doc)).toEqual([]);
    expect(checkQuestion({ ...t, question: "Alice leads the data team in Paris.", answer: true }, doc)).not.toEqual([]);
    // A false statement unrelated to the cited line does not cite its line.
    expect(checkQuestion({ ...t, question: "The moon is made of cheese.", answer: false }, doc).join()).toMatch(/cite its line/);
  });
  it("keepGrounded drops failing questions and duplicate stems", () => {
    const good = q({});
    const { kept, dropped } = keepGrounded([good, { ...good }, q({ answer: "x" })], doc);
    expect(kept).toHaveLength(1);
    expect(dropped.map((d) => d.problems[0])).toEqual(["duplicate stem", "fill-in text not in the cited lines"]);
  });
});
