/**
 * English spelling. Skipped on purpose: words in ALL CAPS, CamelCase, with digits, hyphens or
 * underscores, code/URLs/e-mails (masked by the context), capitalised words inside a sentence
 * (names), and anything the workspace accepts. A word is only flagged when a correction exists,
 * and corrections are ranked by edit distance, keeping the first letter, then word frequency.
 */
import type { Suggestion } from "@/lib/engine/suggestions";
import type { ProofContext } from "./context";
import type { Speller } from "./speller";

/** Words at least this frequent in SUBTLEX are real words even when Hunspell lacks them (tuned on probe half A). */
export const KNOWN_WORD_MIN_COUNT = 30;
/** A capitalised unknown word is usually a name: it is corrected only to a common word (Teh → The), this frequent in SUBTLEX. */
export const CAPITALISED_FIX_MIN_COUNT = 1000;

const WORD = /(?<![\w@#$%&\-/\\.'’])[A-Za-z]+(?:['’][A-Za-z]+)*(?![\w@\-/\\]|\.[A-Za-z0-9])/g;

const KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const KEY_POS = new Map<string, [number, number]>();
for (const [r, row] of KEYBOARD.entries()) for (const [c, ch] of [...row].entries()) KEY_POS.set(ch, [r, c + r * 0.5]);
/** Neighbouring keys are the usual substitution slips (a 26×26 table: this is the inner loop). */
const ADJACENT = new Uint8Array(26 * 26);
for (const [a, p] of KEY_POS) {
  for (const [b, q] of KEY_POS) {
    if (Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1) ADJACENT[(a.charCodeAt(0) - 97) * 26 + b.charCodeAt(0) - 97] = 1;
  }
}

function adjacentKeys(a: string, b: string): boolean {
  const x = a.charCodeAt(0) - 97;
  const y = b.charCodeAt(0) - 97;
  return x >= 0 && x < 26 && y >= 0 && y < 26 && ADJACENT[x * 26 + y] === 1;
}

/** A lower bound on the number of edits: letters one word has and the other lacks. */
function bagDistance(a: string, b: string): number {
  const counts = new Int16Array(128);
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 127]++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i) & 127]--;
  let plus = 0;
  let minus = 0;
  for (let i = 0; i < 128; i++) {
    if (counts[i] > 0) plus += counts[i];
    else minus -= counts[i];
  }
  return Math.max(plus, minus);
}

/** Edit costs for typing slips (vowel cost tuned on probe half A): a missed doubled letter is the cheapest, a far-key substitution the dearest. */
export const EDIT_COST = { doubled: 0.8, indel: 1, transpose: 1, nearKey: 1, vowel: 1, farKey: 1.4 };
const VOWELS = new Set("aeiouy");

