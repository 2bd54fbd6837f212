import { z } from "zod";

/**
 * A proofreading suggestion, shared by both engines and the `jiyao proofread` command.
 * Offsets are JavaScript string indexes (UTF-16 code units) into the text that was proofread,
 * and `original` is always exactly `text.slice(start, end)` (checked by `verifySuggestions`).
 */
export const SUGGESTION_KINDS = ["punctuation", "spelling", "typo", "duplicate", "grammar", "style"] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const SuggestionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  original: z.string(),
  replacement: z.string(),
  kind: z.enum(SUGGESTION_KINDS),
  reason: z.string(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export interface ProofreadResult {
  suggestions: Suggestion[];
}

/**
 * Keeps only suggestions whose span is real (original === text.slice(start, end)) and that change
 * something, sorted by position; of two overlapping suggestions the earlier one wins, so applying
 * them all is well defined.
 */
export function verifySuggestions(text: string, suggestions: Suggestion[]): Suggestion[] {
  const valid = suggestions
    .filter((s) => s.start <= s.end && s.end <= text.length && text.slice(s.start, s.end) === s.original && s.original !== s.replacement)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Suggestion[] = [];
  let lastEnd = -1;
  for (const s of valid) {
    if (s.start < lastEnd || (s.start === lastEnd && s.start === s.end && out.at(-1)?.start === s.start)) continue;
    out.push(s);
    lastEnd = s.end;
  }
  return out;
}

/** The text with every (non-overlapping) suggestion applied. */
export function applySuggestions(text: string, suggestions: Suggestion[]): string {
  let out = "";
  let at = 0;
  for (const s of verifySuggestions(text, suggestions)) {
    out += text.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  return out + text.slice(at);
}
