/**
 * Decisions and to-dos from cue patterns (cues.ts), with owners and due dates. Owners: the
 * speaker for "I'll…/我来…", the person addressed for "Alice, can you…/小王你…", and for an
 * unnamed "can you…" the next speaker when they accept ("Sure." / "好的").
 */
import type { Decision, Todo } from "@/lib/engine/types";
import { resolveDue } from "@/lib/engine/local/dates";
import { isDecision, isNonCommittal, matchAction, type ActionCue } from "@/lib/engine/local/cues";
import type { Unit } from "@/lib/engine/local/units";

const CONFIDENCE: Record<ActionCue, number> = { explicit: 0.9, self: 0.75, addressed: 0.75, assigned: 0.7, team: 0.5 };
const ACCEPT = /^(?:yes|yeah|yep|sure|ok(?:ay)?|will do|no problem|i can|i will|i'll|alright|of course|好|好的|可以|行|没问题|收到|明白|嗯好|OK)/i;

function norm(s: string): string {
  return s.toLowerCase().replace(/[\s\p{P}]+/gu, "");
}

export function extractDecisions(units: Unit[]): Decision[] {
  const seen = new Set<string>();
  const out: Decision[] = [];
  for (const u of units) {
    if (!isDecision(u.text)) continue;
    const key = norm(u.text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: u.text, citations: [u.seg], verified: true, evidence: [u.raw] });
  }
  return out;
}

/** Map a said name onto a speaker label when one clearly refers to the same person. */
function canonicalOwner(name: string, speakers: string[]): string {
  const n = name.toLowerCase();
  const hit = speakers.find((s) => s.toLowerCase() === n) ?? speakers.find((s) => s.toLowerCase().split(/\s+/).includes(n));
  return hit ?? name;
}

/** Speaker of the first turn after `seg` by someone else, if that turn accepts the request. */
function accepter(units: Unit[], from: number, speaker: string | undefined): string | null {
  for (let k = from + 1; k < units.length && k < from + 6; k++) {
    const u = units[k];
    if (u.seg === units[from].seg) continue;
    if (!u.speaker || u.speaker === speaker) return null;
    return ACCEPT.test(u.text) ? u.speaker : null;
  }
  return null;
}

export function extractTodos(units: Unit[], speakers: string[], meetingDate?: string): Todo[] {
  const seen = new Set<string>();
  const out: Todo[] = [];
  units.forEach((u, i) => {
    if (!u.content || isDecision(u.text) || isNonCommittal(u.text)) return;
    const m = matchAction(u.text);
    if (!m) return;
    const due = resolveDue(u.text, meetingDate);
    // "We should…" is only an action item when it comes with a deadline.
    if (m.cue === "team" && !due) return;
    let owner: string | null = null;
    if (m.cue === "self") owner = u.speaker ?? null;
    else if (m.name) owner = canonicalOwner(m.name, speakers);
    else if (m.cue === "addressed") owner = accepter(units, i, u.speaker);
    const key = norm(u.text);
    if (seen.has(key)) return;
    seen.add(key);
    const confidence = Math.min(0.95, CONFIDENCE[m.cue] + (due ? 0.1 : 0) + (owner ? 0.05 : 0));
    out.push({
      text: u.text,
      owner,
      due: due?.iso ?? null,
      dueText: due?.text ?? null,
      confidence: Math.round(confidence * 100) / 100,
      citations: [u.seg],
      verified: true,
      evidence: [u.raw],
    });
  });
  return out;
}
