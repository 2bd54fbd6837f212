import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { COMPLEX_SCRIPT_FONT, EAST_ASIAN_FONT, LATIN_FONT } from "@/lib/export/office-fonts";

/**
 * pptxgenjs writes one `fontFace` into the latin, ea and cs slots alike, and its theme leaves the
 * East-Asian theme fonts empty. PowerPoint and LibreOffice render Chinese from the `ea` slot, so we
 * rewrite every run's font triple (Latin face for Latin text, a CJK face for Chinese) and fill in the
 * theme, inside the generated zip.
 */

const FONT_TRIPLE = `<a:latin typeface="${LATIN_FONT}"/>` + `<a:ea typeface="${EAST_ASIAN_FONT}" pitchFamily="34" charset="-122"/>` + `<a:cs typeface="${COMPLEX_SCRIPT_FONT}"/>`;

// Children of CT_TextCharacterProperties that the schema places after latin/ea/cs.
const AFTER_FONTS = /<a:(sym|hlinkClick|hlinkMouseOver|rtl|extLst)\b/;
// redos-safe: applied to XML that pptxgenjs wrote; user text inside it is escaped, so it holds no "<"
const FONT_SLOT = /<a:(latin|ea|cs)\b[^>]*?(\/>|>[\s\S]*?<\/a:\1>)/g;
// redos-safe: the same generated XML
const RUN_PROPERTIES = /<a:(rPr|endParaRPr|defRPr)\b([^>]*?)(\/>|>([\s\S]*?)<\/a:\1>)/g;

/** Gives every run-property element in a DrawingML part exactly our latin/ea/cs triple, in schema order. */
export function setRunFonts(xml: string): string {
  return xml.replace(RUN_PROPERTIES, (_match, tag: string, attributes: string, _end: string, body: string | undefined) => {
    const children = (body ?? "").replace(FONT_SLOT, "");
    const insertAt = children.search(AFTER_FONTS);
    const withFonts = insertAt < 0 ? children + FONT_TRIPLE : children.slice(0, insertAt) + FONT_TRIPLE + children.slice(insertAt);
    return `<a:${tag}${attributes}>${withFonts}</a:${tag}>`;
  });
}

/** Fills the theme's empty East-Asian and complex-script fonts so text without run fonts also gets them. */
export function setThemeFonts(xml: string): string {
  return xml.replace(/<a:ea typeface=""\s*\/>/g, `<a:ea typeface="${EAST_ASIAN_FONT}"/>`).replace(/<a:cs typeface=""\s*\/>/g, `<a:cs typeface="${COMPLEX_SCRIPT_FONT}"/>`);
}

const SLIDE_PART = /^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/;

/** Applies the font fixes to every slide-like part and the theme of a PPTX package. */
export function applyEastAsianFonts(pptx: Uint8Array): Uint8Array {
  const files = unzipSync(pptx);
  const output: Zippable = {};
  for (const [path, bytes] of Object.entries(files)) {
    // Directory entries carry no content; Office does not need them.
    if (path.endsWith("/")) continue;
    if (SLIDE_PART.test(path)) output[path] = strToU8(setRunFonts(strFromU8(bytes)));
    else if (/^ppt\/theme\/[^/]+\.xml$/.test(path)) output[path] = strToU8(setThemeFonts(strFromU8(bytes)));
    else output[path] = bytes;
  }
  return zipSync(output, { level: 6 });
}
