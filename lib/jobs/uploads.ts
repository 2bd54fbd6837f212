import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/db/audit";
import { createDocumentFromUpload } from "@/lib/db/documents";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { enqueueProcess } from "./queue";

/**
 * The end of every upload path — the web app's streamed upload (lib/actions/upload-stream.ts) and HTTP
 * API v1's multipart upload (lib/api/multipart.ts) — so both read, limit, store and queue a file the same way.
 */

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function tooLarge(fileName: string, size: number | null, max: number): AppError {
  const what = size === null ? `“${fileName}” is larger than ${mb(max)}` : `“${fileName}” is ${mb(size)}`;
  return new AppError("FILE_TOO_LARGE", `${what}; the limit is ${mb(max)}.`);
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
  await recordAudit({
    workspaceId: who.workspaceId,
    actorUserId: who.userId,
    action: "document.uploaded",
    targetType: "document",
    targetId: doc.id,
    detail: { fileName: doc.fileName },
  });
  // The upload is stored either way; if the queue is unreachable the worker's orphan sweep sends it later.
  await enqueueProcess(who.workspaceId, doc.id).catch((e) => console.error(`[upload] enqueue ${doc.id}:`, e));
  return doc;
}
