/**
 * LLM engine cost and speed against the fake OpenAI server (no real model): a fixed 500 ms per
 * call, replies about as large as a real model's. Measures calls, prompt tokens ÷ source tokens
 * (goal ≤ 1.3) and wall time ÷ call latency (goal ≤ ⌈chunks / concurrency⌉ + 1).
 */
import { readFileSync } from "node:fs";
import type { BenchRow } from "@/scripts/bench";
import type { ParsedDoc } from "@/lib/ingest/types";
import type { Chunk } from "@/lib/chunk/types";
import { countTokens } from "@/lib/text/tokens";
import { createLlmEngine, type ModelCallRecord } from "@/lib/engine/llm";
import { verifyAnalysis } from "@/lib/engine/verify";
import { startFakeOpenAI, type RecordedRequest } from "@/tests/support/fake-openai-server";
import { isExtract, isMerge, transcriptLines, userText } from "@/tests/support/llm-helpers";

const LATENCY_MS = 500;
const CONCURRENCY = 4;
const CHUNK_TOKENS = 3000;

/** Deterministic pseudo-random numbers so every run benches the same transcript. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const WORDS =
  "we should the release budget customer team design review latency cache migration schedule risk test plan vendor contract roadmap feature user feedback metric launch support quality".split(
    " ",
  );

function syntheticMeeting(turns: number): { doc: ParsedDoc; sourceText: string } {
  const rand = prng(42);
  const speakers = ["Alice", "Bob", "Carol", "Dan", "Erin"];
  const segments = Array.from({ length: turns }, (_, index) => {
    const n = 8 + Math.floor(rand() * 40);
    const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]);
    return { index, speaker: speakers[Math.floor(rand() * speakers.length)], text: `${words.join(" ")}.`, startMs: index * 15_000 };
  });
  return docWithSource({ kind: "meeting", title: "Synthetic planning meeting", lang: "en", meetingDate: "2024-05-01", speakers, format: "txt", segments });
}

function qmsumMeeting(file: string): { doc: ParsedDoc; sourceText: string } {
  const c = JSON.parse(readFileSync(file, "utf8")) as { title: string; transcript: Array<{ speaker: string; text: string }> };
  const segments = c.transcript.map((t, index) => ({ index, speaker: t.speaker, text: t.text }));
  return docWithSource({ kind: "meeting", title: c.title, lang: "en", speakers: [...new Set(segments.map((s) => s.speaker))], format: "json", segments });
}

/** The source as a transcript file ("speaker: text" per turn) is what prompt tokens are compared with. */
function docWithSource(doc: ParsedDoc) {
  return { doc, sourceText: doc.segments.map((s) => `${s.speaker}: ${s.text}`).join("\n") };
}

/** Packs consecutive segments up to the chunk budget (MODEL_CHUNK_TOKENS), as the pipeline's chunker does. */
function packChunks(doc: ParsedDoc, budget: number): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let tokens = 0;
  const flush = (end: number) => {
    const text = doc.segments
      .slice(start, end + 1)
      .map((s) => `[${s.index}] ${s.speaker}: ${s.text}`)
      .join("\n");
    chunks.push({ index: chunks.length, segmentStart: start, segmentEnd: end, tokenCount: countTokens(text), text });
  };
  doc.segments.forEach((s, i) => {
    const t = countTokens(`[${s.index}] ${s.speaker}: ${s.text}`);
    if (tokens + t > budget && i > start) {
      flush(i - 1);
      start = i;
      tokens = 0;
    }
    tokens += t;
  });
  if (start < doc.segments.length) flush(doc.segments.length - 1);
  return chunks;
}

const words = (text: string, n: number) => text.split(/\s+/).slice(0, n).join(" ");

/** About what a real model returns per chunk, at the prompt's length limit: 5 points, 2 decisions, 3 to-dos, 3 topics. */
function mapReply(r: RecordedRequest): string {
  const lines = transcriptLines(r);
  const pick = (k: number, offset: number) => Array.from({ length: Math.min(k, lines.length) }, (_, i) => lines[Math.floor(((i + offset / 10) * lines.length) / k) % lines.length]);
  const item = (l: { index: number; text: string }) => ({ text: words(l.text, 15), cite: [l.index], quote: words(l.text, 6) });
  const third = Math.max(1, Math.floor(lines.length / 3));
  return JSON.stringify({
    summary: pick(5, 0).map(item),
    decisions: pick(2, 3).map(item),
    todos: pick(3, 5).map((l) => ({ ...item(l), owner: l.speaker, due: null, dueText: null, confidence: 0.8 })),
    topics: [0, 1, 2].map((k) => {
      const a = lines[Math.min(lines.length - 1, k * third)];
      const b = lines[Math.min(lines.length - 1, (k + 1) * third - 1)];
      return { title: words(a.text, 5), summary: words(a.text, 15), start: a.index, end: b.index, cite: [a.index], quote: words(a.text, 6) };
    }),
  });
}

