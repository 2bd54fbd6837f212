/**
 * Checks in code on what the model returns, so the LLM engine keeps the same contracts as the local
 * one whatever the prompt achieved:
 * - a to-do's owner is a participant (speaker label) or a person named in the transcript, else null;
 * - an explicit non-decision ("还没定", "下次再说", "let's revisit", "not decided") is not a decision.
 */
import type { ParsedDoc } from "@/lib/ingest/types";
import type { Decision, Todo } from "@/lib/engine/types";
import { hasHan } from "@/lib/text/cjk";

// The whole group or nobody in particular: the corpus convention is owner null.
const GROUP = /^(?:we|us|everyone|everybody|all|the team|team|the group|group|all of us|someone|somebody|tbd|n\/a|none|unknown|大家|我们|全体|所有人|团队|各位|待定|无|未知)$/i;

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The owner as the model named it, if it is a speaker (exactly, or a distinctive word of a label:
 * "Diego" for "Diego Alvarez") or a name that occurs in the transcript's text; otherwise null.
 */
export function groundedOwner(owner: string | null | undefined, doc: ParsedDoc): string | null {
  const o = owner?.trim();
  if (!o || GROUP.test(o)) return null;
  const lower = o.toLowerCase();
  const exact = doc.speakers.find((s) => s.trim().toLowerCase() === lower);
  if (exact) return exact;
  const byWord = doc.speakers.find((s) => {
    const w = words(s);
    return words(o).length > 0 && words(o).every((x) => w.includes(x));
  });
  if (byWord) return byWord;
  const han = hasHan(o);
  const said = doc.segments.some((s) =>
    han ? s.text.includes(o) : new RegExp(`(?:^|[^\\p{L}\\p{N}])${o.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|[^\\p{L}\\p{N}])`, "iu").test(s.text),
  );
  return said ? o : null;
}

const NOT_DECIDED =
  /还没(?:有)?(?:最终)?(?:定|决定|确定|拍板)|没(?:有)?(?:最终)?定下来|尚未(?:决定|确定)|未定|待定|再议|(?:下次|以后|回头|之后)再(?:说|讨论|定|议)|先不(?:定|决定)|没有结论|\bnot (?:yet )?(?:been )?decided\b|\bundecided\b|\b(?:haven't|have not|hasn't|has not) (?:been )?decided\b|\brevisit\b|\bleave (?:it|that|this) open\b|\bno decision\b|\bto be decided\b|\bTBD\b|\btable (?:it|that|this)\b|\bnot settle\b/i;

/** An item whose own words or evidence say that nothing was decided. */
export function isNonDecision(d: Pick<Decision, "text" | "evidence">): boolean {
  return NOT_DECIDED.test(d.text) || (d.evidence ?? []).some((q) => NOT_DECIDED.test(q));
}

export function enforceContracts<T extends { decisions: Decision[]; todos: Todo[] }>(body: T, doc: ParsedDoc): T {
  return {
    ...body,
    decisions: body.decisions.filter((d) => !isNonDecision(d)),
    todos: body.todos.map((t) => ({ ...t, owner: groundedOwner(t.owner, doc) })),
  };
}
