import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { requirePageMember } from "@/lib/auth/page-guards";
import { appOrigin } from "@/lib/auth/app-origin";
import { getQuiz, listAttempts } from "@/lib/db/quizzes";
import { listQuizShares } from "@/lib/db/quiz-shares";
import { lineKey, loadCitedLines } from "@/lib/db/quiz-lines";
import { getDocument } from "@/lib/db/documents";
import { getCollection } from "@/lib/db/collections";
import { roleAtLeast } from "@/lib/db/workspaces";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { fmt } from "@/lib/i18n/locales";
import { QuizEditor } from "../_components/quiz-editor";
import { QuizSharePanel } from "../_components/quiz-share";
import { QuizTitle } from "../_components/quiz-actions";

export const dynamic = "force-dynamic";

/** A stored quiz: its questions (edit, delete, reorder), take it, share it, exports, and who took it. */
export default async function QuizPage({ params }: { params: Promise<{ workspaceId: string; quizId: string }> }) {
  const { workspaceId, quizId } = await params;
  const ctx = await requirePageMember(workspaceId);
  const { m } = await getMessages();
  const t = m.learning.quiz;
  const quiz = await getQuiz(workspaceId, quizId);
  if (!quiz) notFound();
  const canEdit = roleAtLeast(ctx.role, "member");
  const [attempts, links, lines, doc, collection] = await Promise.all([
    listAttempts(workspaceId, quizId),
    canEdit ? listQuizShares(workspaceId, quizId) : Promise.resolve([]),
    loadCitedLines(
      workspaceId,
      quiz.questionList.flatMap((q) => q.citations),
    ),
    quiz.documentId ? getDocument(workspaceId, quiz.documentId) : Promise.resolve(null),
    quiz.collectionId ? getCollection(workspaceId, quiz.collectionId) : Promise.resolve(null),
  ]);
  const back = doc
    ? { href: `/w/${workspaceId}/d/${doc.id}?tab=quiz`, label: fmt(t.back, { title: doc.title }) }
    : { href: `/w/${workspaceId}${collection ? `?collection=${collection.id}` : ""}`, label: collection ? fmt(t.fromCollection, { name: collection.name }) : ctx.workspaceName };
  const exportBase = `/w/${workspaceId}/quizzes/${quizId}/export`;
  const questions = quiz.questionList.map((q) => ({
    id: q.id,
    type: q.type,
    question: q.question,
    options: q.options,
    answer: q.answer,
    explanation: q.explanation,
    verified: q.verified,
    edited: q.editedAt != null,
    lines: q.citations.map((c) => lines.get(lineKey(c))).filter((l) => l !== undefined),
  }));

  return (
    <div className="space-y-4">
      <nav className="text-sm text-stone-600">
        <Link href={back.href} className="hover:underline">
          {back.label}
        </Link>
      </nav>
      <QuizTitle workspaceId={workspaceId} quizId={quizId} title={quiz.title} canEdit={canEdit} afterDelete={back.href} />
      <p className="text-sm text-stone-600">
        {fmt(t.meta, {
          n: quiz.questionList.length,
          engine: quiz.engine === "llm" ? (quiz.model ?? t.engineLlm) : t.engineLocal,
          difficulty: t.difficultyNames[quiz.settings.difficulty],
        })}
      </p>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {quiz.questionList.length ? (
          <Link href={`/w/${workspaceId}/quizzes/${quizId}/take`} className={buttonClass("primary")}>
            {t.take}
          </Link>
        ) : null}
        <span className="ml-auto text-stone-600">{t.exports}:</span>
        <a className={buttonClass("secondary")} href={`${exportBase}/paper.docx`} download>
          {t.exportPaper}
        </a>
        <a className={buttonClass("secondary")} href={`${exportBase}/key.docx`} download>
          {t.exportKey}
        </a>
        <a className={buttonClass("secondary")} href={`${exportBase}/quiz.md`} download>
          {t.exportMd}
        </a>
        <a className={buttonClass("secondary")} href={`${exportBase}/quiz.gift`} download>
          {t.exportGift}
        </a>
      </div>
      <Card className="p-4">
        <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-600">{t.questions}</h2>
        <QuizEditor workspaceId={workspaceId} quizId={quizId} questions={questions} canEdit={canEdit} />
      </Card>
      {canEdit ? (
        <Card className="p-4">
          <QuizSharePanel
            workspaceId={workspaceId}
            quizId={quizId}
            appUrl={await appOrigin()}
            links={links.map((l) => ({ id: l.id, createdAt: l.createdAt.toISOString(), state: l.state }))}
          />
        </Card>
      ) : null}
      <Card className="p-4">
        <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-600">{t.attempts}</h2>
        {attempts.length ? (
          <table className="w-full text-sm" data-testid="quiz-attempts">
            <thead>
              <tr className="text-left text-stone-600">
                <th className="py-1">{t.taker}</th>
                <th>{t.score.split(":")[0].split("：")[0]}</th>
                <th>{t.via}</th>
                <th>{t.when}</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id} className="border-t border-stone-100">
                  <td className="py-1">{a.takerName}</td>
                  <td>
                    {a.score} / {a.total}
                  </td>
                  <td>{a.viaLink ? t.viaLink : t.viaMember}</td>
                  <td>{formatDate(a.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-stone-600">{t.noAttempts}</p>
        )}
      </Card>
    </div>
  );
}
