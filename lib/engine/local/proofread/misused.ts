/**
 * Common misused Chinese words (错别字 / 易错词) from the curated list in misused-list.ts.
 * A two-character wrong form must also be a whole word of its own — start and end on word
 * boundaries — so it never matches across two real words (以经济 = 以 + 经济).
 */
import type { Suggestion } from "@/lib/engine/suggestions";
import type { ProofContext } from "./context";
import { MISUSED, type MisusedEntry } from "./misused-list";

interface Compiled extends MisusedEntry {
  afterRe?: RegExp;
  beforeRe?: RegExp;
  notAfterRe?: RegExp;
}

const BY_WRONG = new Map<string, Compiled[]>();
for (const e of MISUSED) {
  const c: Compiled = {
    ...e,
    afterRe: e.after ? new RegExp(`^\\s*(?:${e.after})`) : undefined,
    beforeRe: e.before ? new RegExp(`(?:${e.before})\\s*$`) : undefined,
    notAfterRe: e.notAfter ? new RegExp(`^(?:${e.notAfter})`) : undefined,
  };
  BY_WRONG.set(e.wrong, [...(BY_WRONG.get(e.wrong) ?? []), c]);
}
const ANY = new RegExp([...BY_WRONG.keys()].sort((a, b) => b.length - a.length).join("|"), "g");
/** How much context `after` / `before` patterns look at. */
const WINDOW = 8;

export function checkMisused(ctx: ProofContext): Suggestion[] {
  const out: Suggestion[] = [];
  const v = ctx.view;
  for (const m of v.matchAll(ANY)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = v.slice(end, end + WINDOW);
    const before = v.slice(Math.max(0, start - WINDOW), start);
    const entry = BY_WRONG.get(m[0])?.find((e) => (!e.afterRe || e.afterRe.test(after)) && (!e.beforeRe || e.beforeRe.test(before)) && !e.notAfterRe?.test(after));
    if (!entry) continue;
    if (m[0].length === 2 && !ctx.onWordBoundaries(start, end)) continue;
    out.push(ctx.suggest(start, end, entry.right, "typo", `「${entry.wrong}」 is a common misuse of 「${entry.right}」${entry.note ? ` (${entry.note})` : ""}`));
  }
  return out;
}
