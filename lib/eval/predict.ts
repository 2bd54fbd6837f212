/**
 * Predictions for one case through the Engine seam only, so the same code measures the local and
 * the LLM engine: overall summary and outline from `analyze`, section summaries from `analyze` on
 * the section's segment range, query answers from the streamed `answer`.
 */
import type { Engine } from "@/lib/engine/types";
import type { Chunk } from "@/lib/chunk/types";
import type { ParsedDoc } from "@/lib/ingest/types";

export interface CasePrediction {
  id: string;
  summary: string;
  queries: Array<{ query: string; answer: string; citations: number[] }>;
  sections: Array<{ title: string; summary: string }>;
  outline: Array<{ title: string; bullets: string[] }>;
  /** Citations as case turn indexes. */
  todos: Array<{ text: string; owner: string | null; due: string | null; dueText: string | null; turns: number[]; evidence: string[] }>;
  decisions: Array<{ text: string; turns: number[]; evidence: string[] }>;
}

export type Chunker = (segments: ParsedDoc["segments"]) => Chunk[];

export async function collectAnswer(engine: Engine, question: string, doc: ParsedDoc, chunks: Chunk[]): Promise<{ answer: string; citations: number[] }> {
  let answer = "";
  let citations: number[] = [];
  for await (const part of engine.answer(question, doc, chunks)) {
    if (part.type === "text") answer += part.text ?? "";
    else if (part.type === "citations") citations = part.citations ?? [];
    else if (part.type === "error") throw new Error(part.error ?? "answer failed");
  }
  return { answer: answer.trim(), citations };
}

/** The document restricted to segments [start, end], re-indexed from 0 as a standalone upload would be. */
export function subDoc(doc: ParsedDoc, start: number, end: number): ParsedDoc {
  const segments = doc.segments.slice(start, end + 1).map((s, i) => ({ ...s, index: i }));
  return { ...doc, segments };
}

export async function summarizeSpan(engine: Engine, doc: ParsedDoc, chunk: Chunker, start: number, end: number): Promise<string> {
  const part = subDoc(doc, start, end);
  const a = await engine.analyze(part, chunk(part.segments));
  return a.summary.map((p) => p.text).join(doc.lang === "zh" ? "" : " ");
}
