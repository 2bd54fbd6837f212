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

function mentions(q: string, needle: string, caseSensitive: boolean): string | null {
  const re = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${escapeRe(needle)})(?:$|[^\\p{L}\\p{N}])`, caseSensitive ? "u" : "iu");
  const m = q.match(re);
  // A capital "A" opening the question is an article, not speaker A.
  return m && !(needle.length === 1 && (m.index ?? 0) === 0) ? needle : null;
}

export interface NamedSpeakers {
  /** Speaker labels of the document that the question names. */
  speakers: string[];
  /** The question without the names. */
  body: string;
}

export function namedSpeakers(q: string, speakers: string[]): NamedSpeakers {
  const aliasCount = new Map<string, number>();
  for (const s of speakers) for (const w of new Set(aliasWords(s))) aliasCount.set(w, (aliasCount.get(w) ?? 0) + 1);
  const named: string[] = [];
  let body = q;
  for (const s of speakers) {
    const label = s.trim();
    if (!label) continue;
    const said =
      mentions(q, label, label.length <= 2) ??
      aliasWords(label)
        .filter((w) => aliasCount.get(w) === 1)
        .map((w) => mentions(q, w, true))
        .find(Boolean);
    if (!said) continue;
    named.push(s);
    body = body.split(said).join(" ");
  }
  return { speakers: named, body };
}
