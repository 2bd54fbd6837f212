/**
 * pdf.js inflates a FlateDecode stream whole, growing its buffer by doubling and with no size cap, so a
 * 4 MB PDF whose page content inflates to 640 MB took the server to 1.6 GB. Before pdf.js sees a file,
 * every zlib stream in it is inflated here with a hard output cap (zlib's maxOutputLength: it stops at
 * the cap instead of allocating past it), per stream and for the file in total, following filter chains
 * (a stream that inflates to another zlib stream). Streams cannot nest inside object streams, so a scan
 * of the raw bytes for `stream … endstream` sees them all. Other filters (LZW, run-length) expand less
 * and are left to the processing worker's memory cap, as are encrypted streams (pdf.js decrypts first).
 */
import { constants, inflateSync } from "node:zlib";
import { AppError } from "@/lib/errors";
import { LIMITS } from "./limits";

const MAX_CHAIN = 4;

function mb(n: number): string {
  return `${Math.round(n / 1024 / 1024)} MB`;
}

export function expandsTooMuch(limit: number): AppError {
  return new AppError("ARCHIVE_TOO_LARGE", `This PDF has compressed content that expands beyond the limit of ${mb(limit)}; it is damaged or built to exhaust the reader.`);
}

function isZlibHeader(b0: number | undefined, b1: number | undefined): boolean {
  return b0 !== undefined && b1 !== undefined && (b0 & 0x0f) === 8 && b0 >> 4 <= 7 && ((b0 << 8) | b1) % 31 === 0;
}

function chainSize(data: Uint8Array, cap: number): number {
  let current = data;
  let total = 0;
  for (let depth = 0; depth < MAX_CHAIN && isZlibHeader(current[0], current[1]); depth++) {
    let out: Buffer;
    try {
      out = inflateSync(current, { maxOutputLength: cap + 1, finishFlush: constants.Z_SYNC_FLUSH });
    } catch (e) {
      if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return cap + 1;
      return total;
    }
    total += out.length;
    if (out.length > cap) return out.length;
    current = out;
  }
  return total;
}

/** Throws ARCHIVE_TOO_LARGE when any stream, or all of them together, inflate past the limits. */
export function checkPdfStreams(bytes: Uint8Array): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let at = buf.indexOf("stream");
  while (at >= 0) {
    const isEnd = at >= 3 && buf.toString("latin1", at - 3, at) === "end";
    let start = at + 6;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    if (isEnd || start === at + 6) {
      at = buf.indexOf("stream", at + 6);
      continue;
    }
    let end = buf.indexOf("endstream", start);
    if (end < 0) end = buf.length;
    if (isZlibHeader(buf[start], buf[start + 1])) {
      const remaining = LIMITS.maxPdfInflatedBytes - total;
      const cap = Math.min(LIMITS.maxPdfStreamBytes, remaining);
      const size = chainSize(buf.subarray(start, end), cap);
      if (size > cap) throw expandsTooMuch(cap === remaining ? LIMITS.maxPdfInflatedBytes : LIMITS.maxPdfStreamBytes);
      total += size;
    }
    at = end < buf.length ? buf.indexOf("stream", end + 9) : -1;
  }
}