function reduceReply(r: RecordedRequest): string {
  const notes = [...(userText(r).split("<notes>")[1] ?? "").matchAll(/^([SDTP]\d+) (?:\[[\d-]+\] )?(.*)$/gm)].map((m) => ({ id: m[1], text: m[2] }));
  const of = (k: string) => notes.filter((n) => n.id.startsWith(k));
  const group = <T>(xs: T[], size: number) => Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, i * size + size));
  return JSON.stringify({
    title: "Minutes",
    summary: group(of("S"), 3)
      .slice(0, 8)
      .map((g) => ({ text: g[0].text, from: g.map((n) => n.id) })),
    decisions: of("D").map((n) => ({ text: n.text, from: [n.id] })),
    todos: of("T").map((n) => ({ text: n.text.split(" | ")[0], owner: null, due: null, dueText: null, from: [n.id] })),
    topics: group(of("P"), 2).map((g) => ({ title: words(g[0].text, 5), summary: g[0].text, from: g.map((n) => n.id) })),
    slides: group(of("S"), Math.max(1, Math.ceil(of("S").length / 10)))
      .slice(0, 10)
      .map((g) => ({ title: words(g[0].text, 5), bullets: g.map((n) => words(n.text, 8)), from: g.map((n) => n.id) })),
  });
}

async function benchCase(name: string, doc: ParsedDoc, sourceText: string): Promise<BenchRow[]> {
  const server = await startFakeOpenAI((r) => ({ content: isExtract(r) ? mapReply(r) : isMerge(r) ? reduceReply(r) : "ok", latencyMs: r.index === 0 ? 0 : LATENCY_MS }));
  try {
    const calls: ModelCallRecord[] = [];
    const engine = createLlmEngine({ baseURL: server.url, modelName: "fake", concurrency: CONCURRENCY, chunkTokens: CHUNK_TOKENS, onCall: (c) => calls.push(c) });
    const chunks = packChunks(doc, CHUNK_TOKENS);
    // One uncounted call first: the process's one-time start-up (module loading, JIT, first
    // connection) is not a cost of the analysis.
    await engine.transform("warm up", "polish");
    calls.length = 0;
    const started = performance.now();
    const analysis = verifyAnalysis(await engine.analyze(doc, chunks), doc);
    const wall = performance.now() - started;
    const sourceTokens = countTokens(sourceText);
    const promptTokens = analysis.usage?.promptTokens ?? 0;
    const items = [...analysis.summary, ...analysis.decisions, ...analysis.todos, ...analysis.topics];
    const row = (metric: string, value: number, unit: string, goal?: string): BenchRow => ({ bench: "llm", case: name, metric, value, unit, ...(goal && { goal }) });
    return [
      row("source tokens", sourceTokens, "tokens"),
      row("chunks", chunks.length, "chunks"),
      row("calls", calls.length, "calls", `= chunks + 1 (${chunks.length + 1})`),
      row("prompt tokens ÷ source tokens", promptTokens / sourceTokens, "ratio", "≤ 1.3"),
      row("merge prompt tokens ÷ source tokens", calls.filter((c) => c.task === "merge").reduce((n, c) => n + c.promptTokens, 0) / sourceTokens, "ratio"),
      row("wall time ÷ call latency", wall / LATENCY_MS, "latencies", `≤ ${Math.ceil(chunks.length / CONCURRENCY) + 1}`),
      // What each call really took (fake latency + both sides' CPU in this one process): the part of
      // the wall time above the goal that is not scheduling.
      row("mean call time", calls.reduce((n, c) => n + c.latencyMs, 0) / Math.max(1, calls.length), "ms", `${LATENCY_MS} + overhead`),
      row("items verified", items.filter((i) => i.verified).length / Math.max(1, items.length), "share", "1.0 with a grounded model"),
    ];
  } finally {
    await server.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const synthetic = syntheticMeeting(1500);
  rows.push(...(await benchCase("synthetic 1500 turns", synthetic.doc, synthetic.sourceText)));
  const qmsum = qmsumMeeting("/work/shared/corpus/qmsum/Bdb001.json");
  rows.push(...(await benchCase("qmsum Bdb001", qmsum.doc, qmsum.sourceText)));
  return rows;
}
