import type { ParsedDoc } from "@/lib/ingest/types";
import type { Analysis, Outline } from "@/lib/engine/types";

/**
 * The citation check both engines pass through before anything is stored (ARCHITECTURE.md,
 * "The engine seam"). An item is `verified` only when it cites at least one existing segment and
 * every evidence quote it carries is found in the text of the segments it cites. `verified` is
 * recomputed here from scratch, so re-running the check after an edit gives the same answer.
 */

/** Share of the quote's character bigrams that must appear in one window of the cited text. */
export const QUOTE_MATCH_THRESHOLD = 0.8;

/** NFKC, lower case, and no whitespace, punctuation or symbols: what is left is what was said. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

function bigrams(text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/**
 * Fraction (0–1) of the quote's bigrams found inside the best window of `source` about as long as
 * the quote. A window, not the whole source, so a quote cannot "match" by collecting common
 * bigrams scattered over a long segment. Both inputs are expected to be normalised.
 */
export function quoteMatchScore(quote: string, source: string): number {
  if (!quote) return 1;
  if (source.includes(quote)) return 1;
  const q = bigrams(quote);
  if (q.length === 0) return 0; // a single character that is not a substring
  const need = new Map<string, number>();
  for (const b of q) need.set(b, (need.get(b) ?? 0) + 1);

  const s = bigrams(source);
  // A little slack lets the model drop or add a few characters (fillers like 嗯/呃, "um").
  const windowLen = Math.min(s.length, q.length + Math.ceil(q.length * 0.25));
  const have = new Map<string, number>();
  let matched = 0;
  let best = 0;
  const add = (b: string) => {
    const w = have.get(b) ?? 0;
    if (w < (need.get(b) ?? 0)) matched++;
    have.set(b, w + 1);
  };
  const remove = (b: string) => {
    const w = have.get(b) ?? 0;
    if (w <= (need.get(b) ?? 0) && w > 0) matched--;
    have.set(b, w - 1);
  };
  for (let i = 0; i < s.length; i++) {
    add(s[i]);
    if (i >= windowLen) remove(s[i - windowLen]);
    if (matched > best) best = matched;
    if (best === q.length) break;
  }
  return best / q.length;
}

export function quoteIsSupported(quote: string, citedText: string, threshold = QUOTE_MATCH_THRESHOLD): boolean {
  const q = normalizeForMatch(quote);
  if (!q) return true; // nothing checkable: the citation check alone decides
  return quoteMatchScore(q, normalizeForMatch(citedText)) >= threshold;
}

export interface Citable {
  citations: number[];
  verified: boolean;
  evidence?: string[];
}

export interface VerifyStats {
  items: number;
  verified: number;
  /** Citation indexes removed because the document has no such segment. */
  droppedCitations: number;
}

class Verifier {
  readonly stats: VerifyStats = { items: 0, verified: 0, droppedCitations: 0 };
  private readonly segmentText: Map<number, string>;

  constructor(doc: ParsedDoc) {
    // Keyed by the segment's own index: citations name segments, not array positions.
    this.segmentText = new Map(doc.segments.map((s) => [s.index, `${s.speaker ?? ""} ${s.text}`]));
  }

  has(index: number): boolean {
    return this.segmentText.has(index);
  }

  item<T extends Citable>(item: T): T {
    const kept = [...new Set(item.citations.filter((c) => Number.isInteger(c) && this.has(c)))].sort((a, b) => a - b);
    this.stats.droppedCitations += item.citations.length - kept.length;
    const cited = kept.map((c) => this.segmentText.get(c)).join(" ");
    const quotes = (item.evidence ?? []).filter((q) => q.trim());
    const verified = kept.length > 0 && quotes.every((q) => quoteIsSupported(q, cited));
    this.stats.items++;
    if (verified) this.stats.verified++;
    return { ...item, citations: kept, verified };
  }
}

/**
 * The same check for items that cite one document's segments outside an analysis (a deck about a
 * topic cites the lines sent to the model: `doc` holds exactly those, so nothing else can be cited).
 */
export function verifyItems<T extends Citable>(items: T[], doc: ParsedDoc): T[] {
  const v = new Verifier(doc);
  return items.map((i) => v.item(i));
}

function clampRange(start: number, end: number, maxIndex: number): [number, number] {
  const lo = Math.max(0, Math.min(start, end, maxIndex));
  const hi = Math.max(lo, Math.min(Math.max(start, end), maxIndex));
  return [lo, hi];
}

/** Returns a new Analysis with citations checked; the input is not modified. */
export function verifyAnalysis(analysis: Analysis, doc: ParsedDoc): Analysis {
  return verifyAnalysisWithStats(analysis, doc).analysis;
}

export function verifyAnalysisWithStats(analysis: Analysis, doc: ParsedDoc): { analysis: Analysis; stats: VerifyStats } {
  const v = new Verifier(doc);
  // A reduce, not Math.max(...): a 50 MB transcript's 500,000 segments overflow the call stack as arguments.
  const maxIndex = doc.segments.reduce((m, s) => Math.max(m, s.index), 0);
  const outline: Outline = { ...analysis.outline, slides: analysis.outline.slides.map((s) => v.item(s)) };
  const result: Analysis = {
    ...analysis,
    summary: analysis.summary.map((s) => v.item(s)),
    decisions: analysis.decisions.map((d) => v.item(d)),
    todos: analysis.todos.map((t) => v.item(t)),
    topics: analysis.topics.map((t) => {
      const [segmentStart, segmentEnd] = clampRange(t.segmentStart, t.segmentEnd, maxIndex);
      return v.item({ ...t, segmentStart, segmentEnd });
    }),
    outline,
  };
  return { analysis: result, stats: v.stats };
}
