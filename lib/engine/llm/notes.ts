import type { Chunk } from "@/lib/chunk/types";
import type { ExtractChunkResult, ExtractedPoint, ExtractedTodo, ExtractedTopic } from "@/lib/engine/llm/extract-chunk/schema";
import { neutralizeDelimiters } from "@/lib/engine/llm/render";

/**
 * The map step's items, each with a short id ("S1", "D2", "T3", "P4") that the reduce step refers
 * to. Citations are held here, by code, so the reduce prompt carries only text.
 */
export type Note =
  | ({ kind: "S"; id: string } & ExtractedPoint)
  | ({ kind: "D"; id: string } & ExtractedPoint)
  | ({ kind: "T"; id: string } & ExtractedTodo)
  | ({ kind: "P"; id: string } & ExtractedTopic);

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

export function collectNotes(extractions: ChunkExtraction[]): Notes {
  const all: Note[] = [];
  const counters = { S: 0, D: 0, T: 0, P: 0 };
  const add = (note: Note) => {
    counters[note.kind]++;
    note.id = `${note.kind}${counters[note.kind]}`;
    all.push(note);
  };
  const ordered = [...extractions].sort((a, b) => a.chunk.segmentStart - b.chunk.segmentStart);
  for (const { chunk, result } of ordered) {
    for (const s of result.summary) add({ ...s, kind: "S", id: "", citations: inChunk(chunk, s.citations) });
    for (const d of result.decisions) add({ ...d, kind: "D", id: "", citations: inChunk(chunk, d.citations) });
    for (const t of result.todos) add({ ...t, kind: "T", id: "", citations: inChunk(chunk, t.citations) });
    for (const p of result.topics) {
      const start = clampToChunk(chunk, Math.min(p.segmentStart, p.segmentEnd));
      const end = clampToChunk(chunk, Math.max(p.segmentStart, p.segmentEnd));
      add({ ...p, kind: "P", id: "", segmentStart: start, segmentEnd: end, citations: inChunk(chunk, p.citations) });
    }
  }
  return { all, byId: new Map(all.map((n) => [n.id, n])) };
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
      }
    })
    .join("\n");
}
