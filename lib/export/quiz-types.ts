import type { QuestionType } from "@/lib/engine/quiz-types";
import type { ExportLang } from "@/lib/export/types";

export interface QuizExportQuestion {
  type: QuestionType;
  question: string;
  options: string[];
  /** single: option index; multiple: indexes; truefalse: boolean; fill: the missing text. */
  answer: number | number[] | boolean | string;
  explanation: string;
  /** Labels of the cited lines ("Budget.docx #12"). */
  sources: string[];
}

export interface QuizExportInput {
  title: string;
  lang: ExportLang;
  questions: QuizExportQuestion[];
}

/** Fixed words of the quiz exports, per language. */
export function quizLabels(lang: ExportLang) {
  return lang === "zh"
    ? {
        questions: "题目",
        key: "答案",
        name: "姓名：",
        date: "日期：",
        answer: "答案：",
        why: "解析：",
        sources: "出处：",
        true: "对",
        false: "错",
        types: { single: "单选", multiple: "多选", truefalse: "判断", fill: "填空" },
        sep: "、",
        untitled: "测验",
      }
    : {
        questions: "Questions",
        key: "Answer key",
        name: "Name: ",
        date: "Date: ",
        answer: "Answer: ",
        why: "Explanation: ",
        sources: "Sources: ",
        true: "True",
        false: "False",
        types: { single: "Single choice", multiple: "Multiple choice", truefalse: "True or false", fill: "Fill in the blank" },
        sep: ", ",
        untitled: "Quiz",
      };
}

export const letter = (i: number) => String.fromCharCode(65 + i);

/** The correct answer as a reader writes it: letters, true/false, or the missing text. */
export function answerText(q: QuizExportQuestion, l: ReturnType<typeof quizLabels>): string {
  if (q.type === "single" && typeof q.answer === "number") return letter(q.answer);
  if (q.type === "multiple" && Array.isArray(q.answer))
    return [...q.answer]
      .sort((a, b) => a - b)
      .map(letter)
      .join(l.sep);
  if (q.type === "truefalse") return q.answer === true ? l.true : l.false;
  return String(q.answer);
}