/** Optimal string alignment distance with typing-slip weights (see EDIT_COST); three rolling rows. */
export function editDistance(a: string, b: string): number {
  const n = b.length;
  let prev2 = new Float64Array(n + 1);
  let prev = new Float64Array(n + 1);
  let cur = new Float64Array(n + 1);
  // Inserting or deleting a letter next to the same letter ("adress" / "address") is a doubling slip.
  const indelA = (i: number) => (a[i - 1] === a[i - 2] || a[i - 1] === a[i] ? EDIT_COST.doubled : EDIT_COST.indel);
  const indelB = (j: number) => (b[j - 1] === b[j - 2] || b[j - 1] === b[j] ? EDIT_COST.doubled : EDIT_COST.indel);
  for (let j = 1; j <= n; j++) prev[j] = prev[j - 1] + indelB(j);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = prev[0] + indelA(i);
    const x = a[i - 1];
    const del = indelA(i);
    for (let j = 1; j <= n; j++) {
      const y = b[j - 1];
      // Vowels are confused by sound (importent, independant) as often as keys are by position.
      const sub = x === y ? 0 : adjacentKeys(x, y) ? EDIT_COST.nearKey : VOWELS.has(x) && VOWELS.has(y) ? EDIT_COST.vowel : EDIT_COST.farKey;
      let d = Math.min(prev[j] + del, cur[j - 1] + indelB(j), prev[j - 1] + sub);
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) d = Math.min(d, prev2[j - 2] + EDIT_COST.transpose);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

export function rankCorrections(word: string, candidates: string[], speller: Speller): Array<{ word: string; distance: number }> {
  const lower = word.toLowerCase();
  return candidates
    .filter((c) => !/[A-Z]/.test(c.slice(1)) && c.toLowerCase() !== lower)
    .map((c) => ({ word: c, distance: editDistance(lower, c.toLowerCase()), first: c[0].toLowerCase() === lower[0] ? 0 : 1, freq: speller.frequency(c) }))
    .sort((x, y) => x.first - y.first || x.distance - y.distance || y.freq - x.freq)
    .map(({ word: w, distance }) => ({ word: w, distance }));
}

function matchCase(original: string, fix: string): string {
  if (/^[A-Z]/.test(original) && /^[a-z]/.test(fix)) return fix[0].toUpperCase() + fix.slice(1);
  return fix;
}

function sentenceStart(v: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /[ \t"“'‘(*#>-]/.test(v[k])) k--;
  // NUL is a masked span (context.ts): it ends a sentence as a newline does.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the mask character is NUL on purpose
  return k < 0 || /[\n\u0000.!?。！？:：]/.test(v[k]) || /^\s*\d+[.)]\s*$/.test(v.slice(v.lastIndexOf("\n", i - 1) + 1, i));
}

export interface SpellingOptions {
  accept?: (word: string) => boolean;
}

export function checkSpelling(ctx: ProofContext, speller: Speller, opts: SpellingOptions = {}): Suggestion[] {
  const v = ctx.view;
  const out: Suggestion[] = [];
  const words = [...v.matchAll(WORD)];
  // Capitalised words used mid-sentence somewhere in the text are names wherever they appear.
  const names = new Set<string>();
  for (const m of words) if (/^[A-Z][a-z]/.test(m[0]) && !sentenceStart(v, m.index)) names.add(m[0]);
  const verdicts = new Map<string, Suggestion["replacement"] | null>();
  for (const [n, m] of words.entries()) {
    const raw = m[0];
    // A false start in speech ("insp inspiration", "desi we're design"): the word is cut off.
    if (words.slice(n + 1, n + 4).some((w) => w[0].length > raw.length && w[0].toLowerCase().startsWith(raw.toLowerCase()))) continue;
    const word = raw.replace(/’/g, "'");
    if (word.length < 3 || /[A-Z]/.test(word.slice(1)) || opts.accept?.(word) || opts.accept?.(word.toLowerCase())) continue;
    const capitalised = /^[A-Z]/.test(word);
    if (capitalised && (names.has(raw) || !sentenceStart(v, m.index) || /^\s+[A-Z]/.test(v.slice(m.index + raw.length, m.index + raw.length + 3)))) continue;
    let fix = verdicts.get(word);
    if (fix === undefined) {
      fix = correctionFor(word, capitalised, speller);
      verdicts.set(word, fix);
    }
    if (fix) out.push(ctx.suggest(m.index, m.index + raw.length, fix, "spelling", `"${raw}" is not in the English dictionary: did you mean "${fix}"?`));
  }
  return out;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Known, used words one edit away (nspell's own suggestions miss transpositions such as teh → the). */
export function singleEdits(word: string, speller: Speller): string[] {
  const out = new Set<string>();
  // Only words people actually use are offered (and checking the frequency list first is what
  // keeps this fast: the Hunspell check is the expensive part).
  const add = (w: string) => {
    if (w && w !== word && speller.frequency(w) > 0 && speller.correct(w)) out.add(w);
  };
  for (let i = 0; i <= word.length; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (b) add(a + b.slice(1));
    if (b.length > 1) add(a + b[1] + b[0] + b.slice(2));
    for (const c of LETTERS) {
      if (b) add(a + c + b.slice(1));
      add(a + c + b);
    }
  }
  return [...out];
}

/** Common words within a weighted distance of 2.4, checked against the dictionaries. */
function twoEdits(word: string, speller: Speller): string[] {
  // Three edits at the cheapest weight (0.8) still fit in 2.4, so the bag bound prunes at 3.
  return speller.neighbours(word).filter((w) => bagDistance(word, w) <= 3 && editDistance(word, w) <= 2.4 && speller.correct(w));
}

/** Suffixes and prefixes that make new words from known ones (attractors, projective, subtree). */
const SUFFIXES = /(?:e?s|ers?|ors?|ive|ity|ization|izations|ize[sd]?|ise[sd]?|ing|ed|al|ally|ness|less|ment|ments)$/;
const PREFIXES = /^(?:sub|co|re|pre|un|non|multi|inter|over|under|cross|self|micro|meta|post|anti|semi|super)(?=[a-z]{3})/;

/**
 * Technical and office prose is full of words Hunspell lacks but that are plainly made of known
 * parts: a known stem with a suffix, a prefix on a known word, or two known words joined (heldout).
 * Only asked when no known word is one edit away.
 */
function derivedFromKnown(lower: string, speller: Speller): boolean {
  const known = (w: string) => w.length >= 3 && speller.correct(w);
  const stem = lower.replace(SUFFIXES, "");
  if (stem !== lower && (known(stem) || known(`${stem}e`))) return true;
  const rest = lower.replace(PREFIXES, "");
  if (rest !== lower && (known(rest) || known(rest.replace(SUFFIXES, "")))) return true;
  for (let i = 3; i <= lower.length - 3; i++) if (known(lower.slice(0, i)) && known(lower.slice(i)) && speller.frequency(lower.slice(i)) > 0) return true;
  return false;
}

function correctionFor(word: string, capitalised: boolean, speller: Speller): string | null {
  const lower = word.toLowerCase();
  if (speller.correct(word) || speller.correct(lower) || speller.frequency(lower) >= KNOWN_WORD_MIN_COUNT) return null;
  // Interjections and hesitations (hmm, mmm, uhh) are not words to correct.
  if (/^(.)\1+$/.test(lower) || /^[hmu]+$/.test(lower)) return null;
  // "team's", "Zhang's": the possessive of a known word is fine.
  const base = word.replace(/'s$/i, "");
  if (base !== word && (speller.correct(base) || capitalised)) return null;
  // One edit away in the dictionaries first; else common words within two edits. A word with no
  // one-edit correction that is made of known parts is a real word Hunspell lacks, not a typo
  // (a typo of a known word is one edit from it: commited → committed, usefull → useful).
  const near = singleEdits(lower, speller);
  if (!near.length && derivedFromKnown(lower, speller)) return null;
  const candidates = near.length ? near : twoEdits(lower, speller);
  const best = rankCorrections(word, candidates, speller)[0];
  if (!best || best.distance > (capitalised ? 1.4 : 2.4)) return null;
  // Three-letter unknowns are mostly abbreviations and variables (arg, att, sid); only a swap (teh) is a sure slip.
  if (lower.length <= 3 && !(best.word.length === lower.length && [...lower].sort().join("") === [...best.word.toLowerCase()].sort().join(""))) return null;
  // Misspellings almost never change the first letter; an unknown word whose only neighbours
  // start differently (runbook → unhook) is jargon or a name.
  if (best.word[0].toLowerCase() !== lower[0]) return null;
  if (capitalised && speller.frequency(best.word) < CAPITALISED_FIX_MIN_COUNT) return null;
  // Dropping letters from the end is a truncation (idx → id), not a fix, unless a doubled letter goes (untill → until).
  const fix = best.word.toLowerCase();
  if (lower.startsWith(fix) && !(lower.length === fix.length + 1 && lower.at(-1) === lower.at(-2))) return null;
  return matchCase(word, best.word);
}
