/** Search results' text with the matched terms marked: pure, so the page renders text nodes and <mark>. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

const SNIPPET_CHARS = 160;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Splits text into plain and marked parts; rendered as text nodes and <mark>, so no HTML is ever built. */
export function highlight(text: string, terms: string[]): SnippetPart[] {
  if (!terms.length || !text) return text ? [{ text, mark: false }] : [];
  const re = new RegExp(
    terms
      .map(escapeRegExp)
      .sort((a, b) => b.length - a.length)
      .join("|"),
    "giu",
  );
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (!m[0]) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/** A window of the line around its first match, so long paragraphs still show the matched words. */
export function snippetOf(text: string, terms: string[]): SnippetPart[] {
  const lower = text.toLowerCase();
  const first = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0), text.length);
  let start = first >= text.length ? 0 : Math.max(0, first - Math.floor(SNIPPET_CHARS / 3));
  const end = Math.min(text.length, start + SNIPPET_CHARS);
  start = Math.max(0, Math.min(start, end - SNIPPET_CHARS));
  const body = `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
  return highlight(body, terms);
}
