import { diffChars, diffWords, type Change } from "diff";

/**
 * A proposed edit as tracked changes: the text split into kept parts and changes (what goes, what
 * comes), each change accepted or rejected on its own, and the result put back together from the
 * choices. Words are found by Intl.Segmenter (so Chinese is diffed by word, not by character);
 * when that diff does not rebuild both texts exactly, by characters, which always does.
 */
export type TrackedPart = { kind: "same"; text: string } | { kind: "change"; id: number; removed: string; added: string };

function rebuilds(changes: Change[], original: string, proposal: string): boolean {
  const before = changes
    .filter((c) => !c.added)
    .map((c) => c.value)
    .join("");
  const after = changes
    .filter((c) => !c.removed)
    .map((c) => c.value)
    .join("");
  return before === original && after === proposal;
}

export function trackedChanges(original: string, proposal: string, locale = "zh"): TrackedPart[] {
  let changes: Change[] | undefined;
  try {
    changes = diffWords(original, proposal, { intlSegmenter: new Intl.Segmenter(locale, { granularity: "word" }) });
  } catch {
    changes = undefined;
  }
  if (!changes || !rebuilds(changes, original, proposal)) changes = diffChars(original, proposal);
  const parts: TrackedPart[] = [];
  let id = 0;
  for (const c of changes) {
    const last = parts.at(-1);
    if (!c.added && !c.removed) {
      parts.push({ kind: "same", text: c.value });
      continue;
    }
    const change = last?.kind === "change" ? last : null;
    if (change) {
      if (c.added) change.added += c.value;
      else change.removed += c.value;
    } else parts.push({ kind: "change", id: id++, removed: c.removed ? c.value : "", added: c.added ? c.value : "" });
  }
  return parts;
}

/** The text with the accepted changes applied and the others left as they were. */
export function applyTracked(parts: TrackedPart[], accepted: ReadonlySet<number>): string {
  return parts.map((p) => (p.kind === "same" ? p.text : accepted.has(p.id) ? p.added : p.removed)).join("");
}

export const changeIds = (parts: TrackedPart[]): number[] => parts.flatMap((p) => (p.kind === "change" ? [p.id] : []));
