import type { CitedSegment } from "@/lib/export/types";
import { cleanInline } from "@/lib/export/text";

/** More labels than this stop being useful in a line of minutes; the rest are summarised as "+N". */
const MAX_LABELS = 3;

/** Always H:MM:SS-style with hours so labels line up and match what recording players show. */
export function formatTimestamp(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return [hours, minutes, seconds].map((part) => String(part).padStart(2, "0")).join(":");
}

/**
 * Label for one cited segment, without brackets: "张三 00:12:05", "p.3", "#12".
 * Speaker and time identify a spoken segment; a page identifies a document one; the index is the
 * fallback when the segment carries neither (or is missing from the list).
 */
export function segmentLabel(index: number, segment: CitedSegment | undefined): string {
  if (!segment) return `#${index}`;
  const speaker = cleanInline(segment.speaker);
  const time = typeof segment.startMs === "number" ? formatTimestamp(segment.startMs) : "";
  if (speaker && time) return `${speaker} ${time}`;
  if (time) return time;
  if (typeof segment.page === "number") return speaker ? `${speaker} p.${segment.page}` : `p.${segment.page}`;
  return speaker ? `${speaker} #${index}` : `#${index}`;
}

/** Index → segment lookup built once per export. */
export function indexSegments(segments: CitedSegment[]): Map<number, CitedSegment> {
  return new Map(segments.map((segment) => [segment.index, segment]));
}

/**
 * Compact, de-duplicated labels for an item's citations in source order, at most three plus a
 * "+N" for the remainder. Returned unbracketed so each writer can escape and style them.
 */
export function citationLabels(citations: number[], segments: Map<number, CitedSegment>): string[] {
  const unique = [...new Set(citations.filter((index) => Number.isInteger(index) && index >= 0))].sort((a, b) => a - b);
  const labels = unique.slice(0, MAX_LABELS).map((index) => segmentLabel(index, segments.get(index)));
  if (unique.length > MAX_LABELS) labels.push(`+${unique.length - MAX_LABELS}`);
  return labels;
}
