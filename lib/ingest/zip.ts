/**
 * Minimal ZIP reader for DOCX with the limits a zip bomb cannot get around: entry count and
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

function corrupt(detail: string): AppError {
  return new AppError("CORRUPT_FILE", `This Word file is damaged and cannot be opened (${detail}).`);
}

export function tooLarge(): AppError {
  return new AppError(
    "ARCHIVE_TOO_LARGE",
    `This Word file expands to more than ${LIMITS.maxUnzippedBytes / 1024 / 1024} MB or has too many parts; it cannot be a normal document.`,
  );
}

export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no zip directory; the file may be truncated");
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count > LIMITS.maxZipEntries) throw tooLarge();
  if (cdOffset >= bytes.length) throw corrupt("directory offset out of range");

  const entries = new Map<string, ZipEntry>();
  let declaredTotal = 0;
  let p = cdOffset;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw corrupt("bad directory entry");
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const declaredSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (flags & 1) throw new AppError("ENCRYPTED_FILE", "This Word file is encrypted. Remove the password in Word and upload it again.");
    declaredTotal += declaredSize;
    if (declaredTotal > LIMITS.maxUnzippedBytes) throw tooLarge();
    entries.set(name, { name, method, compressedSize, declaredSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Inflates one entry, never producing more than `budget` bytes. */
export function extractEntry(bytes: Uint8Array, entry: ZipEntry, budget: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw corrupt(`bad header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`${entry.name} is cut off`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > budget) throw tooLarge();
    return data;
  }
  if (entry.method !== 8) throw corrupt(`unsupported compression in ${entry.name}`);

  const out: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > budget) throw tooLarge();
    out.push(chunk);
  });
  try {
    for (let off = 0; off < data.length; off += INFLATE_SLICE) {
      inflater.push(data.subarray(off, Math.min(off + INFLATE_SLICE, data.length)), off + INFLATE_SLICE >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw corrupt(`${entry.name} does not decompress`);
  }
  const result = new Uint8Array(produced);
  let o = 0;
  for (const c of out) {
    result.set(c, o);
    o += c.length;
  }
  return result;
}
