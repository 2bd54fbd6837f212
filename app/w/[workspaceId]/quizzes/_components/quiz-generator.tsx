"use client";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { createQuiz } from "@/lib/actions/quizzes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

const TYPES = ["single", "multiple", "truefalse", "fill"] as const;
const LEVELS = ["easy", "medium", "hard"] as const;

/** 一键出题: count, types, difficulty (and the engine when a model is configured); opens the new quiz. */
export function QuizGenerator({ workspaceId, documentId, collectionId, llm }: { workspaceId: string; documentId?: string; collectionId?: string; llm: boolean }) {
  const { m } = useI18n();
  const t = m.learning.quiz;
  const ids = useId();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function submit(form: FormData) {
    setError(null);
    start(async () => {
      const res = await createQuiz({
        workspaceId,
        documentId,
        collectionId,
        count: form.get("count"),
        types: form.getAll("types"),
        difficulty: form.get("difficulty"),
        engine: form.get("engine") ?? "auto",
      });
      if (!res.ok) return setError(res.error.message);
      router.push(`/w/${workspaceId}/quizzes/${res.data.id}`);
    });
  }

  return (
    <form action={submit} aria-labelledby={`${ids}-h`} className="space-y-3 rounded-md border border-stone-200 p-4" data-testid="quiz-generator">
      <h3 id={`${ids}-h`} className="text-sm font-semibold text-stone-900">
        {t.generateTitle}
      </h3>
      <p className="text-xs text-stone-600">{t.generateIntro}</p>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="flex flex-col gap-1">
          {t.count}
          <input name="count" type="number" min={1} max={50} defaultValue={10} className="w-20 rounded-md border border-stone-300 px-2 py-1.5" />
        </label>
        <label className="flex flex-col gap-1">
          {t.difficulty}
          <select name="difficulty" defaultValue="medium" className="rounded-md border border-stone-300 bg-white px-2 py-1.5">
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t.difficultyNames[l]}
              </option>
            ))}
          </select>
        </label>
        {llm ? (
          <label className="flex flex-col gap-1">
            {t.engine}
            <select name="engine" defaultValue="auto" className="rounded-md border border-stone-300 bg-white px-2 py-1.5">
              <option value="auto">{t.engineAuto}</option>
              <option value="local">{t.engineLocal}</option>
              <option value="llm">{t.engineLlm}</option>
            </select>
          </label>
        ) : null}
      </div>
      <fieldset className="flex flex-wrap gap-3 text-sm">
        <legend className="mb-1 text-sm">{t.types}</legend>
        {TYPES.map((ty) => (
          <label key={ty} className="flex items-center gap-1.5">
            <input type="checkbox" name="types" value={ty} defaultChecked className="h-4 w-4 accent-brand-600" />
            {t.typeNames[ty]}
          </label>
        ))}
      </fieldset>
      {error ? <Alert>{error}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? t.generating : t.generate}
      </Button>
    </form>
  );
}
