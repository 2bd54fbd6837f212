import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { requirePageMember } from "@/lib/auth/page-guards";
import { getQuiz } from "@/lib/db/quizzes";
import { questionToTake } from "@/lib/db/quiz-shares";
import { getMessages } from "@/lib/i18n/server";
import { fmt } from "@/lib/i18n/locales";
import { QuizTaker } from "../../_components/quiz-taker";

export const dynamic = "force-dynamic";

/** A member takes the quiz: questions without their answers; the score and cited lines after submitting. */
export default async function TakeQuizPage({ params }: { params: Promise<{ workspaceId: string; quizId: string }> }) {
  const { workspaceId, quizId } = await params;
  await requirePageMember(workspaceId);
  const { m } = await getMessages();
  const quiz = await getQuiz(workspaceId, quizId);
  if (!quiz) notFound();
  return (
    <div className="space-y-4">
      <nav className="text-sm text-stone-600">
        <Link href={`/w/${workspaceId}/quizzes/${quizId}`} className="hover:underline">
          {quiz.title}
        </Link>
      </nav>
      <h1 className="text-xl font-semibold">{fmt(m.learning.quiz.takeTitle, { title: quiz.title })}</h1>
      <Card className="p-4">
        <QuizTaker questions={quiz.questionList.map(questionToTake)} target={{ workspaceId, quizId }} />
      </Card>
    </div>
  );
}
