import { describe, expect, it } from "vitest";
import { citationLabels, formatTimestamp, indexSegments, segmentLabel } from "@/lib/export/citations";
import { fitFontSize, wrappedLines } from "@/lib/export/fit";
import { setRunFonts, setThemeFonts } from "@/lib/export/pptx-fonts";
import { cleanInline, displayWidth, truncateToWidth } from "@/lib/export/text";

const TRIPLE = '<a:latin typeface="Calibri"/><a:ea typeface="Microsoft YaHei" pitchFamily="34" charset="-122"/><a:cs typeface="Arial"/>';

describe("source labels", () => {
  it("formats times as HH:MM:SS", () => {
    expect(formatTimestamp(0)).toBe("00:00:00");
    expect(formatTimestamp(725_999)).toBe("00:12:05");
    expect(formatTimestamp(36_000_000)).toBe("10:00:00");
  });

  it("prefers speaker and time, then page, then the segment index", () => {
    expect(segmentLabel(7, { index: 7, speaker: "张三", startMs: 725_000 })).toBe("张三 00:12:05");
    expect(segmentLabel(7, { index: 7, startMs: 725_000 })).toBe("00:12:05");
    expect(segmentLabel(7, { index: 7, page: 3 })).toBe("p.3");
    expect(segmentLabel(7, { index: 7, speaker: "Bob", page: 3 })).toBe("Bob p.3");
    expect(segmentLabel(7, { index: 7, speaker: "Bob" })).toBe("Bob #7");
    expect(segmentLabel(12, { index: 12 })).toBe("#12");
    expect(segmentLabel(12, undefined)).toBe("#12");
  });

  it("ignores invalid indexes", () => {
    expect(citationLabels([-1, 1.5, 2], indexSegments([]))).toEqual(["#2"]);
  });
});

describe("text helpers", () => {
  it("folds whitespace and removes XML-illegal characters, including lone surrogates", () => {
    expect(cleanInline("  a\n\tb\u0000c\uD800d 😀 ")).toBe("a bcd 😀");
    expect(cleanInline(null)).toBe("");
  });

  it("measures CJK as one em and Latin as about half", () => {
    expect(displayWidth("中文")).toBe(2);
    expect(displayWidth("ab")).toBeCloseTo(1.1);
  });

  it("truncates to a width with an ellipsis, at a word boundary when close", () => {
    expect(truncateToWidth("short", 10)).toBe("short");
    expect(truncateToWidth("一二三四五六七八九十", 5)).toBe("一二三四…");
    expect(truncateToWidth("alpha beta gamma delta epsilon", 9)).toBe("alpha beta…");
    expect(truncateToWidth("alpha beta gamma delta epsilon", 10)).toBe("alpha beta gamma…");
  });
});

describe("font fitting", () => {
  it("counts wrapped lines from text width", () => {
    expect(wrappedLines("中".repeat(10), 20, 300)).toBe(1);
    expect(wrappedLines("中".repeat(30), 20, 300)).toBe(3);
  });

  it("picks the largest size that fits and falls back to the smallest", () => {
    const box = { widthPt: 400, heightPt: 100 };
    expect(fitFontSize(["短"], box, { sizes: [24, 18, 12] })).toBe(24);
    expect(fitFontSize(["中".repeat(60)], box, { sizes: [24, 18, 12] })).toBe(18);
    expect(fitFontSize(["中".repeat(2000)], box, { sizes: [24, 18, 12] })).toBe(12);
  });
});

describe("PPTX font rewriting", () => {
  it("expands self-closing run properties with the font triple", () => {
    expect(setRunFonts('<a:endParaRPr lang="en-US"/>')).toBe(`<a:endParaRPr lang="en-US">${TRIPLE}</a:endParaRPr>`);
  });

  it("replaces one-face-for-all fonts and keeps schema order before hyperlinks", () => {
    const input =
      '<a:rPr lang="zh-CN" sz="2400"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>' +
      '<a:latin typeface="X"/><a:ea typeface="X"/><a:cs typeface="X"/><a:hlinkClick r:id="rId2"/></a:rPr>';
    expect(setRunFonts(input)).toBe(`<a:rPr lang="zh-CN" sz="2400"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>${TRIPLE}<a:hlinkClick r:id="rId2"/></a:rPr>`);
  });

  it("fills empty theme fonts", () => {
    expect(setThemeFonts('<a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>')).toBe(
      '<a:latin typeface="Calibri"/><a:ea typeface="Microsoft YaHei"/><a:cs typeface="Arial"/>',
    );
  });
});
