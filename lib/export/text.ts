/**
 * Text hygiene shared by every writer. Model and transcript text arrives with stray control
 * characters and line breaks; XML 1.0 forbids most control characters (Word refuses to open the
 * file), and a line break inside a list item would end the item in Markdown.
 */

// Tab, LF and CR are legal in XML but still collapse to spaces below; the rest are illegal.
// Lone surrogates and U+FFFE/U+FFFF are also illegal in XML 1.0.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that cannot appear in XML and folds all whitespace runs into one space. */
export function cleanInline(text: string | null | undefined): string {
  if (!text) return "";
  return text.replace(XML_ILLEGAL, "").replace(/\s+/g, " ").trim();
}

/** Wide (CJK, full-width) characters take about one em; others about half. Used to fit text to boxes. */
export function isWideChar(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1faff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/** Width of `text` in ems: wide characters count 1, everything else 0.55 (an average Latin glyph). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWideChar(char.codePointAt(0) ?? 0) ? 1 : 0.55;
  return width;
}

/**
 * Shortens `text` to at most `maxWidth` ems, cutting at a word boundary for Latin text when one is
 * close, and marks the cut with an ellipsis so a reader knows something is missing.
 */
export function truncateToWidth(text: string, maxWidth: number): string {
  if (displayWidth(text) <= maxWidth) return text;
  const budget = maxWidth - 1;
  let width = 0;
  let cut = 0;
  const chars = Array.from(text);
  for (; cut < chars.length; cut++) {
    const charWidth = isWideChar(chars[cut].codePointAt(0) ?? 0) ? 1 : 0.55;
    if (width + charWidth > budget) break;
    width += charWidth;
  }
  let kept = chars.slice(0, cut).join("");
  const lastSpace = kept.lastIndexOf(" ");
  if (lastSpace > kept.length * 0.7) kept = kept.slice(0, lastSpace);
  return `${kept.trimEnd()}…`;
}
