/**
 * ZIP reading for DOCX and EPUB through yauzl (ZIP64, directory and local-header bounds, size checks),
 * with the limits a zip bomb cannot get around: the entry count (the ZIP64 record's when there is one) is
 * checked before the directory is read, the declared sizes before anything is inflated, and inflation is
 * streamed: yauzl's validateEntrySizes stops an entry at the first 16 KB chunk past its declared size,
 * so a lying size header costs one chunk, and a running total caps the bytes inflated by all reads.
 */
import type { Readable } from "node:stream";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { AppError } from "@/lib/errors";
import { LIMITS } from "./limits";

/** What the archive is, for messages: "Word file" (DOCX) or "EPUB book". */
export type ZipKind = "Word file" | "EPUB book";

export interface ZipArchive {
  /** Entry names in directory order. */
  names: string[];
  /** The entry's content as UTF-8 text, or undefined when the archive has no such entry. */
  text(name: string): Promise<string | undefined>;
}

const utf8 = new TextDecoder();

function corrupt(detail: string, kind: ZipKind): AppError {
  return new AppError("CORRUPT_FILE", `This ${kind} is damaged and cannot be opened (${detail}).`);
}

function tooLarge(kind: ZipKind): AppError {
  return new AppError(
    "ARCHIVE_TOO_LARGE",
    `This ${kind} expands to more than ${LIMITS.maxUnzippedBytes / 1024 / 1024} MB or has too many parts; it cannot be a normal ${kind === "EPUB book" ? "book" : "document"}.`,
  );
}

function encrypted(kind: ZipKind): AppError {
  return new AppError(
    "ENCRYPTED_FILE",
    kind === "Word file"
      ? "This Word file is encrypted. Remove the password in Word and upload it again."
      : "This EPUB book is encrypted (DRM) and cannot be read. Upload a DRM-free copy.",
  );
}

async function readDirectory(zip: ZipFile, kind: ZipKind): Promise<Map<string, Entry>> {
  if (zip.entryCount > LIMITS.maxZipEntries) throw tooLarge(kind);
  const entries = new Map<string, Entry>();
  let declaredTotal = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.isEncrypted()) throw encrypted(kind);
      declaredTotal += entry.uncompressedSize;
      if (declaredTotal > LIMITS.maxUnzippedBytes) throw tooLarge(kind);
      // Names are UTF-8 whatever the language-encoding flag says: OCF requires it and OPC part names are
      // ASCII, while yauzl's own decoding would read an unflagged name as CP437.
      entries.set(utf8.decode(entry.fileNameRaw), entry);
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    // yauzl refuses strong encryption (flag 0x40) before it hands the entry over.
    if (e instanceof Error && /encryption/.test(e.message)) throw encrypted(kind);
    throw corrupt("bad directory entry", kind);
  }
  return entries;
}

export async function openZip(bytes: Uint8Array, kind: ZipKind = "Word file"): Promise<ZipArchive> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      decodeStrings: false,
      validateEntrySizes: true,
    });
  } catch {
    throw corrupt("no zip directory; the file may be truncated", kind);
  }
  const entries = await readDirectory(zip, kind);
  let inflated = 0;

  const text = async (name: string): Promise<string | undefined> => {
    const entry = entries.get(name);
    if (!entry) return undefined;
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) throw corrupt(`unsupported compression in ${name}`, kind);
    let stream: Readable;
    try {
      stream = await zip.openReadStreamPromise(entry);
    } catch {
      throw corrupt(`bad header for ${name}`, kind);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        // Re-reading an entry counts again: the cap is on work done, not on distinct bytes.
        inflated += chunk.length;
        if (inflated > LIMITS.maxUnzippedBytes) throw tooLarge(kind);
        chunks.push(chunk);
      }
    } catch (e) {
      if (e instanceof AppError) throw e;
      // validateEntrySizes: more bytes than the directory declared is a lying header, the zip-bomb pattern.
      if (e instanceof Error && e.message.startsWith("too many bytes")) throw tooLarge(kind);
      throw corrupt(`${name} does not decompress`, kind);
    } finally {
      stream.destroy();
    }
    return utf8.decode(Buffer.concat(chunks, size));
  };
  return { names: [...entries.keys()], text };
}
