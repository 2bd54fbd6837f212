import "server-only";
import { getQuiz } from "@/lib/db/quizzes";
import { lineKey, loadCitedLines } from "@/lib/db/quiz-lines";
import { quizToDocx, quizToMarkdown } from "@/lib/export/quiz-files";
import { quizToGift } from "@/lib/export/quiz-gift";
import type { QuizExportInput } from "@/lib/export/quiz-types";
import { detectLang } from "@/lib/text/lang";
import { contentDisposition, fileName } from "./export-files";

/** The quiz downloads: question paper and answer key (.docx), Markdown, Moodle GIFT. */
export const QUIZ_EXPORTS = {
  "paper.docx": { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", suffix: ".paper.docx", write: (q: QuizExportInput) => quizToDocx(q, "paper") },
  "key.docx": { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", suffix: ".key.docx", write: (q: QuizExportInput) => quizToDocx(q, "key") },
  "quiz.md": { type: "text/markdown; charset=utf-8", suffix: ".quiz.md", write: quizToMarkdown },
  "quiz.gift": { type: "text/plain; charset=utf-8", suffix: ".gift.txt", write: quizToGift },
} as const;
export type QuizExportName = keyof typeof QUIZ_EXPORTS;

export async function loadQuizExport(workspaceId: string, quizId: string): Promise<QuizExportInput | null> {
  const quiz = await getQuiz(workspaceId, quizId);
  if (!quiz) return null;
  const lines = await loadCitedLines(
    workspaceId,
    quiz.questionList.flatMap((q) => q.citations),
  );
  const lang = detectLang(quiz.questionList.map((q) => q.question).join("\n") || quiz.title);
  return {
    title: quiz.title,
    lang: lang === "zh" ? "zh" : lang === "mixed" ? "mixed" : "en",
    questions: quiz.questionList.map((q) => ({
      type: q.type,
      question: q.question,
      options: q.options,
      answer: q.answer,
      explanation: q.explanation,
      sources: q.citations.flatMap((c) => {
        const l = lines.get(lineKey(c));
        return l ? [`${l.title} ${l.label}`] : [];
      }),
    })),
  };
}

export async function quizExportResponse(name: QuizExportName, workspaceId: string, quizId: string): Promise<Response | null> {
  const input = await loadQuizExport(workspaceId, quizId);
  if (!input) return null;
  const f = QUIZ_EXPORTS[name];
  const body = await f.write(input);
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": f.type,
      "Content-Disposition": contentDisposition(fileName(input.title, f.suffix)),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
