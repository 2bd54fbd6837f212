import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/ingest";
import { isAppError } from "@/lib/errors";
import { FIXTURE_TEXT } from "@/tests/fixtures/ocr/generate";

// Real recognition with the npm trained data (no network): tiny one-line fixtures keep this quick.
const OCR = path.resolve(__dirname, "../../fixtures/ocr");
const read = (name: string) => new Uint8Array(readFileSync(path.join(OCR, name)));

describe("OCR of committed fixtures", () => {
  it("reads a PNG screenshot line with its confidence, on page 1", async () => {
    const pages: Array<[number, number]> = [];
    const doc = await parseDocument({ bytes: read("line-en.png"), fileName: "line-en.png" }, { ocr: { workers: 1, onPage: (d, t) => pages.push([d, t]) } });
    expect(doc.format).toBe("image");
    expect(doc.segments).toHaveLength(1);
    expect(doc.segments[0].text).toBe(FIXTURE_TEXT.en);
    expect(doc.segments[0].page).toBe(1);
    expect(doc.segments[0].confidence).toBeGreaterThan(0.6);
    expect(pages).toEqual([[1, 1]]);
  }, 60_000);

  it("reads an image-only (scanned) Chinese PDF page", async () => {
    const doc = await parseDocument({ bytes: read("scan-zh.pdf"), fileName: "scan-zh.pdf" }, { ocr: { workers: 1 } });
    expect(doc.format).toBe("pdf");
    expect(doc.lang).toBe("zh");
    expect(doc.segments.map((s) => s.text).join("")).toBe(FIXTURE_TEXT.zh);
    expect(doc.segments.every((s) => s.page === 1 && s.confidence !== undefined)).toBe(true);
  }, 60_000);

  it("reads a JPEG photo", async () => {
    const doc = await parseDocument({ bytes: read("photo.jpg"), fileName: "photo.jpg" }, { ocr: { workers: 1 } });
    expect(doc.segments.map((s) => s.text).join(" ")).toBe(FIXTURE_TEXT.photo);
  }, 60_000);

  it("refuses an image whose data is damaged", async () => {
    const broken = read("line-en.png").slice(0, 200);
    broken.fill(7, 33);
    const err = await parseDocument({ bytes: broken, fileName: "x.png" }).catch((e: unknown) => e);
    expect(isAppError(err) && err.code).toBe("CORRUPT_FILE");
  });
});
