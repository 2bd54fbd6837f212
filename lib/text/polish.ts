/**
 * Deterministic copy-editing used by the local engine's `transform`: what a careful editor does
 * without rewriting meaning. Applied line by line so Markdown structure and paragraphs survive.
 */
import { cleanSpoken } from "@/lib/text/spoken";
import { HAN_CLASS, hasHan } from "@/lib/text/cjk";

const HAN = `[${HAN_CLASS}]`;
const HALF_TO_FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）" };

/** Pangu spacing: one space between Han characters and Latin letters/digits ("用React写" → "用 React 写"). */
export function spaceCjkLatin(line: string): string {
  return line.replace(new RegExp(`(${HAN})([A-Za-z0-9@#$&])`, "gu"), "$1 $2").replace(new RegExp(`([A-Za-z0-9%$&])(${HAN})`, "gu"), "$1 $2");
}

/** In Chinese text, ASCII punctuation next to Han characters becomes full-width ("好,走" → "好，走"). */
export function fullWidthPunct(line: string): string {
  let t = line.replace(new RegExp(`(${HAN})\\s*([,;:?!])\\s*`, "gu"), (_m, h: string, p: string) => h + HALF_TO_FULL[p]);
  t = t.replace(new RegExp(`(${HAN})\\.(?=\\s|$|${HAN})\\s*`, "gu"), "$1。");
  t = t.replace(new RegExp(`\\((?=[^)]*${HAN})([^)]*)\\)`, "gu"), "（$1）");
  return t;
}

function capitaliseSentences(line: string): string {
  return line
    .replace(/^(\s*(?:[-*+>]\s+|\d+[.)]\s+|#+\s+)?)([a-z])/, (_m, pre: string, c: string) => pre + c.toUpperCase())
    .replace(/([.?!]\s+)([a-z])/g, (_m, pre: string, c: string) => pre + c.toUpperCase())
    .replace(/\bi\b(?=['\s,.?!]|$)/g, "I");
}

function tidyWhitespace(line: string): string {
  return line
    .replace(/[ \t\u00a0\u3000]+/g, " ")
    .replace(/ ([,.;:?!])/g, "$1")
    .replace(/([,;:])(?=[A-Za-z])/g, "$1 ")
    .trimEnd();
}

/**
 * polish: also removes spoken fillers and stutters (the text reads as written).
 * proofread: only mechanical fixes (spacing, punctuation width, capitals, doubled words).
 */
export function polishText(text: string, mode: "polish" | "proofread" = "polish"): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const out = lines.map((raw) => {
    const indent = raw.match(/^\s*/)?.[0] ?? "";
    let line = tidyWhitespace(raw.trim());
    if (!line) return "";
    if (mode === "polish") line = cleanSpoken(line);
    else line = line.replace(/\b(\w+)(\s+\1\b)+/gi, "$1");
    if (hasHan(line)) line = fullWidthPunct(line);
    line = spaceCjkLatin(line);
    line = capitaliseSentences(line);
    return indent.replace(/\t/g, "  ") + line;
  });
  return out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
