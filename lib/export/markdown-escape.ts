import { cleanInline } from "@/lib/export/text";

/**
 * Markdown escaping for untrusted transcript and model text. The goal is that whatever a speaker
 * said (or a model echoed) renders as literal text: no links, images, raw HTML, emphasis, code
 * spans, or block structure (headings, nested lists, quotes, rules) sneaking into the minutes.
 */

// Characters that start inline constructs. `&` only when it would form an entity reference.
const INLINE_SPECIAL = /[\\`*_[\]<>~]|&(?=#?[a-zA-Z0-9]+;)/g;

/** Escapes inline constructs; safe anywhere inside a line (labels, owners, dates). */
export function escapeInline(text: string | null | undefined): string {
  return cleanInline(text).replace(INLINE_SPECIAL, (match) => `\\${match}`);
}

/**
 * Escapes text that begins a block (list item, paragraph, heading). On top of the inline escapes,
 * a leading `#`, `-`, `+`, `=` or `1.`/`1)` would otherwise turn the text into a heading, a nested
 * list or a rule, and a trailing ` ###` would be eaten as a heading's closing sequence.
 */
export function escapeBlock(text: string | null | undefined): string {
  return escapeInline(text)
    .replace(/^(#|[-+=](?=\s|$|[-+=]))/, (match) => `\\${match}`)
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, (_match, digits: string, marker: string) => `${digits}\\${marker}`)
    .replace(/(\s)(#+)$/, (_match, space: string, hashes: string) => `${space}${hashes.replace(/#/g, "\\#")}`);
}
