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

export const dynamic = "force-dynamic";

const FiltersSchema = z.object({
  kind: z.enum(["meeting", "document"]).optional().catch(undefined),
  status: z.enum(["uploaded", "parsing", "parsed", "analyzing", "ready", "failed", "live"]).optional().catch(undefined),
  speaker: queryText(200),
  from: queryDate,
  to: queryDate,
});

export default async function LibraryPage({ params, searchParams }: { params: Promise<{ workspaceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { workspaceId } = await params;
  const ctx = await requirePageMember(workspaceId);
  const { m } = await getMessages();
  const raw = await searchParams;
  const filters: DocumentFilters = FiltersSchema.parse(stringParams(raw));
  const filtered = Object.values(filters).some(Boolean);
  const [docs, speakers] = await Promise.all([listDocuments(workspaceId, filters), listSpeakers(workspaceId)]);
  const canUpload = roleAtLeast(ctx.role, "member");

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
