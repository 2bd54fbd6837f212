import { proofreadLocal, type ProofreadOptions } from "@/lib/engine/local/proofread";
import { applySuggestions, type Suggestion } from "@/lib/engine/suggestions";

export function check(text: string, opts: ProofreadOptions = {}): Suggestion[] {
  const found = proofreadLocal(text, opts);
  // Every suggestion's span is real: the invariant the CLI promises.
  for (const s of found) if (text.slice(s.start, s.end) !== s.original) throw new Error(`bad span ${JSON.stringify(s)}`);
  return found;
}

export function fix(text: string, opts: ProofreadOptions = {}): string {
  return applySuggestions(text, check(text, opts));
}

export const kinds = (text: string, opts: ProofreadOptions = {}) => check(text, opts).map((s) => s.kind);
