import "server-only";
import { createHash } from "node:crypto";
import { requireMember } from "@/lib/auth/guards";
import { crossSiteProblem } from "@/lib/auth/route-guard";
import { createDocumentFromUpload } from "@/lib/db/documents";
import { AppError, toAppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { enqueueProcess } from "@/lib/jobs/queue";
import { recordAudit } from "@/lib/db/audit";

/**
 * The upload endpoint's work (`POST /api/w/[workspaceId]/documents`, the file as the raw request
 * body, its name in `X-File-Name`, URI-encoded). A route handler rather than a server action: action
 * bodies pass through the proxy, which buffers them and cuts them at 10 MB, and are parsed as
 * multipart into more whole copies. Here the body is read once, as it arrives: a file declared larger
 * than UPLOAD_MAX_BYTES is refused before any of it is read, and one that turns out larger (no or a
 * false Content-Length) is cut off at the limit. The sha256 is computed while reading.
 */

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(fileName: string, size: number | null, max: number): AppError {
  const what = size === null ? `“${fileName}” is larger than ${mb(max)}` : `“${fileName}” is ${mb(size)}`;
  return new AppError("FILE_TOO_LARGE", `${what}; the limit is ${mb(max)}.`);
}

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

/** Reads the body into one buffer, hashing as it goes; throws FILE_TOO_LARGE as soon as it passes `max`. */
export async function readCappedBody(body: ReadableStream<Uint8Array> | null, max: number, fileName: string): Promise<{ bytes: Buffer; sha256: string }> {
  const hash = createHash("sha256");
  const parts: Uint8Array[] = [];
  let size = 0;
  if (body) {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => {});
        throw tooLarge(fileName, null, max);
      }
      hash.update(value);
      parts.push(value);
    }
  }
  const bytes = Buffer.concat(parts, size);
  parts.length = 0;
  return { bytes, sha256: hash.digest("hex") };
}

/**
 * Stores a received file as a new document, records the upload and queues its processing: the end of
 * every upload path (this route, and HTTP API v1's multipart upload), so all of them behave the same.
 */
export async function storeUploadedFile(who: { workspaceId: string; userId: string }, file: { fileName: string; mimeType: string; bytes: Buffer; sha256: string }) {
  const doc = await createDocumentFromUpload({ workspaceId: who.workspaceId, uploadedById: who.userId, ...file, maxBytes: env().UPLOAD_MAX_BYTES });
  await recordAudit({ workspaceId: who.workspaceId, actorUserId: who.userId, action: "document.uploaded", targetType: "document", targetId: doc.id, detail: { fileName: doc.fileName } });
  // The upload is stored either way; if the queue is unreachable the worker's orphan sweep sends it later.
  await enqueueProcess(doc.id).catch((e) => console.error(`[upload] enqueue ${doc.id}:`, e));
  return doc;
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
    const doc = await storeUploadedFile({ workspaceId: ctx.workspaceId, userId: ctx.user.id }, { fileName, mimeType: (req.headers.get("content-type") ?? "").split(";")[0].trim(), bytes, sha256 });
    return Response.json({ ok: true, data: { id: doc.id, fileName: doc.fileName } }, { status: 201 });
  } catch (e) {
    const err = toAppError(e);
    if (err.code === "INTERNAL") console.error("[upload]", e);
    // Closing the connection after an early refusal: the client may still be sending a body we never read.
    const headers = err.code === "FILE_TOO_LARGE" ? { Connection: "close" } : undefined;
    return Response.json({ ok: false, error: { code: err.code, message: err.message } }, { status: err.httpStatus, headers });
  }
}
