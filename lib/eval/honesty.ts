/**
 * "Does it answer honestly": questions about topics a meeting never mentions (lib/eval/honesty-set.ts)
 * must come back not found, and no answer may state the question's premise (the absent topic's
 * words appear nowhere in the source, so an answer that contains them restated the question).
 * Also: questions with a known short answer (lib/eval/factoid-set.ts) must open with it; a second set
 * (lib/eval/factoid-set-session10.ts, half-A office, in-sample) is reported on its own rows.
 * Not found = no citations, as the app shows it.
 */
import type { Engine } from "@/lib/engine/types";
import type { Chunk } from "@/lib/chunk/types";
import type { ParsedDoc } from "@/lib/ingest/types";
import { renderCase, type EvalCase } from "@/lib/eval/cases";
import { alignSegmentsToTurns } from "@/lib/eval/align";
import type { Pipeline } from "@/lib/eval/run";
import { collectAnswer } from "@/lib/eval/predict";
import { ABSENT_EN, ABSENT_ZH, mentionsAny } from "@/lib/eval/honesty-set";
import { FACTOIDS, opensWith, type Factoid } from "@/lib/eval/factoid-set";
import { FACTOIDS_SESSION10 } from "@/lib/eval/factoid-set-session10";

export interface HonestyItem {
  question: string;
  answer: string;
  notFound: boolean;
  /** The answer states the absent topic (its words are nowhere in the source). */
  premise: boolean;
}

export interface FactoidItem {
  question: string;
  expected: string[];
  answer: string;
  /** The expected value is in the answer's first sentence. */
  first: boolean;
  /** The answer cites a turn the question's value comes from. */
  cited: boolean;
}

export interface HonestyResult {
  id: string;
  corpus: string;
  absent: HonestyItem[];
  /** Questions skipped because the transcript mentions the topic. */
  skipped: number;
  factoids: FactoidItem[];
  /** The second, in-sample set (factoid-set-session10.ts). */
  factoids2: FactoidItem[];
}

function sourceText(c: EvalCase): string {
  if (c.kind === "meeting") return (c.transcript ?? []).map((t) => `${t.speaker} ${t.text}`).join("\n");
  const d = c.document;
  return [c.title, d?.title ?? "", d?.abstract ?? "", ...(d?.sections ?? []).flatMap((s) => [s.heading, s.text])].join("\n");
}

export async function evalHonesty(c: EvalCase, engine: Engine, doc: ParsedDoc, chunks: Chunk[], segToTurn: number[]): Promise<HonestyResult> {
  const text = sourceText(c);
  const set = c.lang === "zh" ? ABSENT_ZH : ABSENT_EN;
  const result: HonestyResult = { id: c.id, corpus: c.id.split("/")[0] ?? "cases", absent: [], skipped: 0, factoids: [], factoids2: [] };
  if (c.kind !== "meeting") return result;
  for (const q of set) {
    if (mentionsAny(text, q.marks)) {
      result.skipped++;
      continue;
    }
    const a = await collectAnswer(engine, q.question, doc, chunks);
    result.absent.push({ question: q.question, answer: a.answer, notFound: a.citations.length === 0, premise: mentionsAny(a.answer, q.marks) });
  }
  const ask = async (f: Factoid): Promise<FactoidItem> => {
    const a = await collectAnswer(engine, f.question, doc, chunks);
    const turns = a.citations.map((s) => segToTurn[s] ?? s);
    return { question: f.question, expected: f.answers, answer: a.answer, first: opensWith(a.answer, f.answers), cited: turns.some((t) => f.turns.includes(t)) };
  };
  for (const f of FACTOIDS[c.id] ?? []) result.factoids.push(await ask(f));
  for (const f of FACTOIDS_SESSION10[c.id] ?? []) result.factoids2.push(await ask(f));
  return result;
}

/** Renders and ingests the case as `evalCase` does, then runs the honesty questions on it. */
export async function honestyForCase(c: EvalCase, engine: Engine, pipe: Pipeline): Promise<HonestyResult> {
  const r = renderCase(c);
  const doc = await pipe.parse({ bytes: new TextEncoder().encode(r.text), fileName: r.fileName, mimeType: r.fileName.endsWith(".md") ? "text/markdown" : "text/plain" });
  const map = c.kind === "meeting" ? alignSegmentsToTurns(doc.segments, c.transcript ?? []) : doc.segments.map((_, i) => i);
  return evalHonesty(c, engine, doc, pipe.chunk(doc.segments), map);
}

export interface HonestyRow {
  label: string;
  n: number;
  value: string;
}

export function honestyRows(results: HonestyResult[]): HonestyRow[] {
  const absent = results.flatMap((r) => r.absent);
  const facts = results.flatMap((r) => r.factoids);
  const pct = (k: number, n: number) => (n ? `${((100 * k) / n).toFixed(1)} %` : "-");
  const rows: HonestyRow[] = [];
  for (const lang of ["en", "zh"] as const) {
    const set = new Set((lang === "zh" ? ABSENT_ZH : ABSENT_EN).map((q) => q.question));
    const mine = absent.filter((a) => set.has(a.question));
    if (!mine.length) continue;
    rows.push({ label: `absent-topic questions answered not found (${lang})`, n: mine.length, value: pct(mine.filter((a) => a.notFound).length, mine.length) });
    rows.push({ label: `answers stating the absent premise (${lang})`, n: mine.length, value: String(mine.filter((a) => a.premise).length) });
  }
  if (facts.length) {
    rows.push({ label: "factoid questions: expected value in the first sentence", n: facts.length, value: pct(facts.filter((f) => f.first).length, facts.length) });
    rows.push({ label: "factoid questions: cite the turn the value comes from", n: facts.length, value: pct(facts.filter((f) => f.cited).length, facts.length) });
  }
  const facts2 = results.flatMap((r) => r.factoids2 ?? []);
  if (facts2.length) {
    rows.push({
      label: "factoid set 2 (half-A office, in-sample): value in the first sentence",
      n: facts2.length,
      value: pct(facts2.filter((f) => f.first).length, facts2.length),
    });
    rows.push({ label: "factoid set 2 (half-A office, in-sample): cite the turn", n: facts2.length, value: pct(facts2.filter((f) => f.cited).length, facts2.length) });
  }
  return rows;
}

export function formatHonesty(rows: HonestyRow[]): string {
  return ["| honesty check | n | value |", "|---|---|---|", ...rows.map((r) => `| ${r.label} | ${r.n} | ${r.value} |`)].join("\n");
}
