import { describe, expect, it } from "vitest";
import { sniffType } from "@/lib/ingest";
import { isAppError } from "@/lib/errors";
import { fixture } from "./helpers";

const enc = (s: string) => new TextEncoder().encode(s);

describe("sniffType", () => {
  it("decides by content, not by name", async () => {
    expect(await sniffType(fixture("report.pdf"), { fileName: "report.docx" })).toBe("pdf");
    expect(await sniffType(fixture("spec-document.docx"), { fileName: "spec.pdf" })).toBe("docx");
    expect(await sniffType(fixture("zoom.vtt"), { fileName: "zoom.txt" })).toBe("vtt");
    expect(await sniffType(fixture("speakers.srt"), { fileName: "captions.txt" })).toBe("srt");
    expect(await sniffType(fixture("whisper.json"), { fileName: "out.txt" })).toBe("json");
    expect(await sniffType(fixture("article.html"), { fileName: "page.txt" })).toBe("html");
    expect(await sniffType(fixture("handbook.md"), { fileName: "handbook.txt" })).toBe("md");
    expect(await sniffType(fixture("gbk-meeting.txt"), { fileName: "会议.md" })).toBe("md");
    expect(await sniffType(fixture("tencent-meeting.txt"), { fileName: "x" })).toBe("txt");
  });

  it("reads photos, screenshots and scans (PNG, JPEG, WebP, TIFF) as images for OCR, whatever their name", async () => {
    const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);
    expect(await sniffType(fixture("../ocr/line-en.png"), { fileName: "notes.txt" })).toBe("image");
    expect(await sniffType(fixture("../ocr/photo.jpg"), { fileName: "photo.vtt" })).toBe("image");
    expect(await sniffType(webp, { fileName: "x" })).toBe("image");
    // Header plus an empty first IFD: the smallest TIFF whose structure parses.
    expect(await sniffType(new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0]), { fileName: "scan.tif" })).toBe("image");
    // RIFF that is not WebP is audio or video, still refused.
    await expect(sniffType(new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x41, 0x56, 0x45]))).rejects.toThrow(/audio or video/);
  });

  it("calls a file that only starts like an image damaged, not binary", async () => {
    const truncated = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await expect(sniffType(truncated, { fileName: "shot.png" })).rejects.toMatchObject({ code: "CORRUPT_FILE", message: expect.stringContaining("PNG") });
  });

  it("reads UTF-16 with a byte-order mark as text, not as MPEG audio", async () => {
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Alice: hello there", "utf16le")]));
    expect(await sniffType(utf16, { fileName: "a.txt" })).toBe("txt");
  });

  it("does not take a bracketed-timestamp transcript for JSON", async () => {
    expect(await sniffType(enc("[00:00:01] A: hi\n[00:00:02] B: hello\n"), { fileName: "t.txt" })).toBe("txt");
  });

  it("names what an unsupported binary is", async () => {
    try {
      await sniffType(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0]), { fileName: "a.txt" });
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code).toBe("UNSUPPORTED_TYPE");
      expect((e as Error).message).toContain("GIF");
    }
  });
});
