/**
 * A line over ~1 M characters with (almost) no sentence punctuation is not prose: it is minified
 * data, a base64 blob or garbage, and reading it as one paragraph helps nobody. A long line that
 * does have sentences (a whole book pasted without newlines) is accepted and split later.
 */
import { AppError } from "@/lib/errors";
import { LIMITS } from "./limits";

const SENTENCE_END = /[。！？.!?；;]/g;

export function checkLineLengths(text: string): void {
  if (text.length <= LIMITS.maxLineChars) return;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const len = end - start;
    if (len > LIMITS.maxLineChars) {
      const ends = text.slice(start, end).match(SENTENCE_END)?.length ?? 0;
      // Real prose ends a sentence every few hundred characters; demand one per 2,000.
      if (ends < len / 2_000) {
        throw new AppError(
          "LINE_TOO_LONG",
          `This file has a single line of ${len.toLocaleString("en-US")} characters with no sentences in it; it does not look like a transcript or document.`,
        );
      }
    }
    start = end + 1;
  }
}
