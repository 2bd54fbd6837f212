import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { clientAddress } from "@/lib/auth/client-address";
import { peekRateLimit, rateLimit, shareLookupBudget } from "@/lib/auth/rate-limit";
import { loadSharedQuiz } from "@/lib/db/quiz-shares";
import { env } from "@/lib/env";
import { getMessages } from "@/lib/i18n/server";
import { QuizTaker } from "@/app/w/[workspaceId]/quizzes/_components/quiz-taker";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.learning.quiz.sharedTitle, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** A quiz link: anyone holding it takes the quiz signed out under a name; the token is the only key. */
export default async function SharedQuizPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const budget = shareLookupBudget(clientAddress(await headers(), env().TRUST_PROXY === "on"));
  if (!peekRateLimit(budget.key, budget.limit).ok) notFound();
  const quiz = await loadSharedQuiz(token);
  if (!quiz) {
    rateLimit(budget.key, budget.limit, budget.windowMs);
    notFound();
  }
  const { m } = await getMessages();
  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-semibold text-stone-900">{quiz.title}</h1>
      <p className="text-sm text-stone-600">{m.learning.quiz.sharedIntro}</p>
      <Card className="p-5">
        <QuizTaker questions={quiz.questions} target={{ token }} />
      </Card>
    </article>
  );
}
