/**
 * The ZIP layer under DOCX and EPUB (lib/ingest/zip.ts): ZIP64 archives open, and the zip-bomb limits
 * hold when the counts and sizes live in ZIP64 records rather than the classic 16/32-bit fields.
 */
import { crc32 } from "node:zlib";
import { deflateSync, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/ingest";
import { buildDocx } from "@/tests/fixtures/ingest/builders/docx";
import { type RawZipEntry, writeZip } from "@/tests/fixtures/hostile/builders";
import { buildEpub } from "@/tests/support/epub";
import { expectCode } from "./helpers";

/** The same files, deflated and with true sizes and CRCs, written as ZIP64. */
function asZip64(zip: Uint8Array, patch: (e: RawZipEntry) => RawZipEntry = (e) => e): Uint8Array {
  const entries = Object.entries(unzipSync(zip)).map(([name, data]) => patch({ name, data: deflateSync(data), method: 8, declaredSize: data.length, crc: crc32(data) }));
  return writeZip(entries, { zip64: true });
}

/** The ZIP64 end-of-central-directory record, as a view to patch. */
function zip64Record(zip: Uint8Array): DataView {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = zip.length - 4; i >= 0; i--) if (view.getUint32(i, true) === 0x06064b50) return new DataView(zip.buffer, zip.byteOffset + i, 56);
  throw new Error("no ZIP64 record");
}

describe("ZIP64 archives", () => {
  const docx = buildDocx([{ text: "张三  00:00:01" }, { text: "ZIP64 里的会议记录。" }]);

  it("reads a DOCX written as ZIP64 (the classic directory fields hold only 0xFFFF/0xFFFFFFFF)", async () => {
    const zip = asZip64(docx);
    const classic = new DataView(zip.buffer, zip.length - 22);
    expect([classic.getUint16(10, true), classic.getUint32(16, true)]).toEqual([0xffff, 0xffffffff]);
    const doc = await parseDocument({ bytes: zip, fileName: "zip64.docx" });
    expect(doc.format).toBe("docx");
    expect(doc.segments.map((s) => s.text).join("\n")).toContain("ZIP64 里的会议记录。");
  });

  it("reads an EPUB written as ZIP64", async () => {
    const book = buildEpub({ title: "Z", lang: "en", chapters: [{ title: "One", sections: [{ title: "S", paragraphs: ["Inside a ZIP64 book."] }] }] });
    const doc = await parseDocument({ bytes: asZip64(book), fileName: "zip64.epub" });
    expect(doc.format).toBe("epub");
    expect(doc.segments.map((s) => s.text)).toContain("Inside a ZIP64 book.");
  });

  it("takes the entry count from the ZIP64 record and refuses too many before reading the directory", async () => {
    const zip = asZip64(docx);
    const record = zip64Record(zip);
    record.setBigUint64(24, 6000n, true);
    record.setBigUint64(32, 6000n, true);
    // Read entry by entry, the directory would run out after the real parts and report damage instead.
    await expectCode(parseDocument({ bytes: zip, fileName: "many.docx" }), "ARCHIVE_TOO_LARGE");
  });

  it("checks the 64-bit declared sizes before inflating", async () => {
    const zip = asZip64(docx, (e) => (e.name === "word/styles.xml" ? { ...e, declaredSize: 5 * 2 ** 32 } : e));
    await expectCode(parseDocument({ bytes: zip, fileName: "huge.docx" }), "ARCHIVE_TOO_LARGE");
  });

  it("stops an entry that inflates past its declared size (a lying header)", async () => {
    const zip = asZip64(docx, (e) => (e.name === "word/document.xml" ? { ...e, declaredSize: 100 } : e));
    await expectCode(parseDocument({ bytes: zip, fileName: "lying.docx" }), "ARCHIVE_TOO_LARGE");
  });
});

describe("ZIP entries", () => {
  it("names the encrypted kind of file", async () => {
    const encrypt = (zip: Uint8Array) => {
      const entries = Object.entries(unzipSync(zip)).map(([name, data]): RawZipEntry => ({ name, data: deflateSync(data), method: 8, declaredSize: data.length, flags: 1 }));
      return writeZip(entries);
    };
    const word = await parseDocument({ bytes: encrypt(buildDocx([{ text: "x" }])), fileName: "locked.docx" }).catch((e: Error) => e);
    expect(word).toMatchObject({ code: "ENCRYPTED_FILE", message: expect.stringContaining("Word file") });
    const book = buildEpub({ title: "B", lang: "en", chapters: [{ title: "C", sections: [{ title: "S", paragraphs: ["p"] }] }] });
    const epub = await parseDocument({ bytes: encrypt(book), fileName: "drm.epub" }).catch((e: Error) => e);
    expect(epub).toMatchObject({ code: "ENCRYPTED_FILE", message: expect.stringContaining("DRM") });
  });

  it("says which kind of file is damaged", async () => {
    const docx = buildDocx([{ text: "x" }]);
    const cut = docx.subarray(0, docx.length - 30);
    const e = await parseDocument({ bytes: cut, fileName: "cut.docx" }).catch((err: Error) => err);
    expect(e).toMatchObject({ code: "CORRUPT_FILE", message: expect.stringContaining("This Word file is damaged") });
  });
});
