import { versionParam } from "@/lib/actions/common.schema";
import { exportResponse, type ExportFormat } from "@/lib/api/export-files";
import { memberOrRefusal, plainText as text } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/db/audit";

export { fileName, MINUTES_DOCX, MINUTES_MD, OUTLINE_MD, OUTLINE_OPML, SLIDES_MD, SLIDES_PPTX } from "@/lib/api/export-files";

type RouteContext = { params: Promise<{ workspaceId: string; documentId: string }> };

/** GET for one export: any member may download; other workspaces' documents are simply not found. */
export function exportRoute<T>(format: ExportFormat<T>) {
  return async (req: Request, { params }: RouteContext): Promise<Response> => {
    const { workspaceId, documentId } = await params;
    const member = await memberOrRefusal(workspaceId, "viewer");
    if ("refusal" in member) return member.refusal;
    const userId = member.ctx.user.id;
    const v = new URL(req.url).searchParams.get("v");
    const parsed = v === null || v === "" ? undefined : versionParam.safeParse(v);
    if (parsed && !parsed.success) return text("The version must be a whole number from 1 to 2147483647.", 400);
    const version = parsed?.data;

    const res = await exportResponse(format, workspaceId, documentId, version);
    if (!res) return text("Not found.", 404);
    await recordAudit({
      workspaceId,
      actorUserId: userId,
      action: "export.downloaded",
      targetType: "document",
      targetId: documentId,
      detail: { format: format.suffix, version: version ?? null },
    });
    return res;
  };
}
