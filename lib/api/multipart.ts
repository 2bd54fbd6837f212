import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";
import { readCappedBody } from "@/lib/jobs/uploads";
import { AppError } from "@/lib/errors";

export interface ReceivedFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  sha256: string;
}

/** Boundaries, part headers and a few small fields; anything beyond this much over the limit cannot fit. */
const MULTIPART_OVERHEAD = 64 * 1024;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads the one file of a multipart/form-data body (field `file`) as it arrives: hashed while read and
 * cut off at `max` bytes with FILE_TOO_LARGE (the same reader as the web upload, lib/jobs/uploads.ts),
 * and refused before reading when the declared length cannot fit.
 */
export async function readMultipartFile(req: Request, max: number): Promise<ReceivedFile> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the file as multipart/form-data with a field named “file” (curl -F file=@notes.txt).");
  }
  const declared = Number(req.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > max + MULTIPART_OVERHEAD) {
    throw new AppError("FILE_TOO_LARGE", `The upload is ${mb(declared)}; the limit is ${mb(max)}.`);
  }
  if (!req.body) throw new AppError("INVALID_INPUT", "The upload has no body.");

  let parser: busboy.Busboy;
  try {
    // One more byte than allowed, so readCappedBody sees the file go past the limit and says so.
    parser = busboy({ headers: { "content-type": type }, defParamCharset: "utf8", limits: { files: 1, fileSize: max + 1, fields: 20, fieldSize: 4096, parts: 30 } });
  } catch {
    throw new AppError("INVALID_INPUT", "The multipart body has no boundary.");
  }
  const source = Readable.fromWeb(req.body as unknown as NodeWebStream<Uint8Array>);

  return new Promise<ReceivedFile>((resolve, reject) => {
    let settled = false;
    let sawFile = false;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      source.unpipe(parser);
      source.destroy();
      reject(e);
    };
    parser.on("file", (field, stream, info) => {
      if (field !== "file" || sawFile) {
        stream.resume();
        return;
      }
      sawFile = true;
      const fileName = info.filename || "untitled";
      const web = Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>;
      readCappedBody(web, max, fileName).then(({ bytes, sha256 }) => {
        if (settled) return;
        settled = true;
        // The rest of the body (closing boundary, trailing fields) is drained so the request ends cleanly.
        source.resume();
        resolve({ fileName, mimeType: info.mimeType, bytes, sha256 });
      }, fail);
    });
    parser.on("error", () => fail(new AppError("INVALID_INPUT", "The multipart body could not be read; send it again.")));
    parser.on("close", () => {
      if (!sawFile) fail(new AppError("INVALID_INPUT", "The upload has no file: send it in a multipart field named “file”."));
    });
    source.on("error", () => fail(new AppError("INVALID_INPUT", "The upload was interrupted before it ended.")));
    source.pipe(parser);
  });
}
