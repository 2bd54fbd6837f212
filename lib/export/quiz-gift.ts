/**
 * Moodle GIFT (https://docs.moodle.org/en/GIFT_format) for LMS import. Every piece of question,
 * option and feedback text is escaped: ~ = # { } : and the backslash itself get a backslash, and
 * line breaks fold to spaces (a blank line would end the question). A stem with a blank becomes
 * GIFT's "missing word" form, the answer block standing where the blank was.
 */
import { cleanInline } from "@/lib/export/text";
import type { QuizExportInput, QuizExportQuestion } from "@/lib/export/quiz-types";

const GIFT_SPECIAL = /[\\~=#{}:]/g;
const BLANK = /_{2,}/;

export function escapeGift(text: string): string {
  return cleanInline(text).replace(GIFT_SPECIAL, (c) => `\\${c}`);
}

/** Moodle accepts only its own list of grade percentages; these are on it for 1–10 options. */
function percent(n: number): string {
  return String(Number((100 / n).toFixed(5)));
}

function feedback(q: QuizExportQuestion): string {
  const text = cleanInline(q.explanation);
  return text ? ` ####${escapeGift(text)}` : "";
}

function block(q: QuizExportQuestion): string {
  switch (q.type) {
    case "single":
      return `{${q.options.map((o, i) => `${i === q.answer ? "=" : "~"}${escapeGift(o)}`).join(" ")}${feedback(q)}}`;
    case "multiple": {
      const right = Array.isArray(q.answer) ? q.answer : [];
      const wrong = q.options.length - right.length;
      const opt = (o: string, i: number) => (right.includes(i) ? `~%${percent(right.length)}%` : `~%-${percent(Math.max(1, wrong))}%`) + escapeGift(o);
      return `{${q.options.map(opt).join(" ")}${feedback(q)}}`;
    }
    case "truefalse":
      return `{${q.answer === true ? "TRUE" : "FALSE"}${feedback(q)}}`;
    case "fill":
      return `{=${escapeGift(String(q.answer))}${feedback(q)}}`;
  }
}

function question(q: QuizExportQuestion, n: number): string {
  const title = `::Q${n}::`;
  // Underscores are not special in GIFT, so the blank is still there after escaping.
  const stem = escapeGift(q.question);
  const m = q.type === "single" || q.type === "fill" ? BLANK.exec(stem) : null;
  if (m) return `${title} ${stem.slice(0, m.index)}${block(q)}${stem.slice(m.index + m[0].length)}`;
  return `${title} ${stem} ${block(q)}`;
}

export function quizToGift(quiz: QuizExportInput): string {
  const title = cleanInline(quiz.title).replace(/\//g, "-");
  const head = `// ${title}\n$CATEGORY: ${title}\n`;
  return `${head}\n${quiz.questions.map((q, i) => question(q, i + 1)).join("\n\n")}\n`;
}
