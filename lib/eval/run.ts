/**
 * One case end to end: render it as an upload, ingest and chunk it with the app's own code, run
 * the engine, and score every reference the case has.
 */
import type { Engine } from "@/lib/engine/types";
import type { IngestInput, ParsedDoc } from "@/lib/ingest/types";
import { alignSegmentsToTurns, segmentTurns, turnsToSegments } from "@/lib/eval/align";
import { renderCase, type EvalCase } from "@/lib/eval/cases";
import { collectAnswer, summarizeSpan, type CasePrediction, type Chunker } from "@/lib/eval/predict";
import { rouge, type RougeScores, type RougeTokenizer } from "@/lib/eval/rouge";
import { scoreCommitments, type CommitmentScore } from "@/lib/eval/commitments";

export interface Pipeline {
  parse(input: IngestInput): Promise<ParsedDoc>;
  chunk: Chunker;
}

export type Scores = Partial<Record<RougeTokenizer, RougeScores>>;

export interface QueryScore {
  kind: "general" | "specific";
  scores: Scores;
  /** Whether any cited turn lies inside a gold span (undefined when the query has no spans). */
  hit?: boolean;
}

export interface CaseResult {
  id: string;
  corpus: string;
  ms: number;
  prediction: CasePrediction;
  summary?: Scores;
  queries: QueryScore[];
  sections: Scores[];
  outline?: Scores;
  /** "First sentence of each section" baseline for document outlines. */
  outlineBaseline?: Scores;
  lang: string;
  /** To-do / decision scores, when the case has `actions` or `decisions` references. */
  commitments?: CommitmentScore;
  datedGold?: boolean;
}

export function tokenizersFor(lang: string): RougeTokenizer[] {
  return lang === "zh" ? ["zh-char", "zh-word", "zh-word-intl"] : ["en"];
}

function score(cand: string, ref: string, lang: string): Scores {
  const out: Scores = {};
  for (const t of tokenizersFor(lang)) out[t] = rouge(cand, ref, t);
  return out;
}

export function outlineText(slides: Array<{ title: string; bullets: string[] }>): string {
  return slides.map((s) => [s.title, ...s.bullets].join("\n")).join("\n");
}

/** Baseline deck: each section's heading and its first sentence. */
export function firstSentenceOutline(c: EvalCase): Array<{ title: string; bullets: string[] }> {
  return (c.document?.sections ?? []).map((s) => {
    const first = s.text.trim().match(/^[\s\S]*?[.!?。！？](?=\s|$)/)?.[0] ?? s.text.trim().slice(0, 200);
    return { title: s.heading, bullets: [first.trim()] };
  });
}

export async function evalCase(c: EvalCase, engine: Engine, pipe: Pipeline): Promise<CaseResult> {
  const t0 = performance.now();
  const rendered = renderCase(c);
  const doc = await pipe.parse({
    bytes: new TextEncoder().encode(rendered.text),
    fileName: rendered.fileName,
    mimeType: rendered.fileName.endsWith(".md") ? "text/markdown" : "text/plain",
  });
  const chunks = pipe.chunk(doc.segments);
  const turns = c.transcript ?? [];
  const map = c.kind === "meeting" ? alignSegmentsToTurns(doc.segments, turns) : doc.segments.map((_, i) => i);
  const refs = c.references;
  const corpus = c.id.split("/")[0] ?? "cases";
  const zh = c.lang === "zh";

  const analysis = await engine.analyze(doc, chunks, c.meetingDate ? { meetingDate: c.meetingDate } : {});
  const toTurns = (cites: number[]) => [...new Set(c.kind === "meeting" ? cites.flatMap((s) => segmentTurns(map, s, turns.length)) : cites)].sort((x, y) => x - y);
  const prediction: CasePrediction = {
    id: c.id,
    summary: analysis.summary.map((p) => p.text).join(zh ? "" : " "),
    queries: [],
    sections: [],
    outline: analysis.outline.slides.map((s) => ({ title: s.title, bullets: s.bullets })),
    todos: analysis.todos.map((t) => ({ text: t.text, owner: t.owner, due: t.due, dueText: t.dueText ?? null, turns: toTurns(t.citations), evidence: t.evidence ?? [] })),
    decisions: analysis.decisions.map((d) => ({ text: d.text, turns: toTurns(d.citations), evidence: d.evidence ?? [] })),
  };
  const result: CaseResult = { id: c.id, corpus, lang: c.lang, ms: 0, prediction, queries: [], sections: [] };
  if (refs.actions || refs.decisions) {
    result.commitments = scoreCommitments(prediction.todos, prediction.decisions, refs);
    result.datedGold = (refs.actions ?? []).some((a) => a.due !== null);
  }
  if (refs.summary?.length) result.summary = score(prediction.summary, refs.summary[0], c.lang);

  for (const q of refs.queries ?? []) {
    const a = await collectAnswer(engine, q.query, doc, chunks);
    prediction.queries.push({ query: q.query, answer: a.answer, citations: a.citations.map((s) => map[s] ?? s) });
    const citedTurns = c.kind === "meeting" ? a.citations.flatMap((s) => segmentTurns(map, s, turns.length)) : a.citations;
    const hit = q.spans.length ? citedTurns.some((t) => q.spans.some(([lo, hi]) => t >= lo && t <= hi)) : undefined;
    result.queries.push({ kind: /^\s*summari[sz]e/i.test(q.query) ? "general" : "specific", scores: score(a.answer, q.answer, c.lang), hit });
  }

  for (const s of refs.sections ?? []) {
    const [a, b] = [Math.min(...s.spans.map((x) => x[0])), Math.max(...s.spans.map((x) => x[1]))];
    const range = turnsToSegments(map, a, b);
    const summary = range ? await summarizeSpan(engine, doc, pipe.chunk, range.start, range.end) : "";
    prediction.sections.push({ title: s.title, summary });
    result.sections.push(score(summary, s.summary, c.lang));
  }

  if (refs.outline?.length) {
    const ref = outlineText(refs.outline);
    result.outline = score(outlineText(prediction.outline), ref, c.lang);
    result.outlineBaseline = score(outlineText(firstSentenceOutline(c)), ref, c.lang);
  }
  result.ms = performance.now() - t0;
  return result;
}
