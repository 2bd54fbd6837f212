import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requirePageMember } from "@/lib/auth/page-guards";
import { listDraftTemplates } from "@/lib/db/draft-templates";
import { roleAtLeast } from "@/lib/db/workspaces";
import { getMessages } from "@/lib/i18n/server";
import { DraftTemplateForm, DraftTemplateRow } from "./_components/draft-template-forms";

export const dynamic = "force-dynamic";
export const metadata = { title: "Draft templates" };

/** The workspace's own templates for drafts from meetings: everyone sees them, admins add, edit and delete. */
export default async function DraftTemplatesPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const ctx = await requirePageMember(workspaceId);
  const { m } = await getMessages();
  const t = m.writings.templates;
  const canEdit = roleAtLeast(ctx.role, "admin");
  const templates = await listDraftTemplates(workspaceId);
  return (
    <div className="space-y-6">
      <Link href={`/w/${workspaceId}/writings`} className="text-sm text-brand-700 hover:underline">
        ← {m.writings.editor.back}
      </Link>
      <h1 className="text-xl font-semibold">{t.title}</h1>
      <p className="max-w-3xl text-sm text-stone-600">
        {t.intro} {canEdit ? null : t.readOnly}
      </p>
      <Card>
        {templates.length === 0 ? (
          <p className="px-4 py-6 text-center text-sm text-stone-600">{t.empty}</p>
        ) : (
          <ul className="divide-y divide-stone-100" aria-label={t.title}>
            {templates.map((x) => (
              <DraftTemplateRow key={x.id} workspaceId={workspaceId} template={x} canEdit={canEdit} />
            ))}
          </ul>
        )}
      </Card>
      {canEdit ? (
        <Card className="p-4">
          <h2 className="mb-3 text-base font-semibold">{t.newTitle}</h2>
          <DraftTemplateForm workspaceId={workspaceId} />
        </Card>
      ) : null}
    </div>
  );
}
