/**
 * Which participants a question names ("What did Marketing think…", "What did F say…"), by their
 * full label or by a word of it that names one speaker alone, and the question with those names
 * taken out so they do not count as subject words.
 */

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Honorifics and role words shared by many labels never identify one speaker on their own.
const NOT_DISTINCTIVE = /^(?:mr|mrs|ms|dr|hon|the|acting|chair|chairman|chairwoman|president|minister|member|speaker|manager|and|of|\d+)$/i;

/** Words of a label that can name its speaker alone: "PhD F" → F, "Professor B" → Professor, B. */
export function aliasWords(label: string): string[] {
  return label
    .replace(/\([^)]*\)/g, " ")
    .split(/[\s.,]+/)
    .filter((w) => w && /^[\p{Lu}\d]/u.test(w) && !NOT_DISTINCTIVE.test(w));
}

/**
 * Nouns said after a role label that belong to it, not to the subject: "the User Interface
 * designer", "the Industrial Design(er)", "the Marketing expert".
 */
const ROLE_NOUN = `(?:${"designers? design experts? person people specialists? lead team guy"
  .split(" ")
  .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join("|")})`;

/**
 * Where the question says `needle` as a word: its span there (with a role noun after it), or null.
 * `loose`: also in lower case after "the" ("the professor" names Professor D).
 */
function mentions(q: string, needle: string, caseSensitive: boolean, loose = false): { index: number; length: number } | null {
  const word = (flags: string, pre = "") => new RegExp(`(?<![\\p{L}\\p{N}])${pre}${escapeRe(needle)}(?:\\s+${ROLE_NOUN})?(?![\\p{L}\\p{N}])`, flags);
  const m = q.match(word(caseSensitive ? "u" : "iu")) ?? (loose && needle.length > 3 ? q.match(word("iu", "(?<=\\bthe\\s+)")) : null);
  // A capital "A" opening the question is an article, not speaker A.
  if (!m || (needle.length === 1 && (m.index ?? 0) === 0)) return null;
  return { index: m.index ?? 0, length: m[0].length };
}

/** "Professor D", "Grad C": a title and a letter; "the professor" can only mean the one professor. */
const TITLED = /^\p{Lu}\p{Ll}+ [A-Z\d]$/u;

/** One person may hold several labels ("Hon. Navdeep Bains (MississaugaMalton, Lib.)", "Hon. Navdeep Bains"). */
function personOf(label: string): string {
  return aliasWords(label).join(" ") || label.trim();
}

export interface NamedSpeakers {
  /** Speaker labels of the document that the question names. */
  speakers: string[];
  /** The question without the names. */
  body: string;
}

export function namedSpeakers(q: string, speakers: string[]): NamedSpeakers {
  // An alias word names a speaker only when one person's labels hold it.
  const holders = new Map<string, Set<string>>();
  for (const s of speakers)
    for (const w of aliasWords(s)) {
      const set = holders.get(w) ?? new Set<string>();
      set.add(personOf(s));
      holders.set(w, set);
    }
  const named: string[] = [];
  const spans: Array<{ index: number; length: number }> = [];
  for (const s of speakers) {
    const label = s.trim();
    if (!label) continue;
    const whole = mentions(q, label, label.length <= 2);
    const found = whole
      ? [whole]
      : aliasWords(label)
          .filter((w) => holders.get(w)?.size === 1)
          .map((w) => mentions(q, w, true, TITLED.test(label) && label.startsWith(w)))
          .filter((m): m is { index: number; length: number } => m !== null);
    if (!found.length) continue;
    named.push(s);
    spans.push(...found);
  }
  return { speakers: named, body: withoutNames(q, spans) };
}

/**
 * Every name said goes from the body ("Sian Gwenllian" leaves no "Gwenllian" behind), standing in
 * as "they" so the rest still parses as a clause ("what did the marketing learn" → "what did they
 * learn": "learn" stays a verb, not a subject noun); a possessive becomes "their".
 */
function withoutNames(q: string, spans: Array<{ index: number; length: number }>): string {
  let body = q;
  let last = Number.POSITIVE_INFINITY;
  // Right to left, each stretch once (two labels of one person match the same words).
  for (const { index, length } of [...spans].sort((x, y) => y.index - x.index)) {
    if (index + length > last) continue;
    last = index;
    const before = body.slice(0, index).replace(/\bthe\s+$/i, "");
    const after = body.slice(index + length);
    const possessive = /^['’]s\b/.test(after);
    body = `${before}${possessive ? "their" : "they"}${possessive ? after.slice(2) : after}`;
  }
  return body;
}
