/**
 * A to-do in the making (owner, how the owner was established, task wording, due, sources) and
 * the dates read off its sentences.
 */
import type { Sentence } from "@/lib/engine/local/commitments/clause";
import type { CONFIDENCE } from "@/lib/engine/local/commitments/tuning";
import { commitmentClause } from "@/lib/engine/local/commitments/task";
import { resolveDue } from "@/lib/engine/local/dates";

export interface Draft {
  owner: string | null;
  kind: keyof typeof CONFIDENCE;
  sentence: Sentence;
  task: string;
  due: { iso: string; text: string } | null;
  segs: number[];
  evidence: string[];
  /** Given to two people at once: no single owner, whoever replies first. */
  joint?: boolean;
}

/** A reply that pushes back on the asked date ("Thursday's tight", "下周二有点赶", "not this week"). */
export const RESERVED_DATE = /不行|不能|来不及|有点(?:赶|紧)|太赶|赶不上|\b(?:tight|can't|cannot|won't work|doesn't work|not this week|too soon)\b/i;

/** The last date said in a sentence ("下周二有点赶，下周三行不行？" → 下周三): a counter-offer names its date last. */
export function lastDue(raw: string, meetingDate?: string) {
  const parts = raw.split(/[，,；;]/);
  for (let k = parts.length - 1; k >= 0; k--) {
    const d = resolveDue(parts[k], meetingDate);
    if (d) return { iso: d.iso, text: d.text };
  }
  return null;
}

/** A clause saying someone is away on a day ("I'm out Friday", "周五我请假", "这周在出差"): a reason, not a deadline. */
const AWAY = /\b(?:i'm|i am|he's|she's|they're|we're) (?:out|away|off|travell?ing|on (?:leave|holiday|vacation|pto))\b|不在(?:公司|办公室)?|请假|休假|出差/i;

/** The sentence's deadline; a conditional task ("如果…就…", "if … then …") has none. */
export function dueOf(s: Sentence, meetingDate?: string) {
  if (s.conditional) return null;
  const raw = AWAY.test(s.raw)
    ? s.raw
        .split(/[,，;；]/)
        .filter((c) => !AWAY.test(c))
        .join("，")
    : s.raw;
  // "The part's coming tomorrow, I'll have it swapped by Friday": the commitment's own date, when it names one.
  const own = s.zh ? null : resolveDue(commitmentClause(raw), meetingDate);
  const d = own ?? resolveDue(raw, meetingDate);
  // "the shrink report for the last six weeks": a date before the meeting is what the work covers, not when it is due.
  if (d && meetingDate && d.iso.slice(0, 10) < meetingDate.slice(0, 10)) return null;
  return d ? { iso: d.iso, text: d.text } : null;
}
