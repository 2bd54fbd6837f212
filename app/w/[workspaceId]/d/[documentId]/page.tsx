import Link from "next/link";
import { notFound } from "next/navigation";
import { AutoRefresh } from "@/components/auto-refresh";
import { StatusBadge } from "@/components/status-badge";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requirePageMember } from "@/lib/auth/page-guards";
import { getDocument, listSegments } from "@/lib/db/documents";
import { roleAtLeast } from "@/lib/db/workspaces";
import { formatBytes } from "@/lib/format";
import { RetryButton } from "./_components/retry-button";
import { SegmentList } from "./_components/segment-list";

export const dynamic = "force-dynamic";

export default async function DocumentPage({ params }: { params: Promise<{ workspaceId: string; documentId: string }> }) {
  const { workspaceId, documentId } = await params;
  const ctx = await requirePageMember(workspaceId);
  const doc = await getDocument(workspaceId, documentId);
  if (!doc) notFound();
  const segments = doc.status === "parsed" ? await listSegments(workspaceId, documentId) : [];
  const busy = doc.status === "uploaded" || doc.status === "parsing";

  return (
    <div className="space-y-4">
      <nav className="text-sm text-stone-500">
        <Link href={`/w/${workspaceId}`} className="hover:underline">
          {ctx.workspaceName}
        </Link>{" "}
        / {doc.title}
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{doc.title}</h1>
        <StatusBadge status={doc.status} />
        <a className="ml-auto text-sm text-brand-700 hover:underline" href={`/w/${workspaceId}/d/${documentId}/original`}>
          Download original ({formatBytes(doc.sizeBytes)})
        </a>
      </div>
      <p className="text-sm text-stone-500">
        {doc.fileName}
        {doc.kind ? ` · ${doc.kind === "meeting" ? "Meeting" : "Document"}` : ""}
        {doc.lang ? ` · ${doc.lang}` : ""}
        {doc.speakers.length ? ` · ${doc.speakers.length} speakers: ${doc.speakers.join(", ")}` : ""}
      </p>
      <AutoRefresh active={busy} />
      {busy ? (
        <Alert tone="info">
          Processing: {doc.step ?? "queued"} · {doc.progress}%
        </Alert>
      ) : null}
      {doc.status === "failed" ? (
        <Alert>
          <p className="font-medium">This file could not be processed.</p>
          <p className="mt-1">{doc.errorMessage}</p>
          <p className="mt-1 text-xs opacity-75">Code: {doc.errorCode} · The original file is kept.</p>
          {roleAtLeast(ctx.role, "member") ? (
            <div className="mt-2">
              <RetryButton workspaceId={workspaceId} documentId={documentId} />
            </div>
          ) : null}
        </Alert>
      ) : null}
      {doc.status === "parsed" ? (
        <Card className="p-5">
          {segments.length ? <SegmentList segments={segments} /> : <p className="text-sm text-stone-500">This file has no text.</p>}
        </Card>
      ) : null}
    </div>
  );
}
