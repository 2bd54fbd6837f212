import { displayWidth } from "@/lib/export/text";

/**
 * Picks a font size so text fits a box without relying on the viewer's autofit: PowerPoint only
 * applies `normAutofit` after the text is edited, so a generated deck must already fit as written.
 * The estimate uses em widths (CJK ≈ 1 em, Latin ≈ 0.55 em) and errs on the side of smaller text.
 */

export interface TextBox {
  /** Usable width in points (box width minus insets and bullet indent). */
  widthPt: number;
  heightPt: number;
}

export interface FitOptions {
  /** Candidate sizes in points, largest first; the last one is used when nothing fits. */
  sizes: number[];
  lineSpacing?: number;
  /** Extra space after each paragraph, in points. */
  paragraphSpacingPt?: number;
}

/** Lines a paragraph wraps to at `fontSizePt`; +5% width because real glyphs vary and words don't split. */
export function wrappedLines(text: string, fontSizePt: number, widthPt: number): number {
  const textWidthPt = displayWidth(text) * fontSizePt * 1.05;
  return Math.max(1, Math.ceil(textWidthPt / widthPt));
}

export function textHeightPt(paragraphs: string[], fontSizePt: number, box: TextBox, options: FitOptions): number {
  const lineSpacing = options.lineSpacing ?? 1.2;
  const spacing = options.paragraphSpacingPt ?? 0;
  return paragraphs.reduce((height, paragraph) => height + wrappedLines(paragraph, fontSizePt, box.widthPt) * fontSizePt * lineSpacing + spacing, 0);
}

/** The largest candidate size at which all paragraphs fit the box. */
export function fitFontSize(paragraphs: string[], box: TextBox, options: FitOptions): number {
  for (const size of options.sizes) {
    if (textHeightPt(paragraphs, size, box, options) <= box.heightPt) return size;
  }
  return options.sizes[options.sizes.length - 1];
}
