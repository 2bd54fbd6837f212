"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteQuestion, reorderQuestions, updateQuestion } from "@/lib/actions/quizzes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

export interface EditorQuestion {
  id: string;
  type: "single" | "multiple" | "truefalse" | "fill";
  question: string;
  options: string[];
  answer: number | number[] | boolean | string;
  explanation: string;
  verified: boolean;
  edited: boolean;
  lines: Array<{ documentId: string; segment: number; label: string; title: string; text: string }>;
}

/** The quiz's questions with their answers and cited lines: edit, delete and reorder (members). */
export function QuizEditor({ workspaceId, quizId, questions, canEdit }: { workspaceId: string; quizId: string; questions: EditorQuestion[]; canEdit: boolean }) {
  const { m } = useI18n();
  const t = m.learning.quiz;
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const run = (fn: () => Promise<{ ok: boolean; error?: { message: string } }>, after?: () => void) => {
    setError(null);
    start(async () => {
      const res = await fn();
      if (!res.ok) return setError(res.error?.message ?? "");
      after?.();
      router.refresh();
    });
  };
  const move = (i: number, d: -1 | 1) => {
    const order = questions.map((q) => q.id);
    [order[i], order[i + d]] = [order[i + d], order[i]];
    run(() => reorderQuestions({ workspaceId, quizId, order }));
  };

  if (!questions.length) return <p className="text-sm text-stone-600">{t.empty}</p>;
  return (
    <div className="space-y-3">
      {error ? <Alert>{error}</Alert> : null}
      <ol className="space-y-3" data-testid="quiz-questions">
        {questions.map((q, i) => (
          <li key={q.id} className="rounded-md border border-stone-200 p-3 text-sm" data-question={q.id}>
            {editing === q.id ? (
              <EditForm
                q={q}
                pending={pending}
                onCancel={() => setEditing(null)}
                onSave={(input) =>
                  run(
                    () => updateQuestion({ workspaceId, quizId, questionId: q.id, ...input }),
                    () => setEditing(null),
                  )
                }
              />
            ) : (
              <>
                <div className="flex flex-wrap items-start gap-2">
                  <span className="font-mono text-xs text-stone-500">{i + 1}.</span>
                  <span className="rounded bg-stone-100 px-1.5 py-0.5 text-[11px] text-stone-700">{t.typeNames[q.type]}</span>
                  <p className="min-w-0 flex-1 font-medium text-stone-900">{q.question}</p>
                  {!q.verified ? (
                    <span title={t.unverifiedHint} className="rounded bg-amber-100 px-1.5 py-0.5 text-[11px] font-medium text-amber-900">
                      {t.unverified}
                    </span>
                  ) : null}
                  {q.edited ? <span className="text-[11px] text-stone-500">{t.edited}</span> : null}
                </div>
                {q.options.length ? (
                  <ul className="ml-6 mt-1 space-y-0.5">
                    {q.options.map((o, j) => {
                      const right = Array.isArray(q.answer) ? q.answer.includes(j) : q.answer === j;
                      return (
                        <li key={j} className={right ? "font-medium text-emerald-800" : "text-stone-700"}>
                          {String.fromCharCode(65 + j)}. {o} {right ? `✓ ${t.correct}` : ""}
                        </li>
                      );
                    })}
                  </ul>
                ) : (
                  <p className="ml-6 mt-1 text-emerald-800">
                    {t.answer}: {q.type === "truefalse" ? (q.answer ? t.trueLabel : t.falseLabel) : String(q.answer)}
                  </p>
                )}
                {q.explanation ? <p className="ml-6 mt-1 text-stone-600">{q.explanation}</p> : null}
                <CitedLines lines={q.lines} workspaceId={workspaceId} label={t.cited} />
                {canEdit ? (
                  <div className="ml-6 mt-2 flex flex-wrap gap-2">
                    <Button variant="secondary" type="button" onClick={() => setEditing(q.id)} disabled={pending}>
                      {t.edit}
                    </Button>
                    <Button variant="secondary" type="button" onClick={() => move(i, -1)} disabled={pending || i === 0} aria-label={`${t.moveUp} ${i + 1}`}>
                      ↑
                    </Button>
                    <Button variant="secondary" type="button" onClick={() => move(i, 1)} disabled={pending || i === questions.length - 1} aria-label={`${t.moveDown} ${i + 1}`}>
                      ↓
                    </Button>
                    <Button
                      variant="ghost"
                      type="button"
                      disabled={pending}
                      onClick={() => confirm(t.confirmRemove) && run(() => deleteQuestion({ workspaceId, quizId, questionId: q.id }))}
                    >
                      {t.remove}
                    </Button>
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Cited lines, each linking to its line on the document page (members) or quoted (link visitors). */
export function CitedLines({
  lines,
  workspaceId,
  label,
}: {
  lines: Array<{ documentId?: string; segment?: number; label: string; title: string; text: string }>;
  workspaceId?: string;
  label: string;
}) {
  if (!lines.length) return null;
  return (
    <figure className="ml-6 mt-1 space-y-1" aria-label={label}>
      {lines.map((l, k) => (
        <blockquote key={k} className="border-l-2 border-brand-200 pl-2 text-xs text-stone-700" data-cited-line>
          {workspaceId && l.documentId != null ? (
            <Link href={`/w/${workspaceId}/d/${l.documentId}#seg-${l.segment}`} className="mr-1 font-mono text-brand-700 hover:underline">
              {l.title} · {l.label}
            </Link>
          ) : (
            <span className="mr-1 font-mono text-stone-500">
              {l.title} · {l.label}
            </span>
          )}
          {l.text}
        </blockquote>
      ))}
    </figure>
  );
}

type EditInput = { question: string; options: string[]; answer: number | number[] | boolean | string; explanation: string };

function EditForm({ q, pending, onSave, onCancel }: { q: EditorQuestion; pending: boolean; onSave: (i: EditInput) => void; onCancel: () => void }) {
  const { m } = useI18n();
  const t = m.learning.quiz;
  const save = (f: FormData) => {
    const options = q.options.map((_, j) => String(f.get(`option-${j}`) ?? ""));
    const answer =
      q.type === "single"
        ? Number(f.get("correct"))
        : q.type === "multiple"
          ? f.getAll("correct").map(Number)
          : q.type === "truefalse"
            ? f.get("correct") === "true"
            : String(f.get("fill") ?? "");
    onSave({ question: String(f.get("question") ?? ""), options, answer, explanation: String(f.get("explanation") ?? "") });
  };
  const field = "w-full rounded-md border border-stone-300 px-2 py-1.5";
  return (
    <form action={save} className="space-y-2">
      <label className="block">
        {t.question}
        <textarea name="question" defaultValue={q.question} rows={2} className={field} />
      </label>
      {q.options.map((o, j) => (
        <div key={j} className="flex items-center gap-2">
          <input
            type={q.type === "multiple" ? "checkbox" : "radio"}
            name="correct"
            value={j}
            defaultChecked={Array.isArray(q.answer) ? q.answer.includes(j) : q.answer === j}
            aria-label={`${t.correct} ${j + 1}`}
            className="h-4 w-4 accent-brand-600"
          />
          <input name={`option-${j}`} defaultValue={o} aria-label={t.option.replace("{n}", String(j + 1))} className={field} />
        </div>
      ))}
      {q.type === "truefalse" ? (
        <div className="flex gap-4">
          {[true, false].map((v) => (
            <label key={String(v)} className="flex items-center gap-1.5">
              <input type="radio" name="correct" value={String(v)} defaultChecked={q.answer === v} className="h-4 w-4 accent-brand-600" />
              {v ? t.trueLabel : t.falseLabel}
            </label>
          ))}
        </div>
      ) : null}
      {q.type === "fill" ? (
        <label className="block">
          {t.answer}
          <input name="fill" defaultValue={String(q.answer)} className={field} />
        </label>
      ) : null}
      <label className="block">
        {t.explanation}
        <textarea name="explanation" defaultValue={q.explanation} rows={2} className={field} />
      </label>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {t.save}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
