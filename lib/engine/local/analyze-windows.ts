/**
 * Very long documents, window by window. The local engine's one-pass analysis holds every sentence's
 * vectors at once (a 50 MB transcript needed about 3 GB), so past WINDOW_SEGMENTS the document is cut
 * into windows at a speaker or heading change, each window is analyzed on its own with the same code,
 * and the results are joined on the document's clock: every line is read, memory is bounded by the
 * window, and citations point into the whole document.
 */
import type { Chunk } from "@/lib/chunk/types";
import type { Analysis, AnalyzeOptions, SummaryPoint } from "@/lib/engine/types";
import type { ParsedDoc } from "@/lib/ingest/types";
import { analyzeDoc } from "./analyze";

/** About two hundred hours of speech, or a 2 MB text: far past any meeting, well inside the memory cap. */
export const WINDOW_SEGMENTS = 20_000;
/** How far before a window's nominal end a cut may move to land on a change of speaker or section. */
const CUT_SLACK = 500;
/** The joined minutes stay readable: at most this many summary points and slides for the whole document. */
const MAX_SUMMARY_POINTS = 12;
const MAX_SLIDES = 30;

/** [start, end] inclusive segment ranges covering the document, each at most `size` segments. */
export function windowRanges(doc: ParsedDoc, size = WINDOW_SEGMENTS): Array<[number, number]> {
  const segs = doc.segments;
  const ranges: Array<[number, number]> = [];
  let start = 0;
  while (start < segs.length) {
    let end = Math.min(start + size, segs.length) - 1;
    if (end < segs.length - 1) {
      const boundary = (i: number) => segs[i].speaker !== segs[i + 1].speaker || segs[i].headingPath?.join("\u0000") !== segs[i + 1].headingPath?.join("\u0000");
      for (let i = end; i > end - CUT_SLACK && i > start; i--) {
        if (boundary(i)) {
          end = i;
          break;
        }
      }
    }
    ranges.push([start, end]);
    start = end + 1;
  }
  return ranges;
}

const shift = (cites: number[], by: number) => cites.map((c) => c + by);

/** Takes items from each list in turn, earliest first, until `max`: every part of the document is represented. */
function roundRobin<T>(lists: T[][], max: number): T[] {
  const out: T[] = [];
  for (let round = 0; out.length < max; round++) {
    let took = false;
    for (const list of lists) {
      if (round < list.length && out.length < max) {
        out.push(list[round]);
        took = true;
      }
    }
    if (!took) break;
  }
  // Back in document order (citations ascend with position).
  return out.sort((a, b) => first(a) - first(b));
}
const first = (x: unknown) => (x as { citations: number[] }).citations[0] ?? 0;

/** The engine's own labels for the slides of what was settled and what happens next (lib/engine/local/outline.ts). */
const commitmentSlide = (zh: boolean) => ({ decisions: zh ? "决定" : "Decisions", todos: zh ? "待办事项" : "Action items" });

/**
 * One deck for the whole document: the windows' content slides taken in turn (every part represented),
 * then one slide of decisions and one of action items from the joined lists, as a single window's deck has.
 */
function joinedDeck(doc: ParsedDoc, parts: Analysis[], decisions: Analysis["decisions"], todos: Analysis["todos"]): Analysis["outline"] {
  const label = commitmentSlide(doc.lang === "zh");
  const content = parts.map((p) => p.outline.slides.filter((s) => s.title !== label.decisions && s.title !== label.todos));
  const slides = roundRobin(content, MAX_SLIDES - 2);
  const bullet = (t: string) => (t.length > 120 ? `${t.slice(0, 119)}…` : t);
  const uniq = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
  if (doc.kind === "meeting" && decisions.length >= 3) {
    const top = decisions.slice(0, 5);
    slides.push({ title: label.decisions, bullets: top.map((d) => bullet(d.text)), citations: uniq(top.flatMap((d) => d.citations)), verified: true });
  }
  if (doc.kind === "meeting" && todos.length >= 3) {
    const top = [...todos].sort((a, b) => b.confidence - a.confidence).slice(0, 5);
    slides.push({
      title: label.todos,
      bullets: top.map((t) => (t.owner ? `${t.owner}: ` : "") + bullet(t.text)),
      citations: uniq(top.flatMap((t) => t.citations)),
      verified: true,
    });
  }
  return { title: parts[0].outline.title, slides };
}

export async function analyzeInWindows(doc: ParsedDoc, chunks: Chunk[], opts: AnalyzeOptions = {}, size = WINDOW_SEGMENTS): Promise<Analysis> {
  if (doc.segments.length <= size) return analyzeDoc(doc, chunks, opts);
  const ranges = windowRanges(doc, size);
  const parts: Analysis[] = [];
  for (const [w, [start, end]] of ranges.entries()) {
    if (opts.signal?.aborted) throw opts.signal.reason ?? new Error("aborted");
    const sub: ParsedDoc = { ...doc, segments: doc.segments.slice(start, end + 1).map((s) => ({ ...s, index: s.index - start })) };
    const a = await analyzeDoc(sub, [], { meetingDate: opts.meetingDate, signal: opts.signal });
    parts.push({
      ...a,
      summary: a.summary.map((p) => ({ ...p, citations: shift(p.citations, start) })),
      topics: a.topics.map((t) => ({ ...t, segmentStart: t.segmentStart + start, segmentEnd: t.segmentEnd + start, citations: shift(t.citations, start) })),
      decisions: a.decisions.map((d) => ({ ...d, citations: shift(d.citations, start) })),
      todos: a.todos.map((t) => ({ ...t, citations: shift(t.citations, start) })),
      outline: { ...a.outline, slides: a.outline.slides.map((s) => ({ ...s, citations: shift(s.citations, start) })) },
    });
    opts.onProgress?.(w + 1, ranges.length);
  }
  const decisions = parts.flatMap((p) => p.decisions);
  const todos = parts.flatMap((p) => p.todos);
  return {
    engine: "local",
    model: null,
    lang: doc.lang,
    summary: roundRobin<SummaryPoint>(
      parts.map((p) => p.summary),
      MAX_SUMMARY_POINTS,
    ),
    topics: parts.flatMap((p) => p.topics),
    decisions,
    todos,
    outline: joinedDeck(doc, parts, decisions, todos),
    coverage: { chunksTotal: chunks.length, chunksOk: chunks.length, failed: [] },
  };
}
