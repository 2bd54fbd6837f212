import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sniffMedia } from "@/lib/ingest/speech/media";

const head = (name: string) => new Uint8Array(readFileSync(path.join(process.cwd(), "tests/fixtures/recordings", name)).subarray(0, 64));

describe("sniffMedia", () => {
  it.each([
    ["tones.mp3", "mp3", "audio/mpeg"],
    ["tones.m4a", "m4a", "audio/mp4"],
    ["tones.wav", "wav", "audio/wav"],
    ["tones.ogg", "ogg", "audio/ogg"],
    ["tones.webm", "webm", "video/webm"],
    ["tones.mp4", "mp4", "video/mp4"],
    ["tones.mov", "mov", "video/quicktime"],
  ])("recognises %s by its bytes, whatever it is called", (name, format, mime) => {
    expect(sniffMedia(head(name), "upload.bin")).toMatchObject({ format, mime });
  });

  it("does not take text (UTF-16 with its FF FE mark included), PDFs or zips for recordings", () => {
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("会议纪要 hello", "utf16le")]));
    expect(sniffMedia(utf16)).toBeUndefined();
    expect(sniffMedia(new TextEncoder().encode("%PDF-1.7\n"))).toBeUndefined();
    expect(sniffMedia(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).toBeUndefined();
    expect(sniffMedia(new TextEncoder().encode("张三 00:00:05 大家好"))).toBeUndefined();
  });
});
