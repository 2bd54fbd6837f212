import { contentDisposition, fileName } from "@/lib/api/export-files";
import { memberOrRefusal, plainText as text } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/db/audit";
import { getWriting } from "@/lib/db/writings";
import { env } from "@/lib/env";
import type { RichNode } from "@/lib/text/rich-doc";

type RouteContext = { params: Promise<{ workspaceId: string; writingId: string }> };

/** GET for a writing's export: any member may download; other workspaces' writings are not found. */
export function writingExportRoute(format: { suffix: string; contentType: string; write: (title: string, doc: RichNode, baseUrl: string) => Promise<Uint8Array> | string }) {
  return async (req: Request, { params }: RouteContext): Promise<Response> => {
    const { workspaceId, writingId } = await params;
    const member = await memberOrRefusal(workspaceId, "viewer");
    if ("refusal" in member) return member.refusal;
    const userId = member.ctx.user.id;
    const writing = /^[0-9a-f-]{36}$/i.test(writingId) ? await getWriting(workspaceId, writingId) : null;
    if (!writing) return text("Not found.", 404);
    // Citation links are app paths: in a file they need the app's address.
    const baseUrl = env().APP_URL ?? new URL(req.url).origin;
    const body = await format.write(writing.title, writing.content, baseUrl);
    await recordAudit({ workspaceId, actorUserId: userId, action: "export.downloaded", targetType: "writing", targetId: writingId, detail: { format: format.suffix } });
    return new Response(typeof body === "string" ? body : Buffer.from(body), {
      headers: {
        "Content-Type": format.contentType,
        "Content-Disposition": contentDisposition(fileName(writing.title, format.suffix)),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  };
}
