/**
 * Decisions and to-dos of a meeting, read from the structure of the conversation (who speaks,
 * who is addressed, who replies and how) rather than from sentences alone: see
 * commitments/todos.ts and commitments/decisions.ts. A sentence minuted as a decision is not
 * also a to-do.
 */
import type { Decision, Todo } from "@/lib/engine/types";
import type { Segment } from "@/lib/ingest/types";
import { detectDecisions } from "@/lib/engine/local/commitments/decisions";
import { People } from "@/lib/engine/local/commitments/people";
import { detectTodos } from "@/lib/engine/local/commitments/todos";
import { buildTurns } from "@/lib/engine/local/commitments/turns";

export interface Commitments {
  decisions: Decision[];
  todos: Todo[];
}

export function extractCommitments(segments: Segment[], speakers: string[], meetingDate?: string): Commitments {
  const people = new People(
    speakers.length ? speakers : [...new Set(segments.map((s) => s.speaker ?? "").filter(Boolean))],
    segments.map((s) => s.text),
  );
  const turns = buildTurns(segments, people);
  return { decisions: detectDecisions(turns), todos: detectTodos(turns, people, meetingDate) };
}
