import PptxGenJS from "pptxgenjs";
import { fitFontSize, type TextBox } from "@/lib/export/fit";
import { isChineseLang, labelsFor, type ExportLabels } from "@/lib/export/labels";
import { LATIN_FONT } from "@/lib/export/office-fonts";
import { applyEastAsianFonts } from "@/lib/export/pptx-fonts";
import { cleanInline, truncateToWidth } from "@/lib/export/text";
import type { DeckInput, DeckSlide } from "@/lib/export/types";

/**
 * Geometry for a 16:9 deck (13.33 × 7.5 in). Each box is paired with the usable area the font
 * fitter assumes: width minus PowerPoint's default 0.1 in side insets (and bullet indent),
 * height minus the 0.05 in top/bottom insets.
 */
const INCH = 72;
const INSET_PT = 0.2 * INCH;
const BULLET_INDENT_PT = 18;
const BULLET_SPACING_PT = 6;

const COVER_TITLE = { x: 0.9, y: 2.2, w: 11.5, h: 1.9 };
const COVER_RULE = { x: 0.9, y: 4.3, w: 1.6 };
const COVER_SUBTITLE = { x: 0.9, y: 4.55, w: 11.5, h: 1.0 };
const SLIDE_TITLE = { x: 0.7, y: 0.4, w: 11.9, h: 1.0 };
const SLIDE_RULE = { x: 0.7, y: 1.45, w: 11.9 };
const SLIDE_BODY = { x: 0.7, y: 1.7, w: 11.9, h: 5.3 };

/**
 * Caps chosen so the smallest candidate size always fits (see fit.ts): 8 bullets of at most
 * 100 ems (≈100 Chinese characters or ≈180 Latin ones) wrap to ≤ 2 lines each at 14 pt.
 */
const MAX_BULLETS = 8;
const MAX_BULLET_WIDTH = 100;
const MAX_SLIDE_TITLE_WIDTH = 70;
const MAX_COVER_TITLE_WIDTH = 80;
const MAX_SUBTITLE_WIDTH = 120;

const BODY_SIZES = [24, 22, 20, 18, 16, 14];
const SLIDE_TITLE_SIZES = [32, 28, 24, 20];
const COVER_TITLE_SIZES = [44, 40, 36, 32, 28];
const SUBTITLE_SIZES = [22, 20, 18, 16];

const INK = "111827";
const BODY_INK = "374151";
const MUTED = "6B7280";
const ACCENT = "2563EB";
const RULE = "E5E7EB";

function usableBox(box: { w: number; h: number }, indentPt = 0): TextBox {
  return { widthPt: box.w * INCH - INSET_PT - indentPt, heightPt: box.h * INCH - 0.1 * INCH };
}

interface PreparedSlide {
  title: string;
  bullets: string[];
  /** The full, untruncated content, put in the speaker notes when anything was shortened. */
  notes: string | null;
}

/** Shortens what cannot fit on the slide; anything cut is kept verbatim in the speaker notes. */
export function prepareSlide(slide: DeckSlide, labels: ExportLabels): PreparedSlide {
  const fullTitle = cleanInline(slide.title) || labels.untitled;
  const fullBullets = slide.bullets.map(cleanInline).filter(Boolean);
  const title = truncateToWidth(fullTitle, MAX_SLIDE_TITLE_WIDTH);
  const overflow = fullBullets.length > MAX_BULLETS;
  const shown = overflow ? fullBullets.slice(0, MAX_BULLETS - 1) : fullBullets;
  const bullets = shown.map((bullet) => truncateToWidth(bullet, MAX_BULLET_WIDTH));
  if (overflow) bullets.push(labels.moreBullets(fullBullets.length - shown.length));
  const shortened = overflow || title !== fullTitle || bullets.some((bullet, index) => bullet !== shown[index]);
  const notes = shortened ? [fullTitle, ...fullBullets.map((bullet) => `• ${bullet}`)].join("\n") : null;
  return { title, bullets, notes };
}

