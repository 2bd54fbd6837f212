import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageMember } from "@/lib/auth/page-guards";
import { modelConfigured } from "@/lib/db/workspace-settings";
import { getWriting, listWritingVersions } from "@/lib/db/writings";
import { roleAtLeast } from "@/lib/db/workspaces";
import { getMessages } from "@/lib/i18n/server";
import { WritingEditor } from "./_components/writing-editor";

export const dynamic = "force-dynamic";
export const metadata = { title: "Writing" };

export default async function WritingPage({ params }: { params: Promise<{ workspaceId: string; writingId: string }> }) {
  const { workspaceId, writingId } = await params;
  const ctx = await requirePageMember(workspaceId);
  if (!/^[0-9a-f-]{36}$/i.test(writingId)) notFound();
  const writing = await getWriting(workspaceId, writingId);
  if (!writing) notFound();
  const { m } = await getMessages();
  const [versions, modelReady] = await Promise.all([listWritingVersions(workspaceId, writingId), modelConfigured(workspaceId)]);
  return (
    <div className="space-y-3">
      <Link href={`/w/${workspaceId}/writings`} className="text-sm text-brand-700 hover:underline print:hidden">
        ← {m.writings.editor.back}
      </Link>
      <WritingEditor
        workspaceId={workspaceId}
        writingId={writingId}
        title={writing.title}
        content={writing.content}
        revision={writing.revision}
        canEdit={roleAtLeast(ctx.role, "member")}
        modelReady={modelReady}
        versions={versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() }))}
      />
    </div>
  );
}
