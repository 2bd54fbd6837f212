/**
 * Offline proofreading (校阅) for the local engine: rules that are reliable without a model.
 * Each rule returns suggestions with offsets into the given text; overlapping ones are resolved
 * by verifySuggestions (earlier and longer first) so the list can always be applied as a whole.
 */
import { verifySuggestions, type Suggestion } from "@/lib/engine/suggestions";
import { checkBrackets } from "./brackets";
import { ProofContext, type Range } from "./context";
import { checkDuplicates } from "./duplicates";
import { checkEnglishGrammar } from "./grammar-en";
import { checkMisused } from "./misused";
import { checkScript } from "./script";
import { checkSpacing } from "./spacing";
import { loadSpeller } from "./speller";
import { checkSpelling } from "./spelling";
import { checkWidth } from "./width";

export type { Range } from "./context";

export interface ProofreadOptions {
  /** Spans that are not prose (code, markup), as [start, end) offsets: never flagged. */
  skip?: Range[];
  /** Suggest a space between Chinese and Latin letters/digits (a style choice; off by default). */
  spacing?: boolean;
  /** Words to accept as correctly spelled (the workspace's list). Called with the word as written and lower-cased. */
  accept?: (word: string) => boolean;
  /** Rules to leave out, by name. */
  disable?: RuleName[];
}

export type RuleName = "width" | "duplicates" | "brackets" | "misused" | "script" | "spelling" | "grammar" | "spacing";

/** Priority when two rules flag the same span: the more specific fix first. */
const ORDER: RuleName[] = ["misused", "duplicates", "width", "brackets", "script", "spelling", "grammar", "spacing"];

export function proofreadLocal(text: string, opts: ProofreadOptions = {}): Suggestion[] {
  const ctx = new ProofContext(text, opts.skip);
  const off = new Set(opts.disable ?? []);
  if (!opts.spacing) off.add("spacing");
  const hasLatin = /[A-Za-z]{3}/.test(ctx.view);
  const rules: Record<RuleName, () => Suggestion[]> = {
    misused: () => checkMisused(ctx),
    duplicates: () => checkDuplicates(ctx),
    width: () => checkWidth(ctx),
    brackets: () => checkBrackets(ctx),
    script: () => checkScript(ctx),
    spelling: () => (hasLatin ? checkSpelling(ctx, loadSpeller(), { accept: opts.accept }) : []),
    grammar: () => (hasLatin ? checkEnglishGrammar(ctx) : []),
    spacing: () => checkSpacing(ctx),
  };
  const all: Suggestion[] = [];
  for (const name of ORDER) if (!off.has(name)) all.push(...rules[name]());
  // The sort in verifySuggestions is stable: at the same span, the rule earlier in ORDER wins.
  return verifySuggestions(text, all);
}

/** A workspace accept-list as the `accept` option: case-insensitive. */
export function acceptList(words: Iterable<string>): (word: string) => boolean {
  const set = new Set([...words].map((w) => w.trim().toLowerCase()).filter(Boolean));
  return (w) => set.has(w.toLowerCase());
}
