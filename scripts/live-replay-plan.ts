/**
 * The timing of scripts/live-replay.ts, apart from its I/O so it can be tested: a parsed transcript's
 * lines on a meeting clock (their own timestamps, or synthetic ones), and which of them are due at a
 * moment of the replay.
 */
import type { ParsedDoc } from "@/lib/ingest/types";

export interface ReplayLine {
  speaker: string | null;
  text: string;
  startMs: number;
  endMs: number;
}

/** The ingest endpoint's limits (lib/actions/live.schema.ts): longer lines are cut at a sentence end, never dropped. */
const MAX_TEXT = 4000;
export const MAX_BATCH = 200;

function pieces(text: string): string[] {
  if (text.length <= MAX_TEXT) return [text];
  const out: string[] = [];
  let rest = text;
  while (rest.length > MAX_TEXT) {
    const window = rest.slice(0, MAX_TEXT);
    const cut = Math.max(window.lastIndexOf("。"), window.lastIndexOf(". "), window.lastIndexOf("！"), window.lastIndexOf("？"));
    const at = cut > MAX_TEXT / 2 ? cut + 1 : MAX_TEXT;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * Lines on the meeting clock. A transcript with timestamps keeps them (a line without an end ends
 * where the next begins); one without gets `lineMs` per line. Control characters the endpoint would
 * refuse are replaced by spaces.
 */
export function replayLines(doc: ParsedDoc, lineMs = 4000): ReplayLine[] {
  const timed = doc.segments.some((s) => s.startMs !== undefined);
  const clean = (s: string) =>
    s
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  const out: ReplayLine[] = [];
  let clock = 0;
  doc.segments.forEach((s, i) => {
    const text = clean(s.text);
    if (!text) return;
    const startMs = timed ? (s.startMs ?? clock) : i * lineMs;
    const next = doc.segments[i + 1]?.startMs;
    const endMs = timed ? Math.max(startMs, s.endMs ?? next ?? startMs + lineMs) : startMs + lineMs;
    clock = endMs;
    const parts = pieces(text);
    const step = Math.max(1, Math.floor((endMs - startMs) / parts.length));
    for (const [k, p] of parts.entries())
      out.push({
        speaker: s.speaker ? clean(s.speaker).slice(0, 100) || null : null,
        text: p,
        startMs: startMs + k * step,
        endMs: k === parts.length - 1 ? endMs : startMs + (k + 1) * step,
      });
  });
  return out;
}

/** Lines due once the replay reached `elapsedMs` of wall time at `speed`: all whose start is at or before that point of the meeting. */
export function dueCount(lines: ReplayLine[], elapsedMs: number, speed: number): number {
  if (!lines.length) return 0;
  const at = lines[0].startMs + elapsedMs * speed;
  let n = 0;
  while (n < lines.length && lines[n].startMs <= at) n++;
  return n;
}

/** A due run of lines as request bodies of at most MAX_BATCH lines each. */
export function batchesOf(lines: ReplayLine[]): ReplayLine[][] {
  const out: ReplayLine[][] = [];
  for (let i = 0; i < lines.length; i += MAX_BATCH) out.push(lines.slice(i, i + MAX_BATCH));
  return out;
}
