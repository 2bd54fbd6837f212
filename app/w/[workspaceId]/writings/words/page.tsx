import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requirePageMember } from "@/lib/auth/page-guards";
import { ACCEPTED_WORDS_MAX, listAcceptedWords } from "@/lib/db/writings";
import { roleAtLeast } from "@/lib/db/workspaces";
import { getMessages } from "@/lib/i18n/server";
import { fmt } from "@/lib/i18n/locales";
import { AddWordForm, RemoveWordButton } from "./_components/accepted-word-forms";

export const dynamic = "force-dynamic";
export const metadata = { title: "Accepted words" };

/** The workspace's accepted spelling words: listed for everyone, added and removed by members and above. */
export default async function AcceptedWordsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const ctx = await requirePageMember(workspaceId);
  const { m } = await getMessages();
  const t = m.writings.words;
  const canEdit = roleAtLeast(ctx.role, "member");
  const words = await listAcceptedWords(workspaceId);
  return (
    <div className="space-y-6">
      <Link href={`/w/${workspaceId}/writings`} className="text-sm text-brand-700 hover:underline">
        ← {m.writings.editor.back}
      </Link>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">{t.title}</h1>
        <span className="text-sm text-stone-600">{fmt(t.count, { n: words.length, max: ACCEPTED_WORDS_MAX })}</span>
      </div>
      <p className="max-w-3xl text-sm text-stone-600">
        {t.intro} {canEdit ? null : t.readOnly}
      </p>
      {canEdit ? (
        <Card className="p-4">
          <AddWordForm workspaceId={workspaceId} />
        </Card>
      ) : null}
      <Card>
        {words.length === 0 ? (
          <p className="px-4 py-6 text-center text-sm text-stone-600">{t.empty}</p>
        ) : (
          <ul className="divide-y divide-stone-100" aria-label={t.title}>
            {words.map((w) => (
              <li key={w} className="flex items-center gap-3 px-4 py-2 text-sm" data-testid="accepted-word">
                <span className="font-medium text-stone-900">{w}</span>
                {canEdit ? (
                  <span className="ml-auto">
                    <RemoveWordButton workspaceId={workspaceId} word={w} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
