/**
 * The proofreading quality probe: sentences with one known mechanical error (and the corrected
 * sentence) plus clean sentences, each tagged with a half (A = tuning, B = held out).
 * - fixed: error sentences whose suggestions, all applied, give exactly the corrected sentence;
 * - precise: non-style suggestions that move the text toward the correction (none is right on a
 *   clean sentence);
 * - clean: clean sentences with no suggestion at all.
 */
import { readFileSync } from "node:fs";
import { applySuggestions, type Suggestion } from "@/lib/engine/suggestions";

export interface ProbeCase {
  id: string;
  half: "A" | "B" | "C";
  text: string;
  /** The corrected sentence; absent for a clean sentence. */
  fixed?: string;
}

export interface ProbeScore {
  errors: number;
  fixed: number;
  suggestions: number;
  correct: number;
  clean: number;
  cleanQuiet: number;
  failures: Array<{ id: string; text: string; expected?: string; got: string; suggestions: Suggestion[] }>;
}

export function loadProbe(file: string): ProbeCase[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ProbeCase);
}

/** Levenshtein distance over code units; sentences are short. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

export function scoreProbe(cases: ProbeCase[], proofread: (text: string) => Suggestion[]): ProbeScore {
  const s: ProbeScore = { errors: 0, fixed: 0, suggestions: 0, correct: 0, clean: 0, cleanQuiet: 0, failures: [] };
  for (const c of cases) {
    const found = proofread(c.text);
    const got = applySuggestions(c.text, found);
    const nonStyle = found.filter((x) => x.kind !== "style");
    s.suggestions += nonStyle.length;
    if (c.fixed === undefined) {
      s.clean++;
      if (found.length === 0) s.cleanQuiet++;
      else s.failures.push({ id: c.id, text: c.text, got, suggestions: found });
      continue;
    }
    s.errors++;
    const before = distance(c.text, c.fixed);
    for (const x of nonStyle) if (distance(applySuggestions(c.text, [x]), c.fixed) < before) s.correct++;
    if (got === c.fixed) s.fixed++;
    else s.failures.push({ id: c.id, text: c.text, expected: c.fixed, got, suggestions: found });
  }
  return s;
}

export function percent(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)} %` : "—";
}
