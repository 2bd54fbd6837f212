import Link from "next/link";
import type { QuizSummary } from "@/lib/db/quizzes";
import { formatDate } from "@/lib/format";
import { fmt } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/server";

export function QuizList({ workspaceId, quizzes, m }: { workspaceId: string; quizzes: QuizSummary[]; m: Messages }) {
  const t = m.learning.quiz;
  return (
    <section className="space-y-2">
      <h3 className="text-sm font-semibold text-stone-900">{t.list}</h3>
      {quizzes.length ? (
        <ul className="divide-y divide-stone-100 rounded-md border border-stone-200" data-testid="quiz-list">
          {quizzes.map((q) => (
            <li key={q.id} className="px-3 py-2 text-sm">
              <Link href={`/w/${workspaceId}/quizzes/${q.id}`} className="font-medium text-brand-700 hover:underline">
                {q.title}
              </Link>
              <div className="text-xs text-stone-600">{fmt(t.summary, { n: q.questions, a: q.attempts, date: formatDate(q.createdAt) })}</div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-600">{t.none}</p>
      )}
    </section>
  );
}
