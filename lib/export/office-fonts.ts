import { isChineseLang } from "@/lib/export/labels";
import type { ExportLang } from "@/lib/export/types";

/**
 * Fonts for Office files. Word and LibreOffice pick the East-Asian font slot for Chinese
 * characters; left unset, they fall back to the theme or a Latin font without CJK glyphs and
 * show boxes or a mismatched face. Microsoft YaHei ships with Windows and Office for Mac and is
 * substituted by LibreOffice with an installed CJK sans (Noto Sans CJK / WenQuanYi).
 */
export const EAST_ASIAN_FONT = "Microsoft YaHei";
export const LATIN_FONT = "Calibri";
/** Complex scripts (Arabic, Hebrew, …) are not expected, but the slot must name a real font. */
export const COMPLEX_SCRIPT_FONT = "Arial";

export const DOCUMENT_FONTS = {
  ascii: LATIN_FONT,
  hAnsi: LATIN_FONT,
  eastAsia: EAST_ASIAN_FONT,
  cs: COMPLEX_SCRIPT_FONT,
} as const;

/** `w:lang`: Latin text is proofed as English; East-Asian text as Simplified Chinese for zh/mixed. */
export function documentLanguage(lang: ExportLang): { value: string; eastAsia?: string } {
  return isChineseLang(lang) ? { value: "en-US", eastAsia: "zh-CN" } : { value: "en-US" };
}
