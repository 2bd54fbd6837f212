import type { Chunk } from "@/lib/chunk/types";
import type { Decision, SummaryPoint, Todo, Topic } from "@/lib/engine/types";
import type { ExtractChunkResult } from "@/lib/engine/llm/extract-chunk/schema";
import { neutralizeDelimiters } from "@/lib/engine/llm/render";

/**
 * The map step's items, each with a short id ("S1", "D2", "T3", "P4") that the reduce step refers
 * to. Citations are held here, by code, so the reduce prompt carries only text.
 */
interface NoteBase {
  id: string;
  citations: number[];
  /** Verbatim quotes; one from the map step, several once notes have been merged. */
  evidence: string[];
}
export type Note =
  | ({ kind: "S" | "D"; text: string } & NoteBase)
  | ({ kind: "T"; text: string; owner: string | null; due: string | null; dueText: string | null; confidence: number } & NoteBase)
  | ({ kind: "P"; title: string; summary: string; segmentStart: number; segmentEnd: number } & NoteBase);

export interface Notes {
  all: Note[];
  byId: Map<string, Note>;
}

export interface ChunkExtraction {
  chunk: Chunk;
  result: ExtractChunkResult;
}

/** A chunk's model saw only that chunk's segments, so citations outside it are wrong by construction. */
function inChunk(chunk: Chunk, citations: number[]): number[] {
  return [...new Set(citations.filter((c) => c >= chunk.segmentStart && c <= chunk.segmentEnd))];
}

function clampToChunk(chunk: Chunk, n: number): number {
  return Math.min(chunk.segmentEnd, Math.max(chunk.segmentStart, n));
}

/** Gives each note its id, in order: S1, S2, …, D1, … */
function numbered(notes: Note[]): Notes {
  const counters = { S: 0, D: 0, T: 0, P: 0 };
  const all = notes.map((n) => ({ ...n, id: `${n.kind}${++counters[n.kind]}` }));
  return { all, byId: new Map(all.map((n) => [n.id, n])) };
}

export function collectNotes(extractions: ChunkExtraction[]): Notes {
  const all: Note[] = [];
  const add = (note: Note) => all.push(note);
  const ordered = [...extractions].sort((a, b) => a.chunk.segmentStart - b.chunk.segmentStart);
  for (const { chunk, result } of ordered) {
    // Empty items are dropped here rather than failing the whole chunk's reply.
    const point = (p: { text: string; cite: number[]; quote: string }) => ({ text: p.text.trim(), citations: inChunk(chunk, p.cite), evidence: [p.quote], id: "" });
    for (const s of result.summary) if (s.text.trim()) add({ kind: "S", ...point(s) });
    for (const d of result.decisions) if (d.text.trim()) add({ kind: "D", ...point(d) });
    for (const t of result.todos) {
      if (t.text.trim()) add({ kind: "T", ...point(t), owner: t.owner, due: t.due, dueText: t.dueText, confidence: t.confidence });
    }
    for (const p of result.topics) {
      if (!p.title.trim()) continue;
      const segmentStart = clampToChunk(chunk, Math.min(p.start, p.end));
      const segmentEnd = clampToChunk(chunk, Math.max(p.start, p.end));
      add({ kind: "P", id: "", title: p.title.trim(), summary: p.summary, segmentStart, segmentEnd, citations: inChunk(chunk, p.cite), evidence: [p.quote] });
    }
  }
  return numbered(all);
}

/** Items merged from one group of notes, as notes again: the next merge level works on these. */
export function notesFromItems(items: { summary: SummaryPoint[]; decisions: Decision[]; todos: Todo[]; topics: Topic[] }): Note[] {
  const base = (i: { citations: number[]; evidence?: string[] }) => ({ id: "", citations: i.citations, evidence: i.evidence ?? [] });
  return [
    ...items.summary.map((s): Note => ({ kind: "S", text: s.text, ...base(s) })),
    ...items.decisions.map((d): Note => ({ kind: "D", text: d.text, ...base(d) })),
    ...items.todos.map((t): Note => ({ kind: "T", text: t.text, owner: t.owner, due: t.due, dueText: t.dueText, confidence: t.confidence, ...base(t) })),
    ...items.topics.map((p): Note => ({ kind: "P", title: p.title, summary: p.summary, segmentStart: p.segmentStart, segmentEnd: p.segmentEnd, ...base(p) })),
  ];
}

export function renumber(notes: Note[]): Notes {
  return numbered(notes);
}

/** Token cost of one rendered note line (used to size merge groups). */
export function renderNote(n: Note): string {
  return renderNotes({ all: [n], byId: new Map() });
}

const clean = (s: string) => neutralizeDelimiters(s.replace(/\s+/g, " ").trim());

/** One line per note; the smallest form that still lets the model merge and write the outline. */
export function renderNotes(notes: Notes): string {
  return notes.all
    .map((n) => {
      switch (n.kind) {
        case "S":
        case "D":
          return `${n.id} ${clean(n.text)}`;
        case "T": {
          const owner = n.owner ? ` | owner: ${clean(n.owner)}` : "";
          const due = n.due || n.dueText ? ` | due: ${[n.due, n.dueText && `(${clean(n.dueText)})`].filter(Boolean).join(" ")}` : "";
          return `${n.id} ${clean(n.text)}${owner}${due}`;
        }
        case "P":
          return `${n.id} [${n.segmentStart}-${n.segmentEnd}] ${clean(n.title)}: ${clean(n.summary)}`;
        default:
          return n satisfies never;
      }
    })
    .join("\n");
}
