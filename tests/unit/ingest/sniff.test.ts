import { describe, expect, it } from "vitest";
import { sniffType } from "@/lib/ingest";
import { isAppError } from "@/lib/errors";
import { fixture } from "./helpers";

const enc = (s: string) => new TextEncoder().encode(s);

describe("sniffType", () => {
  it("decides by content, not by name", () => {
    expect(sniffType(fixture("report.pdf"), { fileName: "report.docx" })).toBe("pdf");
    expect(sniffType(fixture("spec-document.docx"), { fileName: "spec.pdf" })).toBe("docx");
    expect(sniffType(fixture("zoom.vtt"), { fileName: "zoom.txt" })).toBe("vtt");
    expect(sniffType(fixture("speakers.srt"), { fileName: "captions.txt" })).toBe("srt");
    expect(sniffType(fixture("whisper.json"), { fileName: "out.txt" })).toBe("json");
    expect(sniffType(fixture("article.html"), { fileName: "page.txt" })).toBe("html");
    expect(sniffType(fixture("handbook.md"), { fileName: "handbook.txt" })).toBe("md");
    expect(sniffType(fixture("gbk-meeting.txt"), { fileName: "会议.md" })).toBe("md");
    expect(sniffType(fixture("tencent-meeting.txt"), { fileName: "x" })).toBe("txt");
  });

  it("reads photos, screenshots and scans (PNG, JPEG, WebP, TIFF) as images for OCR, whatever their name", () => {
    const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);
    expect(sniffType(fixture("../ocr/line-en.png"), { fileName: "notes.txt" })).toBe("image");
    expect(sniffType(fixture("../ocr/photo.jpg"), { fileName: "photo.vtt" })).toBe("image");
    expect(sniffType(webp, { fileName: "x" })).toBe("image");
    expect(sniffType(new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]), { fileName: "scan.tif" })).toBe("image");
    // RIFF that is not WebP is audio or video, still refused.
    expect(() => sniffType(new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x41, 0x56, 0x45]))).toThrow(/audio or video/);
  });

  it("does not take a bracketed-timestamp transcript for JSON", () => {
    expect(sniffType(enc("[00:00:01] A: hi\n[00:00:02] B: hello\n"), { fileName: "t.txt" })).toBe("txt");
  });

  it("names what an unsupported binary is", () => {
    try {
      sniffType(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0]), { fileName: "a.txt" });
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code).toBe("UNSUPPORTED_TYPE");
      expect((e as Error).message).toContain("GIF");
    }
  });
});
