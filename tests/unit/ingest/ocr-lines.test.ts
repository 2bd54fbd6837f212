import { describe, expect, it } from "vitest";
import { cleanOcrText, linesFromPage, type TessPage } from "@/lib/ingest/ocr/lines";
import { ocrBlocks } from "@/lib/ingest/ocr";
import { scaleFor, tiffSize } from "@/lib/ingest/ocr/raster";
import { isLowConfidence } from "@/lib/text/ocr-confidence";

const page = (paras: Array<Array<[string, number]>>): TessPage => ({
  blocks: [{ paragraphs: paras.map((lines) => ({ lines: lines.map(([text, confidence]) => ({ text, confidence })) })) }],
});

describe("OCR line mapping", () => {
  it("keeps each line with its confidence (0–1) and marks paragraph starts", () => {
    const lines = linesFromPage(
      page([
        [
          ["Alice will send the report\n", 91.4],
          ["by Friday.\n", 48.6],
        ],
        [["Next item\n", 88]],
      ]),
    );
    expect(lines).toEqual([
      { text: "Alice will send the report", confidence: 0.91, paragraphStart: true },
      { text: "by Friday.", confidence: 0.49, paragraphStart: false },
      { text: "Next item", confidence: 0.88, paragraphStart: true },
    ]);
    expect(lines.map((l) => isLowConfidence(l.confidence))).toEqual([false, true, false]);
  });

  it("removes the spaces tesseract puts between Chinese characters but keeps English word spaces", () => {
    expect(cleanOcrText("张 伟 提 出 ， 新 版本 的 发布 时间 定在 十月 15 日 。\n")).toBe("张伟提出，新版本的发布时间定在十月15日。");
    expect(cleanOcrText("  Ship  the Q3   release\n")).toBe("Ship the Q3 release");
    expect(cleanOcrText("会议 使用 Zoom 和 腾讯 会议")).toBe("会议使用Zoom和腾讯会议");
  });

  it("drops lines of stray marks and empty pages", () => {
    expect(
      linesFromPage(
        page([
          [
            ["| _ —\n", 30],
            ["  \n", 95],
            ["Real text\n", 90],
          ],
        ]),
      ).map((l) => l.text),
    ).toEqual(["Real text"]);
    expect(linesFromPage({ blocks: null })).toEqual([]);
  });

  it("clamps confidence outside 0–100", () => {
    expect(
      linesFromPage(
        page([
          [
            ["a", -5],
            ["b", 140],
          ],
        ]),
      ).map((l) => l.confidence),
    ).toEqual([0, 1]);
  });

  it("turns lines into blocks on their page, one per line", () => {
    expect(ocrBlocks([{ text: "x1", confidence: 0.5, paragraphStart: true }], 3)).toEqual([{ text: "x1", page: 3, confidence: 0.5 }]);
  });

  it("enlarges small images for recognition and leaves large ones", () => {
    expect(scaleFor(750, 500)).toBe(2);
    expect(scaleFor(200, 100)).toBe(3);
    expect(scaleFor(2480, 3508)).toBe(1);
  });

  it("reads a TIFF's size from its header so a pixel bomb is refused unread", () => {
    const b = new Uint8Array(8 + 2 + 2 * 12 + 4);
    const v = new DataView(b.buffer);
    b.set([0x49, 0x49, 0x2a, 0]);
    v.setUint32(4, 8, true);
    v.setUint16(8, 2, true);
    [
      [256, 4, 100_000],
      [257, 4, 90_000],
    ].forEach(([tag, type, value], k) => {
      v.setUint16(10 + k * 12, tag, true);
      v.setUint16(12 + k * 12, type, true);
      v.setUint32(14 + k * 12, 1, true);
      v.setUint32(18 + k * 12, value, true);
    });
    expect(tiffSize(b)).toEqual({ width: 100_000, height: 90_000 });
  });
});
