"use client";
import { useId, useState, useTransition } from "react";
import { submitAttempt, submitSharedAttempt } from "@/lib/actions/quizzes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";
import { CitedLines } from "./quiz-editor";

export interface TakeQuestion {
  id: string;
  type: "single" | "multiple" | "truefalse" | "fill";
  question: string;
  options: string[];
}
type Resp = number | number[] | boolean | string | null;
interface Feedback {
  questionId: string;
  correct: boolean;
  response: Resp;
  answer: number | number[] | boolean | string;
  explanation: string;
  lines: Array<{ documentId?: string; segment?: number; title: string; label: string; text: string }>;
}

/**
 * Taking a quiz: a member in the app (their name is their account's), or a visitor of a quiz link
 * (who types a name). After submitting: the score, and per question right or wrong, the correct
 * answer, the explanation and the cited lines.
 */
export function QuizTaker({ questions, target }: { questions: TakeQuestion[]; target: { workspaceId: string; quizId: string } | { token: string } }) {
  const { m } = useI18n();
  const t = m.learning.quiz;
  const ids = useId();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ score: number; total: number; feedback: Feedback[] } | null>(null);
  const [round, setRound] = useState(0);

  const submit = (f: FormData) => {
    const responses = questions.map((q) => {
      const key = `q-${q.id}`;
      const raw = f.getAll(key).map(String);
      const response: Resp =
        q.type === "multiple"
          ? raw.map(Number)
          : q.type === "single"
            ? raw[0] != null
              ? Number(raw[0])
              : null
            : q.type === "truefalse"
              ? raw[0] != null
                ? raw[0] === "true"
                : null
              : (raw[0] ?? "").trim() || null;
      return { questionId: q.id, response };
    });
    setError(null);
    start(async () => {
      const res =
        "token" in target
          ? await submitSharedAttempt({ token: target.token, takerName: String(f.get("takerName") ?? ""), responses })
          : await submitAttempt({ ...target, responses });
      if (!res.ok) return setError(res.error.message);
      setResult(res.data);
    });
  };

  const shown = (q: TakeQuestion, r: Resp | number | number[] | boolean | string): string => {
    if (r === null || (Array.isArray(r) && !r.length) || r === "") return t.noAnswer;
    if (q.type === "truefalse") return r ? t.trueLabel : t.falseLabel;
    if (q.type === "single" && typeof r === "number") return `${String.fromCharCode(65 + r)}. ${q.options[r] ?? ""}`;
    if (q.type === "multiple" && Array.isArray(r)) return r.map((i) => `${String.fromCharCode(65 + i)}. ${q.options[i] ?? ""}`).join("; ");
    return String(r);
  };

  if (result) {
    const byId = new Map(result.feedback.map((f) => [f.questionId, f]));
    return (
      <div className="space-y-4" data-testid="quiz-result">
        <p className="text-lg font-semibold text-stone-900" role="status">
          {fmt(t.score, { score: result.score, total: result.total })}
        </p>
        <ol className="space-y-3">
          {questions.map((q, i) => {
            const f = byId.get(q.id);
            if (!f) return null;
            return (
              <li key={q.id} className={`rounded-md border p-3 text-sm ${f.correct ? "border-emerald-200 bg-emerald-50" : "border-red-200 bg-red-50"}`} data-correct={f.correct}>
                <p className="font-medium text-stone-900">
                  {i + 1}. {q.question} <span className={f.correct ? "text-emerald-800" : "text-red-800"}>{f.correct ? `✓ ${t.right}` : `✗ ${t.wrong}`}</span>
                </p>
                <p className="mt-1 text-stone-700">{fmt(t.yourAnswer, { answer: shown(q, f.response) })}</p>
                {!f.correct ? <p className="text-stone-900">{fmt(t.rightAnswer, { answer: shown(q, f.answer) })}</p> : null}
                {f.explanation ? <p className="mt-1 text-stone-600">{f.explanation}</p> : null}
                <CitedLines lines={f.lines} workspaceId={"workspaceId" in target ? target.workspaceId : undefined} label={t.cited} />
              </li>
            );
          })}
        </ol>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setResult(null);
            setRound((r) => r + 1);
          }}
        >
          {t.again}
        </Button>
      </div>
    );
  }

  return (
    <form key={round} action={submit} className="space-y-4" data-testid="quiz-take">
      {"token" in target ? (
        <label className="block max-w-sm text-sm font-medium text-stone-800">
          {t.yourName}
          <Input name="takerName" required maxLength={100} autoComplete="name" />
        </label>
      ) : null}
      <ol className="space-y-4">
        {questions.map((q, i) => (
          <li key={q.id} className="text-sm">
            <fieldset className="space-y-1.5">
              <legend className="font-medium text-stone-900">
                {i + 1}. {q.question}
                <span className="ml-2 text-xs font-normal text-stone-600">{t.typeNames[q.type]}</span>
              </legend>
              {q.type === "single" || q.type === "multiple"
                ? q.options.map((o, j) => (
                    <label key={j} className="flex items-center gap-2">
                      <input type={q.type === "single" ? "radio" : "checkbox"} name={`q-${q.id}`} value={j} className="h-4 w-4 accent-brand-600" />
                      {String.fromCharCode(65 + j)}. {o}
                    </label>
                  ))
                : null}
              {q.type === "truefalse"
                ? [true, false].map((v) => (
                    <label key={String(v)} className="flex items-center gap-2">
                      <input type="radio" name={`q-${q.id}`} value={String(v)} className="h-4 w-4 accent-brand-600" />
                      {v ? t.trueLabel : t.falseLabel}
                    </label>
                  ))
                : null}
              {q.type === "fill" ? <Input name={`q-${q.id}`} id={`${ids}-${q.id}`} placeholder={t.fillPlaceholder} className="max-w-sm" /> : null}
            </fieldset>
          </li>
        ))}
      </ol>
      {error ? <Alert>{error}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? t.submitting : t.submit}
      </Button>
    </form>
  );
}
