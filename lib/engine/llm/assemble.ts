import type { ParsedDoc } from "@/lib/ingest/types";
import type { Decision, Outline, Slide, SummaryPoint, Todo, Topic } from "@/lib/engine/types";
import type { MergeResult } from "@/lib/engine/llm/merge/schema";
import type { Note, Notes } from "@/lib/engine/llm/notes";
import { normalizeForMatch } from "@/lib/engine/verify";

/**
 * Turns the reduce output (or, when the reduce call failed, the map notes alone) into the Analysis
 * fields. Citations and evidence always come from the map notes the items point at.
 */

export interface AnalysisBody {
  summary: SummaryPoint[];
  topics: Topic[];
  decisions: Decision[];
  todos: Todo[];
  outline: Outline;
}

const MAX_SLIDES = 15;
const MAX_QUOTES = 3;
const ISO_DUE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

const validDue = (due: string | null | undefined) => (due && ISO_DUE.test(due.trim()) ? due.trim() : null);

function sources(notes: Notes, ids: string[]): Note[] {
  return [...new Set(ids)].map((id) => notes.byId.get(id.trim())).filter((n): n is Note => n !== undefined);
}

function citationsOf(ns: Note[]): number[] {
  return [...new Set(ns.flatMap((n) => n.citations))].sort((a, b) => a - b);
}

function evidenceOf(ns: Note[]): string[] {
  return [...new Set(ns.flatMap((n) => n.evidence.map((q) => q.trim())).filter(Boolean))].slice(0, MAX_QUOTES);
}

function topicFrom(doc: ParsedDoc, title: string, summary: string, ns: Note[]): Topic | null {
  const ranges = ns.flatMap((n) => (n.kind === "P" ? [n.segmentStart, n.segmentEnd] : n.citations));
  if (ranges.length === 0) return null; // a topic with no place in the source cannot be shown
  const segmentStart = Math.min(...ranges);
  const segmentEnd = Math.max(...ranges);
  const startMs = doc.segments[segmentStart]?.startMs;
  return { title, summary, segmentStart, segmentEnd, ...(startMs !== undefined && { startMs }), citations: citationsOf(ns), verified: false, evidence: evidenceOf(ns) };
}

export function assembleFromMerge(doc: ParsedDoc, mergedReply: MergeResult, notes: Notes): AnalysisBody {
  // An empty item in the reply is skipped rather than failing the whole merge.
  const filled = <T extends { text?: string; title?: string }>(xs: T[]) => xs.filter((x) => (x.text ?? x.title ?? "").trim());
  const merged = {
    ...mergedReply,
    summary: filled(mergedReply.summary),
    decisions: filled(mergedReply.decisions),
    todos: filled(mergedReply.todos),
    topics: filled(mergedReply.topics),
    slides: filled(mergedReply.slides),
  };
  const summary = merged.summary.map((s) => {
    const ns = sources(notes, s.from);
    return { text: s.text, citations: citationsOf(ns), verified: false, evidence: evidenceOf(ns) };
  });
  const decisions = merged.decisions.map((d) => {
    const ns = sources(notes, d.from);
    return { text: d.text, citations: citationsOf(ns), verified: false, evidence: evidenceOf(ns) };
  });
  const todos = merged.todos.map((t): Todo => {
    const ns = sources(notes, t.from);
    const original = ns.filter((n): n is Extract<Note, { kind: "T" }> => n.kind === "T");
    const confidence = original.length ? Math.max(...original.map((n) => n.confidence)) : 0.5;
    return {
      text: t.text,
      owner: t.owner ?? original.find((n) => n.owner)?.owner ?? null,
      due: validDue(t.due) ?? validDue(original.find((n) => validDue(n.due))?.due),
      dueText: t.dueText ?? original.find((n) => n.dueText)?.dueText ?? null,
      confidence,
      citations: citationsOf(ns),
      verified: false,
      evidence: evidenceOf(ns),
    };
  });
  const topics = merged.topics
    .map((t) => topicFrom(doc, t.title, t.summary, sources(notes, t.from)))
    .filter((t): t is Topic => t !== null)
    .sort((a, b) => a.segmentStart - b.segmentStart);
  const slides = merged.slides.slice(0, MAX_SLIDES).map((s): Slide => ({ title: s.title, bullets: s.bullets, citations: citationsOf(sources(notes, s.from)), verified: false }));
  return { summary, decisions, todos, topics, outline: { title: merged.title || doc.title, slides } };
}

function dedupe<N extends Note>(ns: N[]): N[] {
  const seen = new Set<string>();
  return ns.filter((n) => {
    const key = normalizeForMatch("title" in n ? n.title : n.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Without the reduce call: every map item, exact duplicates removed, one slide per topic. */
export function assembleFromNotes(doc: ParsedDoc, notes: Notes): AnalysisBody {
  const of = <K extends Note["kind"]>(kind: K) => dedupe(notes.all.filter((n): n is Extract<Note, { kind: K }> => n.kind === kind));
  const point = (n: Note) => ({ text: "text" in n ? n.text : n.title, citations: n.citations, verified: false, evidence: evidenceOf([n]) });
  const decisions = of("D").map(point);
  const topics = of("P")
    .map((p) => topicFrom(doc, p.title, p.summary, [p]))
    .filter((t): t is Topic => t !== null)
    .sort((a, b) => a.segmentStart - b.segmentStart);
  const slides = topics.slice(0, MAX_SLIDES).map((t): Slide => {
    const within = decisions.filter((d) => d.citations.some((c) => c >= t.segmentStart && c <= t.segmentEnd));
    return { title: t.title, bullets: [t.summary, ...within.map((d) => d.text)].filter(Boolean), citations: t.citations, verified: false };
  });
  return {
    summary: of("S").map(point),
    decisions,
    todos: of("T").map((t) => ({
      text: t.text,
      owner: t.owner,
      due: validDue(t.due),
      dueText: t.dueText,
      confidence: t.confidence,
      citations: t.citations,
      verified: false,
      evidence: evidenceOf([t]),
    })),
    topics,
    outline: { title: doc.title, slides },
  };
}
