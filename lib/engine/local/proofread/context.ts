/**
 * What every proofreading rule sees: the text, a "view" of it where regions that are not prose
 * (code, URLs, e-mail addresses, markup the caller marked) are blanked with NUL characters of the
 * same length — so offsets stay those of the text and no rule can match across or inside them —
 * and Chinese word boundaries from the shared segmenter.
 */
import type { Suggestion, SuggestionKind } from "@/lib/engine/suggestions";
import { hasHan } from "@/lib/text/cjk";
import { tagZhCovering as tagZh, type TaggedWord } from "@/lib/text/segment";

export type Range = [start: number, end: number];

/** Non-prose spans found in any text: fenced and inline code, URLs, e-mail addresses. */
const AUTO_SKIP: RegExp[] = [
  /```[\s\S]*?(?:```|$)/g,
  /`[^`\n]+`/g,
  /\b(?:https?|ftp):\/\/[^\s<>"'，。；！？（）【】《》“”]+[^\s<>"'，。；！？（）【】《》“”.,;:!?)\]]/g,
  /\bwww\.[^\s<>"'，。；！？（）【】《》“”]+[^\s<>"'，。；！？（）【】《》“”.,;:!?)\]]/g,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  // Paths and file names: src/app.ts, C:\dir\file, report_v2.docx
  /(?:[A-Za-z]:)?(?:[\w.-]+[\\/])+[\w.-]+/g,
  /\b[\w-]+\.(?:docx?|xlsx?|pptx?|pdf|txt|md|json|csv|png|jpe?g|zip|ts|js|py|html?)\b/gi,
];

export class ProofContext {
  readonly view: string;
  private tagged?: Array<{ word: string; tag: string; start: number; end: number }>;

  constructor(
    readonly text: string,
    skip: Range[] = [],
  ) {
    const chars = text.split("");
    const blank = (s: number, e: number) => {
      for (let i = Math.max(0, s); i < Math.min(e, chars.length); i++) if (chars[i] !== "\n") chars[i] = "\u0000";
    };
    for (const [s, e] of skip) blank(s, e);
    const partial = chars.join("");
    for (const re of AUTO_SKIP) for (const m of partial.matchAll(re)) blank(m.index, m.index + m[0].length);
    this.view = chars.join("");
  }

  /** Chinese words with tags and offsets, for every Han run (with a little context around it). */
  words(): Array<{ word: string; tag: string; start: number; end: number }> {
    if (this.tagged) return this.tagged;
    const out: Array<{ word: string; tag: string; start: number; end: number }> = [];
    // Tag line by line: segmentation never needs context across a line break.
    let lineStart = 0;
    for (const line of this.view.split("\n")) {
      if (hasHan(line)) {
        let at = lineStart;
        for (const w of tagZh(line) as TaggedWord[]) {
          out.push({ word: w.word, tag: w.tag, start: at, end: at + w.word.length });
          at += w.word.length;
        }
      }
      lineStart += line.length + 1;
    }
    this.tagged = out;
    return out;
  }

  /**
   * False when a Chinese word straddles an edge of [start, end): "以经济" is 以 + 经济, so 以经 there
   * is not a word of its own. A word that contains the whole span (侯选人 ⊇ 侯选) does not count:
   * the span is then part of a misspelt word, which is what the rules look for.
   */
  onWordBoundaries(start: number, end: number): boolean {
    const words = this.words();
    // Binary search for the first word ending after `start`.
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < words.length && words[k].start < end; k++) {
      const w = words[k];
      const contains = w.start <= start && w.end >= end;
      const inside = w.start >= start && w.end <= end;
      if (!contains && !inside) return false;
    }
    return true;
  }

  /** The line (without its newline) around position i, and where it starts. */
  lineAt(i: number): { line: string; start: number } {
    const start = this.view.lastIndexOf("\n", i - 1) + 1;
    const nl = this.view.indexOf("\n", i);
    return { line: this.view.slice(start, nl < 0 ? undefined : nl), start };
  }

  suggest(start: number, end: number, replacement: string, kind: SuggestionKind, reason: string): Suggestion {
    return { start, end, original: this.text.slice(start, end), replacement, kind, reason };
  }
}
