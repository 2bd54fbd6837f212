/**
 * Every bound the parsers enforce, in one place so reviewers can see what a hostile file can cost.
 * Numbers are chosen far above anything a real meeting export reaches.
 */
export const LIMITS = {
  /** Default upload cap; callers may lower or raise it per call. */
  maxBytes: 50 * 1024 * 1024,
  /** Total bytes we are willing to inflate out of a DOCX (zip bombs stop here); a 1,000-page book is ~20 MB of XML. */
  maxUnzippedBytes: 128 * 1024 * 1024,
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
  /** One decoded PDF stream (a page's content, a font, an object stream) may not inflate past this. */
  maxPdfStreamBytes: 100 * 1024 * 1024,
  /** All FlateDecode streams of one PDF together: the cap for a file of many medium bombs. */
  maxPdfInflatedBytes: 400 * 1024 * 1024,
  /**
   * Caption cues in one file (VTT, SRT, JSON). 100,000 cues is 28 hours at one cue a second; a file with
   * more is generated. Counted while reading, so a 200,000-cue file stops half-way, not after it is built.
   */
  maxCues: 100_000,
  /** Segments of one document after splitting: a 50 MB transcript of 100-character turns stays under it. */
  maxSegments: 500_000,
} as const;