function addCover(pptx: PptxGenJS, deck: DeckInput, labels: ExportLabels, lang: string | undefined): void {
  const slide = pptx.addSlide();
  const fullTitle = cleanInline(deck.title) || labels.untitled;
  const title = truncateToWidth(fullTitle, MAX_COVER_TITLE_WIDTH);
  slide.addText(title, {
    ...COVER_TITLE,
    fontFace: LATIN_FONT,
    fontSize: fitFontSize([title], usableBox(COVER_TITLE), { sizes: COVER_TITLE_SIZES }),
    bold: true,
    color: INK,
    valign: "bottom",
    fit: "shrink",
    lang,
  });
  slide.addShape(pptx.ShapeType.line, { ...COVER_RULE, h: 0, line: { color: ACCENT, width: 3 } });
  const fullSubtitle = cleanInline(deck.subtitle);
  const subtitle = truncateToWidth(fullSubtitle, MAX_SUBTITLE_WIDTH);
  if (subtitle) {
    slide.addText(subtitle, {
      ...COVER_SUBTITLE,
      fontFace: LATIN_FONT,
      fontSize: fitFontSize([subtitle], usableBox(COVER_SUBTITLE), { sizes: SUBTITLE_SIZES }),
      color: MUTED,
      valign: "top",
      fit: "shrink",
      lang,
    });
  }
  if (title !== fullTitle || subtitle !== fullSubtitle) slide.addNotes([fullTitle, fullSubtitle].filter(Boolean).join("\n"));
}

function addContentSlide(pptx: PptxGenJS, prepared: PreparedSlide, lang: string | undefined): void {
  const slide = pptx.addSlide();
  slide.addText(prepared.title, {
    ...SLIDE_TITLE,
    fontFace: LATIN_FONT,
    fontSize: fitFontSize([prepared.title], usableBox(SLIDE_TITLE), { sizes: SLIDE_TITLE_SIZES }),
    bold: true,
    color: INK,
    valign: "middle",
    fit: "shrink",
    lang,
  });
  slide.addShape(pptx.ShapeType.line, { ...SLIDE_RULE, h: 0, line: { color: RULE, width: 1 } });
  if (prepared.bullets.length) {
    const fontSize = fitFontSize(prepared.bullets, usableBox(SLIDE_BODY, BULLET_INDENT_PT), {
      sizes: BODY_SIZES,
      paragraphSpacingPt: BULLET_SPACING_PT,
    });
    slide.addText(
      prepared.bullets.map((bullet) => ({ text: bullet, options: { bullet: { indent: BULLET_INDENT_PT }, breakLine: true } })),
      { ...SLIDE_BODY, fontFace: LATIN_FONT, fontSize, color: BODY_INK, valign: "top", fit: "shrink", paraSpaceAfter: BULLET_SPACING_PT, lang },
    );
  }
  slide.slideNumber = { x: 12.4, y: 7.0, w: 0.6, h: 0.3, fontFace: LATIN_FONT, fontSize: 10, color: MUTED };
  if (prepared.notes) slide.addNotes(prepared.notes);
}

/** Builds the deck: a cover slide, then one slide per outline slide, with CJK fonts on every run. */
export async function deckToPptx(deck: DeckInput): Promise<Uint8Array> {
  const labels = labelsFor(deck.lang);
  // Tagging runs zh-CN makes PowerPoint choose the East-Asian font and proofing for Chinese text.
  const lang = isChineseLang(deck.lang) ? "zh-CN" : undefined;
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.author = "Jiyao";
  pptx.company = "Jiyao";
  pptx.title = cleanInline(deck.title) || labels.untitled;
  pptx.theme = { headFontFace: LATIN_FONT, bodyFontFace: LATIN_FONT };

  addCover(pptx, deck, labels, lang);
  for (const slide of deck.slides) addContentSlide(pptx, prepareSlide(slide, labels), lang);

  const output = await pptx.write({ outputType: "uint8array" });
  if (!(output instanceof Uint8Array)) throw new Error("pptxgenjs did not return bytes");
  return applyEastAsianFonts(output);
}
