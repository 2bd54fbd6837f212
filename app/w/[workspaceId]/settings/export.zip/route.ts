import { memberOrRefusal } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/db/audit";
import { listDocumentIdsForExport, loadDocumentForExport } from "@/lib/db/workspace-export";
import { safeSegment, workspaceZipStream } from "@/lib/export/workspace-zip";

export const dynamic = "force-dynamic";

/** GET: the whole workspace (originals, minutes and to-dos as Markdown and JSON) as a streamed zip; owners and admins only. */
export async function GET(_req: Request, { params }: { params: Promise<{ workspaceId: string }> }): Promise<Response> {
  const { workspaceId } = await params;
  const member = await memberOrRefusal(workspaceId, "admin", "Only owners and admins can export the whole workspace.");
  if ("refusal" in member) return member.refusal;
  const { ctx } = member;
  const ids = await listDocumentIdsForExport(workspaceId);
  await recordAudit({ workspaceId, actorUserId: ctx.user.id, action: "workspace.exported", targetType: "workspace", targetId: workspaceId, detail: { documents: ids.length } });
  const name = `jiyao-${safeSegment(ctx.workspaceName, "workspace")}-${new Date().toISOString().slice(0, 10)}.zip`;
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return new Response(
    workspaceZipStream({ id: workspaceId, name: ctx.workspaceName }, ids, (id) => loadDocumentForExport(workspaceId, id)),
    {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename*=UTF-8''${encoded}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    },
  );
}
