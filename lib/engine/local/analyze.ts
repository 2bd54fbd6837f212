/**
 * The local engine's analysis: everything derives from one pass of sentence units, so a long
 * meeting is cleaned, segmented and vectorised once and every feature cites the same segments.
 */
import type { AnalyzeOptions, Analysis, SummaryPoint, Topic } from "@/lib/engine/types";
import type { Chunk } from "@/lib/chunk/types";
import type { ParsedDoc } from "@/lib/ingest/types";
import { extractCommitments } from "@/lib/engine/local/actions";
import { budgetLang, minutesBudget } from "@/lib/engine/local/budget";
import { keyphrases, partIdf, titleFrom } from "@/lib/engine/local/keyphrases";
import { buildOutline } from "@/lib/engine/local/outline";
import { attribute } from "@/lib/engine/local/attribution";
import { finishSentence, shortSpeaker, showSpeaker } from "@/lib/engine/local/render";
import { summaryCandidates, type Candidate } from "@/lib/engine/local/candidates";
import { summarizeUnits } from "@/lib/engine/local/summarize";
import { headingSections, segmentTopics, type HeadingSection } from "@/lib/engine/local/topics";
import { buildUnits, readableUnits, sliceUnits, type Unit } from "@/lib/engine/local/units";

const contentLen = (units: Unit[]) => units.reduce((a, u) => a + (u.content ? u.len : 0), 0);

/**
 * Summary of a segment range with the length rule applied to that range's size. `cands`: the
 * document's summary candidates, built once (candidates never span segments, so a range's are a slice).
 */
export function summarizeRange(doc: ParsedDoc, units: Unit[], start: number, end: number, cands?: Candidate[]): SummaryPoint[] {
  const whole = start <= 0 && end >= doc.segments.length - 1;
  const part = whole ? units : sliceUnits(units, start, end);
  const meeting = doc.kind === "meeting";
  const candidates = cands && (whole ? cands : sliceUnits(cands, start, end));
  const points = summarizeUnits(part, minutesBudget(contentLen(part), budgetLang(doc.lang)), { meeting, candidates });
  // A meeting's proposals, opinions and commitments name their (non-anonymous) speaker.
  const speakerOf = (p: SummaryPoint) => doc.segments[p.citations[0]]?.speaker;
  const named = (p: SummaryPoint) => (showSpeaker(doc, speakerOf(p)) ? attribute(p.text, shortSpeaker(speakerOf(p)!), doc.lang === "zh", p.evidence?.[0]) : p.text);
  // Chinese text ending on a digit or Latin word still ends with a full stop ("放到3.3。").
  const finish = (t: string) => (doc.lang === "zh" && !/[.!?。！？…"”』」)）]$/.test(t) ? finishSentence(`${t.replace(/[，,、;；:：\s]+$/, "")}。`) : finishSentence(t));
  return points.map((p) => ({ ...p, text: finish(named(p)) }));
}

export function joinPoints(points: SummaryPoint[], zh: boolean): string {
  return points.map((p) => p.text).join(zh ? "" : " ");
}

/** Topic spans: headings for documents, lexical-cohesion segmentation for meetings. */
export function topicSections(doc: ParsedDoc, units: Unit[]): HeadingSection[] {
  const last = doc.segments.length - 1;
  if (last < 0) return [];
  const headed = doc.kind === "document" ? headingSections(doc) : [];
  if (headed.length) return headed;
  const spans = segmentTopics(units, 0, last);
  const zh = doc.lang === "zh";
  // A document under one heading only: that heading names it better than keyphrases.
  const heading = doc.kind === "document" ? doc.segments[0]?.headingPath?.at(-1) : undefined;
  if (heading && spans.length === 1) return [{ ...spans[0], title: heading }];
  const texts = spans.map((s) =>
    sliceUnits(units, s.start, s.end)
      .filter((u) => u.content)
      .map((u) => u.text)
      .join(zh ? "。" : ". "),
  );
  const idf = partIdf(texts);
  const names = new Set(doc.speakers.flatMap((n) => n.toLowerCase().split(/\s+/)));
  return spans.map((s, i) => ({ ...s, title: titleFrom(keyphrases(texts[i], idf, 2, names), zh) }));
}

export async function analyzeDoc(doc: ParsedDoc, chunks: Chunk[], opts: AnalyzeOptions = {}): Promise<Analysis> {
  const steps = 5;
  const progress = (n: number) => opts.onProgress?.(n, steps);
  const check = () => {
    if (opts.signal?.aborted) throw opts.signal.reason ?? new Error("aborted");
  };
  const zh = doc.lang === "zh";
  const units = readableUnits(doc, buildUnits(doc));
  progress(1);
  check();
  const cands = summaryCandidates(units, { meeting: doc.kind === "meeting" });
  const summary = summarizeRange(doc, units, 0, doc.segments.length - 1, cands);
  progress(2);
  check();
  const sections = topicSections(doc, units);
  const topics: Topic[] = sections.map((s) => {
    const points = summarizeRange(doc, units, s.start, s.end, cands);
    return {
      title: s.title,
      summary: joinPoints(points, zh),
      segmentStart: s.start,
      segmentEnd: s.end,
      startMs: doc.segments[s.start]?.startMs,
      // A topic with nothing summarisable still points at where it starts.
      citations: points.length ? [...new Set(points.flatMap((p) => p.citations))] : [s.start],
      verified: true,
      evidence: points.flatMap((p) => p.evidence ?? []),
    };
  });
  progress(3);
  check();
  const { decisions, todos } = extractCommitments(doc.segments, doc.speakers, opts.meetingDate ?? doc.meetingDate);
  progress(4);
  check();
  const outline = buildOutline(doc, units, sections.length ? sections : [{ start: 0, end: Math.max(0, doc.segments.length - 1), title: doc.title }], decisions, todos);
  progress(5);
  return {
    engine: "local",
    model: null,
    lang: doc.lang,
    summary,
    topics,
    decisions,
    todos,
    outline,
    // The local engine reads the whole document at once; chunks are accepted for the seam only.
    coverage: { chunksTotal: chunks.length, chunksOk: chunks.length, failed: [] },
  };
}
