/**
 * Every bound the parsers enforce, in one place so reviewers can see what a hostile file can cost.
 * Numbers are chosen far above anything a real meeting export reaches.
 */
export const LIMITS = {
  /** Default upload cap; callers may lower or raise it per call. */
  maxBytes: 50 * 1024 * 1024,
  /** Total bytes we are willing to inflate out of a DOCX (zip bombs stop here). */
  maxUnzippedBytes: 200 * 1024 * 1024,
  /** A Word file has a few dozen entries; tens of thousands means a crafted archive. */
  maxZipEntries: 5_000,
  /** One line longer than this with no sentence punctuation is not prose (minified data, garbage). */
  maxLineChars: 1_000_000,
  /** Element nesting deeper than this only comes from generated or hostile markup. */
  maxNestingDepth: 5_000,
  /** Segments longer than this are split at sentence boundaries so citations stay precise. */
  maxSegmentChars: 4_000,
  /** A merged speaker turn from cues stops growing here and continues in a new segment. */
  maxTurnChars: 1_500,
  /** PDF page cap: beyond this the document is a book, not meeting material. */
  maxPdfPages: 2_000,
} as const;
