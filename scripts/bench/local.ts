/**
 * Local engine speed: full analysis of the longest QMSum and VCSum meetings in the corpus and of a
 * synthesized 2-hour transcript, against a bare tokenize pass over the same text (the floor any
 * text processing pays). Goal: ≤ 0.3 s for a 1-hour meeting, seconds at most for the longest.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { BenchRow } from "../bench";
import { chunkSegments } from "@/lib/chunk";
import { localEngine } from "@/lib/engine/local";
import { listCaseFiles, loadCase, renderCase } from "@/lib/eval/cases";
import { parseDocument } from "@/lib/ingest";
import type { ParsedDoc } from "@/lib/ingest/types";
import { countTokens } from "@/lib/text/tokens";

const CORPUS = process.env.JIYAO_CORPUS ?? "/work/shared/corpus";

async function docFromText(text: string, fileName: string): Promise<ParsedDoc> {
  return parseDocument({ bytes: new TextEncoder().encode(text), fileName });
}

/** The case with the most transcript characters in a corpus folder. */
function longestMeeting(folder: string) {
  const dir = path.join(CORPUS, folder);
  if (!existsSync(dir)) return null;
  const cases = listCaseFiles(dir)
    .map(loadCase)
    .filter((c) => c.kind === "meeting");
  const size = (c: (typeof cases)[number]) => (c.transcript ?? []).reduce((a, t) => a + t.text.length, 0);
  return cases.sort((a, b) => size(b) - size(a))[0] ?? null;
}

/** ~2 hours of talk: 4 people, ~150 words a minute, topics changing every ~15 minutes. */
function syntheticTranscript(): string {
  const topics = ["budget", "hiring", "launch", "security", "pricing", "roadmap", "support", "marketing"];
  const people = ["Alice", "Bob", "Carol", "Dave"];
  const lines: string[] = [];
  for (let i = 0; i < 1200; i++) {
    const topic = topics[Math.floor(i / 150) % topics.length];
    const who = people[i % people.length];
    lines.push(
      `${who}: Um, so about the ${topic} plan, I think we should review the ${topic} numbers from last quarter and compare them with the target for item ${i % 37}. I'll send the ${topic} summary by Friday, and we decided to keep the ${topic} review weekly.`,
    );
  }
  return lines.join("\n");
}

async function time<T>(fn: () => Promise<T> | T, repeat = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best / 1000;
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const inputs: Array<{ name: string; text: string; fileName: string }> = [];
  for (const folder of ["qmsum", "vcsum"]) {
    const c = longestMeeting(folder);
    if (c) inputs.push({ name: `${c.id} (longest ${folder})`, ...renderCase(c) });
  }
  inputs.push({ name: "synthetic 2-hour meeting", text: syntheticTranscript(), fileName: "synthetic.txt" });
  // Warm up lazy loads (jieba dictionary, ICU segmenter) so they are not billed to the first case.
  await localEngine.analyze(await docFromText("Alice: 你好，我们开始吧。Let's start.", "warm.txt"), []);
  for (const input of inputs) {
    const doc = await docFromText(input.text, input.fileName);
    const chunks = chunkSegments(doc.segments);
    const analyze = await time(() => localEngine.analyze(doc, chunks));
    const tokenize = await time(() => doc.segments.reduce((a, s) => a + countTokens(s.text), 0));
    rows.push({ bench: "local", case: input.name, metric: "analyze", value: analyze, unit: "s", goal: "≤ 0.3 s per hour of meeting; seconds at most" });
    rows.push({ bench: "local", case: input.name, metric: "analyze / tokenize", value: analyze / Math.max(tokenize, 1e-6), unit: "×" });
  }
  return rows;
}
