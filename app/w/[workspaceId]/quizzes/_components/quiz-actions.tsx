"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { removeQuiz, renameQuizTitle } from "@/lib/actions/quizzes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

/** The quiz's title (renamed in place by members) and its delete button. */
export function QuizTitle({ workspaceId, quizId, title, canEdit, afterDelete }: { workspaceId: string; quizId: string; title: string; canEdit: boolean; afterDelete: string }) {
  const { m } = useI18n();
  const t = m.learning.quiz;
  const router = useRouter();
  const [pending, start] = useTransition();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rename = (f: FormData) =>
    start(async () => {
      const res = await renameQuizTitle({ workspaceId, quizId, title: String(f.get("title") ?? "") });
      if (!res.ok) return setError(res.error.message);
      setEditing(false);
      router.refresh();
    });
  const del = () =>
    confirm(t.confirmDelete) &&
    start(async () => {
      const res = await removeQuiz({ workspaceId, quizId });
      if (!res.ok) return setError(res.error.message);
      router.push(afterDelete);
    });
  return (
    <div className="space-y-2">
      {editing ? (
        <form action={rename} className="flex gap-2">
          <input name="title" defaultValue={title} aria-label={t.title} className="w-full rounded-md border border-stone-300 px-2 py-1.5" />
          <Button type="submit" disabled={pending}>
            {t.save}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setEditing(false)}>
            {t.cancel}
          </Button>
        </form>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-xl font-semibold text-stone-900">{title}</h1>
          {canEdit ? (
            <>
              <Button type="button" variant="ghost" onClick={() => setEditing(true)}>
                {t.rename}
              </Button>
              <Button type="button" variant="ghost" onClick={del} disabled={pending}>
                {t.deleteQuiz}
              </Button>
            </>
          ) : null}
        </div>
      )}
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
