import type { Lang } from "@/lib/text/lang";

/** The one shape every parser produces. Segment index = position in `segments` (0-based) = citation target. */
export type DocKind = "meeting" | "document";
export type { Lang };

export interface Segment {
  index: number;
  speaker?: string;
  startMs?: number;
  endMs?: number;
  /** 1-based page number (PDF). */
  page?: number;
  /** Headings enclosing this segment, outermost first (documents). */
  headingPath?: string[];
  /** Recognition confidence 0–1, for text read by OCR (one segment per recognised line). */
  confidence?: number;
  text: string;
}

export interface ParsedDoc {
  kind: DocKind;
  title: string;
  lang: Lang;
  /** ISO date (YYYY-MM-DD) when the file states when the meeting happened. */
  meetingDate?: string;
  speakers: string[];
  segments: Segment[];
  /** Which parser produced this (txt, vtt, srt, docx, pdf, md, html, json, image, epub). */
  format: string;
}

export interface IngestInput {
  bytes: Uint8Array;
  /** Original file name; a hint only: content sniffing decides the type. */
  fileName: string;
  /** MIME type the browser sent; a hint only. */
  mimeType?: string;
}
