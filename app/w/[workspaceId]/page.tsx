import Link from "next/link";
import { AutoRefresh } from "@/components/auto-refresh";
import { StatusBadge } from "@/components/status-badge";
import { Card } from "@/components/ui/card";
import { requirePageMember } from "@/lib/auth/page-guards";
import { listDocuments } from "@/lib/db/documents";
import { roleAtLeast } from "@/lib/db/workspaces";
import { env } from "@/lib/env";
import { formatBytes, formatDate } from "@/lib/format";
import { UploadZone } from "./_components/upload-zone";

export const dynamic = "force-dynamic";

export default async function LibraryPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const ctx = await requirePageMember(workspaceId);
  const docs = await listDocuments(workspaceId);
  const busy = docs.some((d) => d.status === "uploaded" || d.status === "parsing");
  const canUpload = roleAtLeast(ctx.role, "member");

  return (
    <div className="space-y-6">
      <div className="flex items-baseline justify-between">
        <h1 className="text-xl font-semibold">{ctx.workspaceName}</h1>
        <span className="text-sm text-stone-500">Your role: {ctx.role}</span>
      </div>
      {canUpload ? (
        <UploadZone workspaceId={workspaceId} maxBytes={env().UPLOAD_MAX_BYTES} />
      ) : (
        <p className="text-sm text-stone-600">You can read this workspace; ask an admin for the member role to upload.</p>
      )}
      <AutoRefresh active={busy} />
      <Card>
        {docs.length === 0 ? (
          <div className="px-6 py-10 text-center text-sm text-stone-500">
            No documents yet. Upload a meeting transcript (腾讯会议, 飞书, Zoom, Teams exports) or a document to get started.
          </div>
        ) : (
          <table className="w-full text-left text-sm" aria-label="Documents">
            <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-500">
              <tr>
                <th className="px-4 py-2 font-medium">Name</th>
                <th className="px-4 py-2 font-medium">Status</th>
                <th className="hidden px-4 py-2 font-medium md:table-cell">Size</th>
                <th className="hidden px-4 py-2 font-medium md:table-cell">Uploaded</th>
              </tr>
            </thead>
            <tbody>
              {docs.map((d) => (
                <tr key={d.id} className="border-b border-stone-100 last:border-0 hover:bg-stone-50">
                  <td className="px-4 py-2.5">
                    <Link href={`/w/${workspaceId}/d/${d.id}`} className="font-medium text-stone-900 hover:text-brand-700 hover:underline">
                      {d.title}
                    </Link>
                    <div className="text-xs text-stone-500">{d.fileName}</div>
                  </td>
                  <td className="px-4 py-2.5">
                    <StatusBadge status={d.status} />
                  </td>
                  <td className="hidden px-4 py-2.5 text-stone-600 md:table-cell">{formatBytes(d.sizeBytes)}</td>
                  <td className="hidden px-4 py-2.5 text-stone-600 md:table-cell">
                    {formatDate(d.createdAt)} · {d.uploadedBy?.name ?? "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
