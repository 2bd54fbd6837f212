import "server-only";
import { requireMember } from "@/lib/auth/guards";
import { crossSiteProblem } from "@/lib/auth/route-guard";
import { AppError, toAppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { readCappedBody, storeUploadedFile, tooLarge } from "@/lib/jobs/uploads";

export { readCappedBody };

/**
 * The upload endpoint's work (`POST /api/w/[workspaceId]/documents`, the file as the raw request
 * body, its name in `X-File-Name`, URI-encoded). A route handler rather than a server action: action
 * bodies pass through the proxy, which buffers them and cuts them at 10 MB, and are parsed as
 * multipart into more whole copies. Here the body is read once, as it arrives: a file declared larger
 * than UPLOAD_MAX_BYTES is refused before any of it is read, and one that turns out larger (no or a
 * false Content-Length) is cut off at the limit. The sha256 is computed while reading.
 */

/** A state-changing request must come from the app's own pages: the same check as every JSON route (lib/auth/route-guard.ts). */
function assertSameOrigin(req: Request): void {
  const e = env();
  if (crossSiteProblem(req.headers, { trustProxy: e.TRUST_PROXY === "on", appUrl: e.APP_URL, url: req.url })) {
    throw new AppError("FORBIDDEN", "Uploads are accepted from this app's own pages only.");
  }
}

function fileNameOf(req: Request): string {
  const raw = req.headers.get("x-file-name");
  if (!raw) throw new AppError("INVALID_INPUT", "The upload has no file name (X-File-Name header).");
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new AppError("INVALID_INPUT", "The file name is not valid URI-encoded text.");
  }
}

export async function handleUpload(req: Request, workspaceId: string): Promise<Response> {
  try {
    assertSameOrigin(req);
    // Membership first: an anonymous or read-only caller is answered before its body is read.
    const ctx = await requireMember(workspaceId, "member");
    const fileName = fileNameOf(req);
    const max = env().UPLOAD_MAX_BYTES;
    const declared = Number(req.headers.get("content-length") ?? Number.NaN);
    if (Number.isFinite(declared) && declared > max) throw tooLarge(fileName, declared, max);
    const { bytes, sha256 } = await readCappedBody(req.body, max, fileName);
    const doc = await storeUploadedFile(
      { workspaceId: ctx.workspaceId, userId: ctx.user.id },
      { fileName, mimeType: (req.headers.get("content-type") ?? "").split(";")[0].trim(), bytes, sha256 },
    );
    return Response.json({ ok: true, data: { id: doc.id, fileName: doc.fileName } }, { status: 201 });
  } catch (e) {
    const err = toAppError(e);
    if (err.code === "INTERNAL") console.error("[upload]", e);
    // Closing the connection after an early refusal: the client may still be sending a body we never read.
    const headers = err.code === "FILE_TOO_LARGE" ? { Connection: "close" } : undefined;
    return Response.json({ ok: false, error: { code: err.code, message: err.message } }, { status: err.httpStatus, headers });
  }
}
