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

  it("does not take a bracketed-timestamp transcript for JSON", () => {
    expect(sniffType(enc("[00:00:01] A: hi\n[00:00:02] B: hello\n"), { fileName: "t.txt" })).toBe("txt");
  });

  it("names what an unsupported binary is", () => {
    try {
      sniffType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), { fileName: "a.txt" });
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code).toBe("UNSUPPORTED_TYPE");
      expect((e as Error).message).toContain("PNG");
    }
  });
});
