import { describe, expect, it } from "vitest";
import { deckToPptx } from "@/lib/export/pptx";
import type { DeckInput } from "@/lib/export/types";
import { chineseDeck, englishDeck } from "./fixtures";
import { elementTexts, malformedParts, unzipText } from "@/tests/support/ooxml";

async function render(deck: DeckInput) {
  const files = unzipText(await deckToPptx(deck));
  const slidePaths = Object.keys(files)
    .filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
  const slides = slidePaths.map((path) => files[path]);
  /** Paragraph texts of slide N (1-based), slide numbers excluded. */
  const texts = (n: number) => elementTexts(slides[n - 1].replace(/<a:fld [\s\S]*?<\/a:fld>/g, ""), "a:p", "a:t").filter(Boolean);
  const notes = (n: number) => elementTexts(files[`ppt/notesSlides/notesSlide${n}.xml`] ?? "", "a:p", "a:t").join("\n");
  return { files, slides, texts, notes };
}

/** Font sizes (hundredths of a point) of the bullet runs on a slide. */
function bulletSizes(slideXml: string): number[] {
  const bulletParagraphs = slideXml.match(/<a:p>(?:(?!<\/a:p>)[\s\S])*?<a:buChar[\s\S]*?<\/a:p>/g) ?? [];
  return bulletParagraphs.map((paragraph) => Number(paragraph.match(/<a:rPr [^>]*sz="(\d+)"/)?.[1]));
}

describe("deckToPptx", () => {
  it("produces a well-formed 16:9 package with a cover plus one slide per outline slide", async () => {
    const { files, slides } = await render(chineseDeck);
    expect(slides).toHaveLength(chineseDeck.slides.length + 1);
    expect(malformedParts(files)).toEqual([]);
    // 13.333 in × 7.5 in in EMU.
    expect(files["ppt/presentation.xml"]).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
  });

  it("puts the title and subtitle on the cover and each title and bullet on its own slide", async () => {
    const { texts } = await render(chineseDeck);
    expect(texts(1)).toEqual(["第三季度回顾", "产品团队 · 2024-05-06"]);
    expect(texts(2)).toEqual(["预算", "第三季度预算已批准", "Marketing spend +10%"]);
    expect(texts(3)).toEqual(["发布计划", "发布推迟一周", "Beta 用户反馈良好"]);
    expect(texts(4)).toEqual(["Next steps", "张三发送修订后的方案"]);
  });

  it("gives every text run a Latin, an East-Asian and a complex-script font", async () => {
    const { slides } = await render(chineseDeck);
    for (const slide of slides) {
      const runProperties = slide.match(/<a:(rPr|endParaRPr)\b[^>]*?(\/>|>[\s\S]*?<\/a:\1>)/g) ?? [];
      expect(runProperties.length).toBeGreaterThan(0);
      for (const properties of runProperties) {
        expect(properties).toContain('<a:latin typeface="Calibri"/>');
        expect(properties).toContain('<a:ea typeface="Microsoft YaHei"');
        expect(properties).toContain('<a:cs typeface="Arial"/>');
        // Schema order: latin, ea, cs — exactly once each.
        expect(properties.match(/<a:(latin|ea|cs)\b/g)).toEqual(["<a:latin", "<a:ea", "<a:cs"]);
      }
    }
  });

  it("fills the theme's East-Asian fonts so untagged text also gets a CJK face", async () => {
    const { files } = await render(chineseDeck);
    const theme = files["ppt/theme/theme1.xml"];
    expect(theme).not.toContain('<a:ea typeface=""');
    expect(theme.match(/<a:ea typeface="Microsoft YaHei"\/>/g)).toHaveLength(2);
  });

  it("tags runs zh-CN for Chinese decks and leaves English decks en-US", async () => {
    const chinese = await render(chineseDeck);
    expect(chinese.slides[1]).toMatch(/<a:rPr lang="zh-CN" altLang="en-US"/);
    const english = await render(englishDeck);
    expect(english.slides.join("")).not.toContain("zh-CN");
    expect(english.texts(2)).toEqual(["Budget", "Budget approved", "Marketing spend up 10%"]);
  });

  it("escapes markup in slide text", async () => {
    const { files, texts } = await render({ ...englishDeck, slides: [{ title: "A & B", bullets: ["<script>alert(1)</script>", "x\u0002y"] }] });
    expect(malformedParts(files)).toEqual([]);
    expect(texts(2)).toEqual(["A & B", "<script>alert(1)</script>", "xy"]);
  });

  it("shrinks the font for long bullets and keeps short slides large", async () => {
    const long = "这是一条很长的要点，".repeat(9);
    const { slides } = await render({
      ...chineseDeck,
      slides: [
        { title: "短", bullets: ["一条"] },
        { title: "长", bullets: Array(6).fill(long) },
      ],
    });
    const [shortSize] = bulletSizes(slides[1]);
    const longSizes = bulletSizes(slides[2]);
    expect(shortSize).toBe(2400);
    expect(longSizes).toHaveLength(6);
    expect(Math.max(...longSizes)).toBeLessThan(shortSize);
    expect(slides[2]).toContain("<a:normAutofit/>");
  });

  it("caps overlong and excess bullets on the slide and keeps the full text in the speaker notes", async () => {
    const longBullet = "word ".repeat(80).trim();
    const bullets = [longBullet, ...Array.from({ length: 11 }, (_v, i) => `Point ${i + 1}`)];
    const { texts, notes } = await render({ ...englishDeck, slides: [{ title: "Everything", bullets }] });
    const shown = texts(2);
    expect(shown).toHaveLength(1 + 8);
    expect(shown[1].endsWith("…")).toBe(true);
    expect(shown[1].length).toBeLessThan(longBullet.length);
    expect(shown[7]).toBe("Point 6");
    expect(shown[8]).toBe("… and 5 more (see notes)");
    expect(notes(2)).toContain(longBullet);
    expect(notes(2)).toContain("Point 11");
  });

  it("handles a deck without slides or subtitle", async () => {
    const { slides, texts } = await render({ title: "", lang: "zh", slides: [] });
    expect(slides).toHaveLength(1);
    expect(texts(1)).toEqual(["无标题"]);
  });
});
