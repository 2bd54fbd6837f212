/**
 * Punctuation width: half-width (ASCII) marks inside Chinese text become full-width (，。？！：；（）“”),
 * and full-width marks inside an English line become ASCII. Chinese context is decided from the
 * characters on both sides, never from the whole document, so mixed documents work.
 */
import type { Suggestion } from "@/lib/engine/suggestions";
import { hanCount, isHan } from "@/lib/text/cjk";
import type { ProofContext } from "./context";

const CJK_CLOSE = "”’）》」』】〉";
const CJK_OPEN = "“‘（《「『【〈";
const FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！" };
const NAME: Record<string, string> = { ",": "comma", ";": "semicolon", ":": "colon", "?": "question mark", "!": "exclamation mark", ".": "full stop" };

function isLatinOrDigit(ch: string | undefined): boolean {
  return !!ch && /[A-Za-z0-9]/.test(ch);
}

/** Index of the first non-space character at or after i (or before i, going left). */
function skipSpaces(s: string, i: number, dir: 1 | -1): number {
  while (i >= 0 && i < s.length && (s[i] === " " || s[i] === "\t")) i += dir;
  return i;
}

/** Curly quotes close English quotations too: they count as Chinese only after Chinese text. */
function chineseLeftAt(v: string, i: number): boolean {
  const ch = v[i];
  if (ch === "”" || ch === "’") return isHan(v[i - 1]) || CJK_CLOSE.includes(v[i - 1] ?? "") || /[。！？，]/.test(v[i - 1] ?? "");
  return isHan(ch) || (!!ch && CJK_CLOSE.includes(ch));
}

function chineseRight(ch: string | undefined): boolean {
  return isHan(ch) || (!!ch && CJK_OPEN.includes(ch));
}

function halfWidthInChinese(ctx: ProofContext, out: Suggestion[]): void {
  const v = ctx.view;
  for (const m of v.matchAll(/[,;:?!]/g)) {
    const i = m.index;
    const p = m[0];
    const l = skipSpaces(v, i - 1, -1);
    const r = skipSpaces(v, i + 1, 1);
    const left = v[l];
    const right = v[r];
    const leftChinese = chineseLeftAt(v, l);
    const atEnd = r >= v.length || right === "\n";
    let chinese = false;
    if (leftChinese) {
      // "数量:3" and "好,A方案" are Chinese; "10:30" and "3,000" never get here (left is a digit).
      chinese = atEnd || chineseRight(right) || isLatinOrDigit(right) || right === '"';
    } else if (isLatinOrDigit(left) && chineseRight(right) && p !== ":") {
      // "用React,然后" — Latin word inside a Chinese sentence.
      chinese = hanCount(ctx.lineAt(i).line) > 0;
    }
    if (!chinese) continue;
    // Swallow the spaces around the mark: "开会 , 讨论" → "开会，讨论".
    const start = leftChinese ? l + 1 : i;
    const end = atEnd ? i + 1 : r;
    out.push(ctx.suggest(start, end, FULL[p], "punctuation", `Half-width ${NAME[p]} in Chinese text: use the full-width ${FULL[p]}`));
  }
  // Full stop ending a Chinese sentence; "..." after Chinese is an ellipsis.
  for (const m of v.matchAll(/\.{2,}|。{3,}|\./g)) {
    const i = m.index;
    const mark = m[0];
    if (!chineseLeftAt(v, i - 1)) continue;
    const next = v[i + mark.length];
    if (mark === ".") {
      if (next !== undefined && !/[\s]/.test(next) && !isHan(next) && !CJK_CLOSE.includes(next) && next !== '"') continue;
      out.push(ctx.suggest(i, i + 1, "。", "punctuation", "Half-width full stop ending a Chinese sentence: use 。"));
    } else if (mark.length >= 3) {
      out.push(ctx.suggest(i, i + mark.length, "……", "punctuation", "Ellipsis in Chinese text is written ……"));
    }
  }
  // Brackets and double quotes around Chinese words.
  for (const m of v.matchAll(/\(([^()\n]*)\)/g)) {
    if (hanCount(m[1]) === 0) continue;
    const close = m.index + m[0].length - 1;
    out.push(ctx.suggest(m.index, m.index + 1, "（", "punctuation", "Half-width bracket around Chinese text: use （"));
    out.push(ctx.suggest(close, close + 1, "）", "punctuation", "Half-width bracket around Chinese text: use ）"));
  }
  for (const m of v.matchAll(/"([^"\n]*)"/g)) {
    if (hanCount(m[1]) === 0) continue;
    const close = m.index + m[0].length - 1;
    out.push(ctx.suggest(m.index, m.index + 1, "“", "punctuation", "Straight quote around Chinese text: use “"));
    out.push(ctx.suggest(close, close + 1, "”", "punctuation", "Straight quote around Chinese text: use ”"));
  }
}

const HALF: Record<string, string> = { "，": ",", "。": ".", "？": "?", "！": "!", "：": ":", "；": ";", "（": "(", "）": ")", "、": "," };

function fullWidthInEnglish(ctx: ProofContext, out: Suggestion[]): void {
  let lineStart = 0;
  for (const line of ctx.view.split("\n")) {
    if (hanCount(line) === 0 && /[A-Za-z]{2}/.test(line) && /[，。？！：；（）、]/.test(line)) {
      for (const m of line.matchAll(/[，。？！：；（）、]/g)) {
        const ch = m[0];
        const i = lineStart + m.index;
        const next = line[m.index + 1];
        const prev = line[m.index - 1];
        let rep = HALF[ch];
        if (ch === "（") {
          if (prev && /[A-Za-z0-9]/.test(prev)) rep = ` ${rep}`;
        } else if (next && /[A-Za-z]/.test(next)) rep = `${rep} `;
        out.push(ctx.suggest(i, i + 1, rep, "punctuation", `Full-width ${ch} in English text: use ${HALF[ch]}`));
      }
    }
    lineStart += line.length + 1;
  }
}

export function checkWidth(ctx: ProofContext): Suggestion[] {
  const out: Suggestion[] = [];
  halfWidthInChinese(ctx, out);
  fullWidthInEnglish(ctx, out);
  return out;
}
