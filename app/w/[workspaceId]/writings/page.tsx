import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requirePageMember } from "@/lib/auth/page-guards";
import { listCollections } from "@/lib/db/collections";
import { listDocuments } from "@/lib/db/documents";
import { listDraftTemplates } from "@/lib/db/draft-templates";
import { modelConfigured } from "@/lib/db/workspace-settings";
import { listWritings } from "@/lib/db/writings";
import { roleAtLeast } from "@/lib/db/workspaces";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { TopicDeckForm } from "./_components/topic-deck-form";
import { DeleteWritingButton, DraftForm, NewWritingButton } from "./_components/writing-list-forms";

export const dynamic = "force-dynamic";
export const metadata = { title: "Writing" };

export default async function WritingsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const ctx = await requirePageMember(workspaceId);
  const { m } = await getMessages();
  const t = m.writings.list;
  const canEdit = roleAtLeast(ctx.role, "member");
  const [rows, meetings, ready, own, collections, modelReady] = await Promise.all([
    listWritings(workspaceId),
    canEdit ? listDocuments(workspaceId, { kind: "meeting", status: "ready" }) : Promise.resolve([]),
    canEdit ? listDocuments(workspaceId, { status: "ready" }) : Promise.resolve([]),
    canEdit ? listDraftTemplates(workspaceId) : Promise.resolve([]),
    canEdit ? listCollections(workspaceId) : Promise.resolve([]),
    canEdit ? modelConfigured(workspaceId) : Promise.resolve(false),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">{t.title}</h1>
        <div className="flex items-center gap-3">
          <Link href={`/w/${workspaceId}/writings/words`} className="text-sm text-brand-700 hover:underline">
            {m.writings.words.link}
          </Link>
          <Link href={`/w/${workspaceId}/writings/templates`} className="text-sm text-brand-700 hover:underline">
            {m.writings.templates.link}
          </Link>
          {canEdit ? <NewWritingButton workspaceId={workspaceId} /> : null}
        </div>
      </div>
      <p className="max-w-3xl text-sm text-stone-600">
        {t.intro} {canEdit ? null : t.readOnly}
      </p>
      <Card>
        {rows.length === 0 ? (
          <p className="px-4 py-6 text-center text-sm text-stone-600">{t.empty}</p>
        ) : (
          <table className="w-full text-sm" aria-label={t.title}>
            <thead className="border-b border-stone-200 text-left text-stone-600">
              <tr>
                <th className="px-4 py-2 font-medium">{t.columns.title}</th>
                <th className="px-4 py-2 font-medium">{t.columns.updated}</th>
                <th className="px-4 py-2 font-medium">{t.columns.by}</th>
                <th className="px-4 py-2" />
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="px-4 py-2">
                    <Link href={`/w/${workspaceId}/writings/${r.id}`} className="font-medium text-brand-700 hover:underline">
                      {r.title}
                    </Link>
                  </td>
                  <td className="px-4 py-2 text-stone-600">{formatDate(r.updatedAt)}</td>
                  <td className="px-4 py-2 text-stone-600">{r.updatedBy ?? "—"}</td>
                  <td className="px-4 py-2 text-right">{canEdit ? <DeleteWritingButton workspaceId={workspaceId} writingId={r.id} title={r.title} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {canEdit ? (
        <Card className="p-4">
          <DraftForm
            workspaceId={workspaceId}
            meetings={meetings.map((d) => ({ id: d.id, title: d.title, date: (d.meetingDate ?? d.createdAt).toISOString().slice(0, 10) }))}
            ownTemplates={own.map((o) => ({ id: o.id, name: o.name }))}
          />
        </Card>
      ) : null}
      {canEdit ? (
        <Card className="p-4">
          <TopicDeckForm
            workspaceId={workspaceId}
            modelReady={modelReady}
            documents={ready.map((d) => ({ id: d.id, title: d.title }))}
            collections={collections.map((c) => ({ id: c.id, name: c.name }))}
          />
        </Card>
      ) : null}
    </div>
  );
}
