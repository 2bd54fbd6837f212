/**
 * Who spoke, as people corrected it. The recorded labels ("说话人1", "Speaker 2") never change; a map
 * says what each one is shown as. Renaming a speaker to a name another speaker already has merges
 * them. The map is applied on read: to the transcript, the minutes' text, to-do owners and exports.
 */
import { compileGlossary, correctText } from "./glossary";

export interface SpeakerMapData {
  /** Recorded label → shown name (only labels that differ). */
  names: Record<string, string>;
  /** Recorded label → names it was shown as before, so minutes written under an earlier name follow too. */
  past: Record<string, string[]>;
  /** Shown name → the workspace member (user id) that speaker is. */
  links: Record<string, string>;
}

export const EMPTY_SPEAKER_MAP: SpeakerMapData = { names: {}, past: {}, links: {} };

export const shownName = (map: SpeakerMapData, label: string): string => (Object.hasOwn(map.names, label) ? map.names[label] : label);

export interface SpeakerGroup {
  name: string;
  labels: string[];
  userId: string | null;
}

/** The speakers as shown, each with the recorded labels it stands for, in first-recorded order. */
export function speakerGroups(map: SpeakerMapData, labels: string[]): SpeakerGroup[] {
  const byName = new Map<string, SpeakerGroup>();
  for (const label of labels) {
    const name = shownName(map, label);
    const g = byName.get(name) ?? { name, labels: [], userId: Object.hasOwn(map.links, name) ? map.links[name] : null };
    g.labels.push(label);
    byName.set(name, g);
  }
  return [...byName.values()];
}

/** Every label shown as `from` is shown as `to` from now on (a merge when another speaker is already `to`). */
export function renameSpeaker(map: SpeakerMapData, labels: string[], from: string, to: string): SpeakerMapData {
  const names = { ...map.names };
  const past = { ...map.past };
  const links = { ...map.links };
  for (const label of labels) {
    if (shownName(map, label) !== from) continue;
    if (to === label) delete names[label];
    else names[label] = to;
    if (from !== label && from !== to) past[label] = [...new Set([...(past[label] ?? []), from])].filter((n) => n !== to);
  }
  if (Object.hasOwn(links, from)) {
    if (!Object.hasOwn(links, to)) links[to] = links[from];
    delete links[from];
  }
  return { names, past, links };
}

export function linkSpeaker(map: SpeakerMapData, name: string, userId: string | null): SpeakerMapData {
  const links = { ...map.links };
  if (userId) links[name] = userId;
  else delete links[name];
  return { ...map, links };
}

/**
 * Rewrites speaker names inside generated text (minutes, to-do owners): each recorded label and earlier
 * name becomes the name shown now. Names shown now are never rewritten, so swapping two names holds.
 */
export function speakerRenamer(map: SpeakerMapData): (text: string) => string {
  const current = new Set(Object.values(map.names));
  const entries = Object.entries(map.names).map(([label, name]) => ({
    term: name,
    variants: [label, ...(map.past[label] ?? [])].filter((v) => v !== name && !current.has(v)),
  }));
  if (!entries.some((e) => e.variants.length)) return (text) => text;
  const g = compileGlossary(entries, { cjkWords: false, termsAsPatterns: true });
  return (text) => correctText(g, text).text;
}
