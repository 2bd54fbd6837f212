import type { ParsedDoc } from "@/lib/ingest/types";
import type { Chunk } from "@/lib/chunk/types";
import { countTokens } from "@/lib/text/tokens";
import { messageText, type FakeReply, type RecordedRequest } from "@/tests/support/fake-openai-server";

/** Test documents and a "model" that answers like a well-behaved one, from what it was sent. */

export function makeDoc(lines: Array<[string, string]>, lang: ParsedDoc["lang"] = "en", title = "Weekly sync"): ParsedDoc {
  return {
    kind: "meeting",
    title,
    lang,
    meetingDate: "2024-05-01",
    speakers: [...new Set(lines.map(([s]) => s))],
    format: "txt",
    segments: lines.map(([speaker, text], index) => ({ index, speaker, text, startMs: index * 10_000, endMs: index * 10_000 + 9_000 })),
  };
}

const hms = (ms: number) => new Date(ms).toISOString().slice(11, 19);

/** Chunks of `perChunk` segments, text in lib/chunk's line format. */
export function makeChunks(doc: ParsedDoc, perChunk: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (let start = 0; start < doc.segments.length; start += perChunk) {
    const segs = doc.segments.slice(start, start + perChunk);
    const text = segs.map((s) => `[${s.index}] ${s.speaker} ${hms(s.startMs ?? 0)}: ${s.text}`).join("\n");
    chunks.push({ index: chunks.length, segmentStart: segs[0].index, segmentEnd: segs[segs.length - 1].index, tokenCount: countTokens(text), text });
  }
  return chunks;
}

export function englishMeeting(segments = 12): ParsedDoc {
  const lines: Array<[string, string]> = [];
  for (let i = 0; i < segments; i++) {
    const who = ["Alice", "Bob", "Carol"][i % 3];
    if (i % 4 === 1) lines.push([who, `We decided to ship release ${i} of the billing service next week.`]);
    else if (i % 4 === 2) lines.push([who, `I will update the migration guide for module ${i} by Friday.`]);
    else lines.push([who, `Status of workstream ${i}: the dashboard latency went down after the cache change.`]);
  }
  return makeDoc(lines);
}

export const system = (r: RecordedRequest) => messageText(r.body.messages.find((m) => m.role === "system")!);
export const userText = (r: RecordedRequest) =>
  r.body.messages
    .filter((m) => m.role === "user")
    .map(messageText)
    .join("\n");
export const isExtract = (r: RecordedRequest) => system(r).startsWith("You take minutes");
export const isMerge = (r: RecordedRequest) => system(r).startsWith("You merge notes");
/** The minutes' template sections, asked after a model analysis of a meeting. */
export const isTemplate = (r: RecordedRequest) => system(r).startsWith("You write the minutes of a meeting of this type");

/** Lines `12 speaker: text` (speaker only when it changes) inside <transcript> of an extract request. */
export function transcriptLines(r: RecordedRequest): Array<{ index: number; speaker: string; text: string }> {
  const inside = userText(r).split("<transcript>")[1]?.split("</transcript>")[0] ?? "";
  let speaker = "";
  return [...inside.matchAll(/^(\d+)(?: ([^:]{1,20}):)? (.*)$/gm)].map((m) => {
    speaker = m[2] ?? speaker;
    return { index: Number(m[1]), speaker, text: m[3] };
  });
}

/** A JSON reply for an extract request: grounded items built from the lines it was sent. */
export function extractReply(r: RecordedRequest): string {
  const lines = transcriptLines(r);
  const quote = (t: string) => t.split(/\s+/).slice(0, 6).join(" ");
  const decisions = lines.filter((l) => /decided|决定/.test(l.text));
  const todos = lines.filter((l) => /I will|我来/.test(l.text));
  return JSON.stringify({
    summary: lines.slice(0, 2).map((l) => ({ text: `Point: ${l.text}`, cite: [l.index], quote: quote(l.text) })),
    decisions: decisions.map((l) => ({ text: l.text, cite: [l.index], quote: quote(l.text) })),
    todos: todos.map((l) => ({ text: l.text, owner: l.speaker, due: "2024-05-03", dueText: "by Friday", confidence: 0.9, cite: [l.index], quote: quote(l.text) })),
    topics: lines.length
      ? [
          {
            title: `Topic from ${lines[0].index}`,
            summary: "Status",
            start: lines[0].index,
            end: lines[lines.length - 1].index,
            cite: [lines[0].index],
            quote: quote(lines[0].text),
          },
        ]
      : [],
  });
}

/** A JSON reply for a merge request: every note kept, topics merged into one per note, five slides. */
export function mergeReply(r: RecordedRequest): string {
  const notes = userText(r).split("<notes>")[1]?.split("</notes>")[0] ?? "";
  const ids = [...notes.matchAll(/^([SDTP]\d+) (.*)$/gm)].map((m) => ({ id: m[1], text: m[2] }));
  const of = (k: string) => ids.filter((n) => n.id.startsWith(k));
  return JSON.stringify({
    title: "Merged minutes",
    summary: of("S").map((n) => ({ text: n.text, from: [n.id] })),
    decisions: of("D").map((n) => ({ text: n.text, from: [n.id] })),
    todos: of("T").map((n) => ({ text: n.text.split(" | ")[0], owner: null, due: null, dueText: null, from: [n.id] })),
    topics: of("P").map((n) => ({ title: n.text.replace(/^\[[\d-]+\] /, "").split(":")[0], summary: "merged", from: [n.id] })),
    slides: Array.from({ length: 5 }, (_, i) => ({
      title: `Slide ${i + 1}`,
      bullets: ["b"],
      from: of("S")
        .slice(i, i + 1)
        .map((n) => n.id),
    })),
  });
}

/** The well-behaved model: extract and merge requests answered correctly. */
export function goodModel(r: RecordedRequest): FakeReply {
  if (isExtract(r)) return { content: extractReply(r) };
  if (isMerge(r)) return { content: mergeReply(r) };
  if (isTemplate(r)) return { content: JSON.stringify({ sections: [] }) };
  return { content: "ok" };
}

/** Fast retries for tests. */
export const fastRetry = { retryBaseDelayMs: 5, retryMaxDelayMs: 20 } as const;

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
