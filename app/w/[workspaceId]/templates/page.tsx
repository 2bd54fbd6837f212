import { Card } from "@/components/ui/card";
import { requirePageMember } from "@/lib/auth/page-guards";
import { listCustomTemplates } from "@/lib/db/meeting-templates";
import { roleAtLeast } from "@/lib/db/workspaces";
import { BUILTIN_TEMPLATES } from "@/lib/engine/templates";
import { getMessages } from "@/lib/i18n/server";
import { TemplateForm, TemplateRow } from "./_components/template-forms";

export const dynamic = "force-dynamic";
export const metadata = { title: "Templates" };

export default async function TemplatesPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const ctx = await requirePageMember(workspaceId);
  const { m, locale } = await getMessages();
  const t = m.meetings.templates;
  const canManage = roleAtLeast(ctx.role, "admin");
  const custom = await listCustomTemplates(workspaceId);
  const zh = locale === "zh";
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">{t.title}</h1>
      <p className="max-w-3xl text-sm text-stone-600">{t.intro}</p>
      <section className="space-y-3" aria-labelledby="builtin-heading">
        <h2 id="builtin-heading" className="text-base font-semibold">
          {t.builtin}
        </h2>
        <Card>
          <ul className="divide-y divide-stone-100">
            {Object.values(BUILTIN_TEMPLATES).map((bt) => (
              <li key={bt.id} className="px-4 py-2.5 text-sm">
                <span className="font-medium text-stone-900">{zh ? bt.name.zh : bt.name.en}</span>
                <span className="ml-2 text-stone-600">{bt.sections.map((s) => (zh ? s.title.zh : s.title.en)).join(" · ")}</span>
              </li>
            ))}
          </ul>
        </Card>
      </section>
      <section className="space-y-3" aria-labelledby="custom-heading">
        <h2 id="custom-heading" className="text-base font-semibold">
          {t.custom}
        </h2>
        {canManage ? null : <p className="text-sm text-stone-600">{t.adminOnly}</p>}
        <Card>
          {custom.length === 0 ? (
            <p className="px-4 py-6 text-center text-sm text-stone-600">{t.none}</p>
          ) : (
            <ul className="divide-y divide-stone-100" aria-label={t.custom}>
              {custom.map((c) => (
                <TemplateRow key={c.id} workspaceId={workspaceId} template={c} canManage={canManage} />
              ))}
            </ul>
          )}
        </Card>
        {canManage ? (
          <Card className="p-4">
            <TemplateForm workspaceId={workspaceId} />
          </Card>
        ) : null}
      </section>
    </div>
  );
}
