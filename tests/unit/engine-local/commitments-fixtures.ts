/** Helpers of the commitment rule tests: an AMI-style design team and a filler turn to pad a meeting out. */
import { extractCommitments } from "@/lib/engine/local/actions";
import type { Segment } from "@/lib/ingest/types";

export const ROLES = ["Project Manager", "Marketing", "User Interface", "Industrial Designer"];

/** n turns of neutral design talk, round-robin over ROLES, so a closing rule sees a meeting before it. */
export const talk = (n: number): Array<[string, string]> =>
  Array.from({ length: n }, (_, i) => [ROLES[i % 4], `The strap we sketched in round ${i + 1} looked a little too thin for a grown hand.`]);

/** The engine's to-dos and decisions of these turns, dated 2024-05-08; the speakers default to the ones who talk. */
export function runCommitments(turns: Array<[string, string]>, speakers = [...new Set(turns.map((t) => t[0]))]) {
  const segments: Segment[] = turns.map(([speaker, text], index) => ({ index, speaker, text }));
  return extractCommitments(segments, speakers, "2024-05-08");
}

export const roleTodos = (turns: Array<[string, string]>) => runCommitments(turns, ROLES).todos;
export const roleDecisions = (turns: Array<[string, string]>) => runCommitments(turns, ROLES).decisions;
