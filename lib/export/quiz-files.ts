/**
 * Quiz downloads besides GIFT: Markdown (the questions, then the answer key) and Word, as a
 * question paper (name and date lines, questions with lettered options and blanks) or an answer
 * key (each answer with its explanation and the lines it rests on).
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { escapeBlock, escapeInline } from "@/lib/export/markdown-escape";
import { DOCUMENT_FONTS, documentLanguage } from "@/lib/export/office-fonts";
import { cleanInline } from "@/lib/export/text";
import { answerText, letter, quizLabels, type QuizExportInput } from "@/lib/export/quiz-types";

const MUTED = "6B7280";

export function quizToMarkdown(quiz: QuizExportInput): string {
  const l = quizLabels(quiz.lang);
  const out = [`# ${escapeBlock(quiz.title) || l.untitled}`, "", `## ${l.questions}`, ""];
  quiz.questions.forEach((q, i) => {
    out.push(`${i + 1}. *${l.types[q.type]}* — ${escapeInline(q.question)}`);
    for (const [j, o] of q.options.entries()) out.push(`   - ${letter(j)}. ${escapeInline(o)}`);
    if (q.type === "truefalse") out.push(`   - ${l.true} / ${l.false}`);
  });
  out.push("", `## ${l.key}`, "");
  quiz.questions.forEach((q, i) => {
    const sources = q.sources.length ? ` (${l.sources}${q.sources.map(escapeInline).join(l.sep)})` : "";
    out.push(`${i + 1}. **${escapeInline(answerText(q, l))}** — ${escapeInline(q.explanation)}${sources}`);
  });
  return `${out.join("\n")}\n`;
}

function para(text: string, opts: { bold?: boolean; color?: string; indent?: boolean } = {}): Paragraph {
  return new Paragraph({ indent: opts.indent ? { left: 480 } : undefined, children: [new TextRun({ text: cleanInline(text), bold: opts.bold, color: opts.color })] });
}

export async function quizToDocx(quiz: QuizExportInput, part: "paper" | "key"): Promise<Uint8Array> {
  const l = quizLabels(quiz.lang);
  const title = cleanInline(quiz.title) || l.untitled;
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(part === "key" ? `${title} — ${l.key}` : title)] })];
  if (part === "paper") {
    children.push(para(`${l.name}________________    ${l.date}____________`));
    quiz.questions.forEach((q, i) => {
      children.push(
        new Paragraph({
          spacing: { before: 240 },
          children: [new TextRun({ text: `${i + 1}. `, bold: true }), new TextRun({ text: `[${l.types[q.type]}] `, color: MUTED }), new TextRun(cleanInline(q.question))],
        }),
      );
      for (const [j, o] of q.options.entries()) children.push(para(`${letter(j)}. ${o}`, { indent: true }));
      if (q.type === "truefalse") children.push(para(`☐ ${l.true}    ☐ ${l.false}`, { indent: true }));
      if (q.type !== "fill") children.push(para(`${l.answer}________`, { indent: true, color: MUTED }));
    });
  } else {
    quiz.questions.forEach((q, i) => {
      children.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: `${i + 1}. `, bold: true }), new TextRun(cleanInline(q.question))] }));
      children.push(para(`${l.answer}${answerText(q, l)}`, { indent: true, bold: true }));
      if (cleanInline(q.explanation)) children.push(para(`${l.why}${q.explanation}`, { indent: true }));
      if (q.sources.length) children.push(para(`${l.sources}${q.sources.join(l.sep)}`, { indent: true, color: MUTED }));
    });
  }
  const doc = new Document({
    creator: "Jiyao",
    title,
    styles: {
      default: {
        document: { run: { font: DOCUMENT_FONTS, language: documentLanguage(quiz.lang), size: 22 } },
        title: { run: { font: DOCUMENT_FONTS, size: 36, bold: true } },
      },
    },
    sections: [{ children }],
  });
  return Packer.pack(doc, "uint8array");
}
