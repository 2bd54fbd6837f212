import { Card } from "@/components/ui/card";
import { requirePageMember } from "@/lib/auth/page-guards";
import { listGlossaryTerms } from "@/lib/db/glossary";
import { roleAtLeast } from "@/lib/db/workspaces";
import { getMessages } from "@/lib/i18n/server";
import { fmt } from "@/lib/i18n/locales";
import { GlossaryAddForm, GlossaryRow } from "./_components/glossary-forms";

export const dynamic = "force-dynamic";
export const metadata = { title: "Glossary" };

export default async function GlossaryPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const ctx = await requirePageMember(workspaceId);
  const { m } = await getMessages();
  const t = m.meetings.glossary;
  const canEdit = roleAtLeast(ctx.role, "member");
  const terms = await listGlossaryTerms(workspaceId);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">{t.title}</h1>
        <span className="text-sm text-stone-600">
          {ctx.workspaceName} · {fmt(t.count, { n: terms.length })}
        </span>
      </div>
      <p className="max-w-3xl text-sm text-stone-600">
        {t.intro} {canEdit ? null : t.readOnly}
      </p>
      {canEdit ? (
        <Card className="p-4">
          <GlossaryAddForm workspaceId={workspaceId} />
        </Card>
      ) : null}
      <Card>
        {terms.length === 0 ? (
          <p className="px-4 py-6 text-center text-sm text-stone-600">{t.empty}</p>
        ) : (
          <ul className="divide-y divide-stone-100" aria-label={t.title}>
            {terms.map((x) => (
              <GlossaryRow key={x.id} workspaceId={workspaceId} id={x.id} term={x.term} variants={x.variants} canEdit={canEdit} />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
