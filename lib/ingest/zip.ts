/**
 * Minimal ZIP reader for DOCX and EPUB with the limits a zip bomb cannot get around: entry count and
 * declared sizes are checked from the central directory before anything is inflated, and
 * inflation is streamed in small slices so a lying size header is caught after at most one slice.
 */
import { Inflate } from "fflate";
import { AppError } from "@/lib/errors";
import { LIMITS } from "./limits";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const INFLATE_SLICE = 16 * 1024;

/** What the archive is, for messages: "Word file" (DOCX) or "EPUB book". */
export type ZipKind = "Word file" | "EPUB book";

function corrupt(detail: string, kind: ZipKind): AppError {
  return new AppError("CORRUPT_FILE", `This ${kind} is damaged and cannot be opened (${detail}).`);
}

export function tooLarge(kind: ZipKind = "Word file"): AppError {
  return new AppError(
    "ARCHIVE_TOO_LARGE",
    `This ${kind} expands to more than ${LIMITS.maxUnzippedBytes / 1024 / 1024} MB or has too many parts; it cannot be a normal ${kind === "EPUB book" ? "book" : "document"}.`,
  );
}

export function readZipDirectory(bytes: Uint8Array, kind: ZipKind = "Word file"): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no zip directory; the file may be truncated", kind);
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count > LIMITS.maxZipEntries) throw tooLarge(kind);
  if (cdOffset >= bytes.length) throw corrupt("directory offset out of range", kind);

  const entries = new Map<string, ZipEntry>();
  let declaredTotal = 0;
  let p = cdOffset;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw corrupt("bad directory entry", kind);
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const declaredSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (flags & 1)
      throw new AppError(
        "ENCRYPTED_FILE",
        kind === "Word file"
          ? "This Word file is encrypted. Remove the password in Word and upload it again."
          : "This EPUB book is encrypted (DRM) and cannot be read. Upload a DRM-free copy.",
      );
    declaredTotal += declaredSize;
    if (declaredTotal > LIMITS.maxUnzippedBytes) throw tooLarge(kind);
    entries.set(name, { name, method, compressedSize, declaredSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Inflates one entry, never producing more than `budget` bytes. */
export function extractEntry(bytes: Uint8Array, entry: ZipEntry, budget: number, kind: ZipKind = "Word file"): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw corrupt(`bad header for ${entry.name}`, kind);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`${entry.name} is cut off`, kind);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > budget) throw tooLarge(kind);
    return data;
  }
  if (entry.method !== 8) throw corrupt(`unsupported compression in ${entry.name}`, kind);

  const out: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > budget) throw tooLarge(kind);
    out.push(chunk);
  });
  try {
    for (let off = 0; off < data.length; off += INFLATE_SLICE) {
      inflater.push(data.subarray(off, Math.min(off + INFLATE_SLICE, data.length)), off + INFLATE_SLICE >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw corrupt(`${entry.name} does not decompress`, kind);
  }
  const result = new Uint8Array(produced);
  let o = 0;
  for (const c of out) {
    result.set(c, o);
    o += c.length;
  }
  return result;
}
