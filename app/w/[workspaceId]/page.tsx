import Link from "next/link";
import { z } from "zod";
import { AutoRefresh } from "@/components/auto-refresh";
import { isBusy, StatusBadge } from "@/components/status-badge";
import { Card } from "@/components/ui/card";
import { queryDate, queryText, stringParams } from "@/lib/actions/common.schema";
import { requirePageMember } from "@/lib/auth/page-guards";
import { listDocuments, listSpeakers, type DocumentFilters } from "@/lib/db/documents";
import { roleAtLeast } from "@/lib/db/workspaces";
import { env } from "@/lib/env";
import { formatBytes, formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { fmt } from "@/lib/i18n/locales";
import { LibraryFilters } from "./_components/library-filters";
import { UploadZone } from "./_components/upload-zone";
import { NewLiveMeeting } from "./_components/new-live-meeting";
import { EmptyLibrary, LibraryTable, UploadsProvider } from "./_components/uploads-context";
import { AddToCollection, CollectionsPanel, RemoveFromCollection } from "./_components/collections-panel";
import { listCollections } from "@/lib/db/collections";
import { listQuizzes } from "@/lib/db/quizzes";
import { modelConfigured } from "@/lib/db/workspace-settings";
import { QuizGenerator } from "./quizzes/_components/quiz-generator";
import { QuizList } from "./quizzes/_components/quiz-list";

export const dynamic = "force-dynamic";

const FiltersSchema = z.object({
  kind: z.enum(["meeting", "document"]).optional().catch(undefined),
  status: z.enum(["uploaded", "parsing", "parsed", "analyzing", "ready", "failed", "live"]).optional().catch(undefined),
  speaker: queryText(200),
  from: queryDate,
  to: queryDate,
  collection: z.string().uuid().optional().catch(undefined),
});

export default async function LibraryPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspaceId } = await params;
  const ctx = await requirePageMember(workspaceId);
  const { m } = await getMessages();
  const raw = await searchParams;
  const filters: DocumentFilters = FiltersSchema.parse(stringParams(raw));
  const collections = await listCollections(workspaceId);
  // A collection of another workspace (or a deleted one) is no filter: the whole library shows.
  const current = collections.find((c) => c.id === filters.collection);
  if (!current) delete filters.collection;
  const filtered = Object.values(filters).some(Boolean);
  const [docs, speakers] = await Promise.all([listDocuments(workspaceId, filters), listSpeakers(workspaceId)]);
  const canUpload = roleAtLeast(ctx.role, "member");
  const collectionData = current ? await Promise.all([listQuizzes(workspaceId, { collectionId: current.id }), modelConfigured(workspaceId), listDocuments(workspaceId)]) : null;

  return (
    <UploadsProvider>
      <div className="space-y-6">
        <div className="flex items-baseline justify-between">
          <h1 className="text-xl font-semibold">{ctx.workspaceName}</h1>
          <span className="text-sm text-stone-600">{fmt(m.workspace.yourRole, { role: m.workspace.roles[ctx.role] })}</span>
        </div>
        {canUpload ? <UploadZone workspaceId={workspaceId} maxBytes={env().UPLOAD_MAX_BYTES} /> : <p className="text-sm text-stone-600">{m.library.viewerNote}</p>}
        {canUpload ? <NewLiveMeeting workspaceId={workspaceId} /> : null}
        <AutoRefresh active={docs.some((d) => isBusy(d.status))} />
        <CollectionsPanel workspaceId={workspaceId} collections={collections} active={current?.id} canEdit={canUpload} />
        {current && collectionData ? (
          <Card className="space-y-3 p-4" data-testid="collection-tools">
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <Link href={`/w/${workspaceId}/ask?collection=${current.id}`} className="font-medium text-brand-700 hover:underline">
                {m.learning.collections.askIn}
              </Link>
              {canUpload ? (
                <AddToCollection
                  workspaceId={workspaceId}
                  collectionId={current.id}
                  documents={collectionData[2].filter((d) => !docs.some((x) => x.id === d.id)).map((d) => ({ id: d.id, title: d.title }))}
                />
              ) : null}
            </div>
            {canUpload ? <QuizGenerator workspaceId={workspaceId} collectionId={current.id} llm={collectionData[1]} /> : null}
            <QuizList workspaceId={workspaceId} quizzes={collectionData[0]} m={m} />
          </Card>
        ) : null}
        <LibraryFilters m={m} filters={filters} speakers={speakers} />
        <Card>
          {docs.length === 0 ? (
            filtered ? (
              <div className="px-6 py-10 text-center text-sm text-stone-600">{m.library.noMatch}</div>
            ) : (
              <EmptyLibrary message={m.library.empty} />
            )
          ) : (
            <LibraryTable knownIds={docs.map((d) => d.id)}>
              {docs.map((d) => (
                <tr key={d.id} className="border-b border-stone-100 last:border-0 hover:bg-stone-50">
                  <td className="px-4 py-2.5">
                    <Link href={`/w/${workspaceId}/d/${d.id}`} className="font-medium text-stone-900 hover:text-brand-700 hover:underline">
                      {d.title}
                    </Link>
                    <div className="text-xs text-stone-600">
                      {d.fileName}
                      {d.kind ? ` · ${d.kind === "meeting" ? m.doc.meeting : m.doc.document}` : ""}
                      {current && canUpload ? <RemoveFromCollection workspaceId={workspaceId} collectionId={current.id} documentId={d.id} name={current.name} /> : null}
                    </div>
                  </td>
                  <td className="px-4 py-2.5">
                    <StatusBadge status={d.status} m={m} errorCode={d.errorCode} />
                  </td>
                  <td className="hidden px-4 py-2.5 text-stone-700 md:table-cell">{formatBytes(d.sizeBytes)}</td>
                  <td className="hidden px-4 py-2.5 text-stone-700 md:table-cell">
                    {formatDate(d.createdAt)} · {d.uploadedBy?.name ?? "—"}
                  </td>
                </tr>
              ))}
            </LibraryTable>
          )}
        </Card>
      </div>
    </UploadsProvider>
  );
}
