import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { clientAddress } from "@/lib/auth/client-address";
import { peekRateLimit, rateLimit, shareLookupBudget } from "@/lib/auth/rate-limit";
import { loadSharedDocument } from "@/lib/db/shares";
import { env } from "@/lib/env";
import { fmt } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/server";
import { SharedMinutes } from "./_components/shared-minutes";
import { SharedSlides, SharedTodos, SharedTranscript } from "./_components/shared-sections";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.share.title, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** The public, read-only view of one document's minutes. No session: the token is the only key. */
export default async function SharedDocumentPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // Tokens are 256 bits, so guessing is hopeless anyway; this keeps a scanner from even trying at speed.
  const budget = shareLookupBudget(clientAddress(await headers(), env().TRUST_PROXY === "on"));
  if (!peekRateLimit(budget.key, budget.limit).ok) notFound();
  const shared = await loadSharedDocument(token);
  if (!shared) {
    rateLimit(budget.key, budget.limit, budget.windowMs);
    notFound();
  }
  const { m } = await getMessages();
  const { doc, minutes, todos, slides, labels, transcript } = shared;

  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-stone-900">{doc.title}</h1>
        {doc.meetingDate ? <p className="text-sm text-stone-600">{fmt(m.share.meetingDate, { date: doc.meetingDate.toISOString().slice(0, 10) })}</p> : null}
      </header>
      <Card className="p-5">
        {minutes ? <SharedMinutes minutes={minutes} labels={labels} linked={!!transcript} m={m} /> : <p className="text-sm text-stone-600">{m.minutes.notReady}</p>}
      </Card>
      <Card className="p-5">
        <SharedTodos todos={todos} m={m} />
      </Card>
      <Card className="p-5">
        <SharedSlides slides={slides} m={m} />
      </Card>
      {transcript ? (
        <Card className="p-5">
          <SharedTranscript segments={transcript} m={m} />
        </Card>
      ) : null}
    </article>
  );
}
