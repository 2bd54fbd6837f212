/**
 * How a segment appears inside a chunk: one compact line a model can cite by index,
 * e.g. "[12] 张三 00:01:23: 我们下周上线". Pages show as "p.3"; headings as a "# A > B" line
 * whenever the section changes, so document chunks keep their context.
 */
import type { Segment } from "@/lib/ingest/types";
import { formatClock } from "@/lib/ingest/timecode";
import { collapseBreaks } from "@/lib/text/scan";

export function segmentPrefix(seg: Segment): string {
  const parts = [`[${seg.index}]`];
  if (seg.speaker) parts.push(seg.speaker);
  if (seg.startMs !== undefined) parts.push(formatClock(seg.startMs));
  if (seg.page !== undefined) parts.push(`p.${seg.page}`);
  return parts.length > 1 ? `${parts.join(" ")}: ` : `${parts[0]} `;
}

export function segmentLine(seg: Segment): string {
  return segmentPrefix(seg) + collapseBreaks(seg.text);
}

export function headingLine(seg: Segment): string | undefined {
  return seg.headingPath?.length ? `# ${seg.headingPath.join(" > ")}` : undefined;
}
