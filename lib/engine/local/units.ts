/**
 * Sentence units: the granule every local feature selects from. Each unit is one cleaned
 * sentence of one segment, so any selected text cites exactly the segment it came from.
 */
import type { ParsedDoc, Segment } from "@/lib/ingest/types";
import { splitLong, splitSentences } from "@/lib/text/sentences";
import { cleanSpoken, condenseZh, isContentful } from "@/lib/text/spoken";
import { contentTerms } from "@/lib/text/terms";
import { hanCount, hasHan, isHan, replaceHan } from "@/lib/text/cjk";

export interface Unit {
  /** Position in the unit list. */
  id: number;
  seg: number;
  speaker?: string;
  startMs?: number;
  /** Cleaned sentence text, as shown to readers. */
  text: string;
  /** Raw text of this unit as spoken (a clause of a long Chinese sentence): its evidence quote. */
  raw: string;
  /** The whole raw sentence the unit was cut from: cues and dates ("我来…，下周五之前完成") span clauses. */
  sentence: string;
  terms: string[];
  /** Content-bearing (not a backchannel like "Okay." or "对。"). */
  content: boolean;
  /** Length in display tokens: words for Latin text, characters for Han. */
  len: number;
}

const LETTER = /[\p{L}\p{N}]/u;

/** Reader-facing length: Han characters count one each, Latin words one each. */
export function displayLen(text: string): number {
  const han = hanCount(text);
  const words = replaceHan(text, " ").match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return han + words;
}

// Chinese ASR turns often run for hundreds of characters with only commas; cut them so a
// summary can pick the informative clause instead of a whole paragraph. Spoken Chinese packs one
// point into a clause or two, so the cut is shorter than for English, whose sentences are marked.
const MAX_ZH_SENTENCE = 20;
const MAX_SENTENCE = 90;

export function segmentUnits(seg: Segment, startId: number): Unit[] {
  const units: Unit[] = [];
  for (const rawSentence of splitSentences(seg.text)) {
    for (const raw of splitLong(rawSentence, hasHan(rawSentence) ? MAX_ZH_SENTENCE : MAX_SENTENCE, MAX_SENTENCE * 4)) {
      const cleaned = cleanSpoken(raw);
      // Chinese speech carries more padding than English; summaries quote the condensed form.
      const text = hasHan(cleaned) ? condenseZh(cleaned) : cleaned;
      // Punctuation-only pieces ("...", "!!") carry nothing to select or show.
      if (!LETTER.test(text)) continue;
      units.push({
        id: startId + units.length,
        seg: seg.index,
        speaker: seg.speaker,
        startMs: seg.startMs,
        text,
        raw,
        sentence: rawSentence.length <= MAX_SENTENCE * 4 ? rawSentence : raw,
        terms: contentTerms(text),
        content: isContentful(text),
        len: displayLen(text),
      });
    }
  }
  return units;
}

/** Two units cut from one long sentence of one segment (the second is not the whole sentence). */
export const sameSentence = (a: Unit, b: Unit) => a.seg === b.seg && a.sentence === b.sentence && a.sentence !== a.raw;

/** A later piece of a sentence in the case it had there (cleaning capitalised it as if it opened one). */
export const midSentence = (u: Unit) => (/^[a-z]/.test(u.raw.trim()) ? u.text.replace(/^[A-Z]/, (c) => c.toLowerCase()) : u.text);

export function buildUnits(doc: ParsedDoc, from = 0, to = doc.segments.length - 1): Unit[] {
  const out: Unit[] = [];
  for (let i = Math.max(0, from); i <= Math.min(to, doc.segments.length - 1); i++) {
    out.push(...segmentUnits(doc.segments[i], out.length));
  }
  return out;
}

/** Units of a segment range, renumbered so `id` is the position in the returned list. */
export function sliceUnits<U extends Unit>(units: U[], fromSeg: number, toSeg: number): U[] {
  return units.filter((u) => u.seg >= fromSeg && u.seg <= toSeg).map((u, i) => ({ ...u, id: i }));
}

/**
 * Units every feature can select from, even for a tiny upload. Normally the units themselves;
 * when nothing is contentful ("hello there", "嗯", "hi") the short units stand in, and when
 * cleanup removed everything (only fillers) the raw segment text does — a one-line upload
 * still gets a summary and a slide rather than an empty page.
 */
export function readableUnits(doc: ParsedDoc, units: Unit[]): Unit[] {
  if (units.some((u) => u.content)) return units;
  if (units.length) return units.map((u) => ({ ...u, content: true }));
  const out: Unit[] = [];
  for (const seg of doc.segments) {
    const raw = seg.text.trim().slice(0, 400);
    if (!LETTER.test(raw)) continue;
    out.push({
      id: out.length,
      seg: seg.index,
      speaker: seg.speaker,
      startMs: seg.startMs,
      text: raw,
      raw,
      sentence: raw,
      terms: contentTerms(raw),
      content: true,
      len: Math.max(1, displayLen(raw)),
    });
  }
  return out;
}

/**
 * Whole sentences again: clauses cut from one sentence are merged back, for features whose cues
 * span clauses (an owner in one, the deadline in the next). Ids are positions in the result.
 */
export function sentenceUnits(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const last = out.at(-1);
    if (last && last.seg === u.seg && last.sentence === u.sentence && last.sentence !== last.raw && last.sentence.includes(u.raw)) {
      last.text += (isHan(last.text.at(-1)) || isHan(u.text) ? "" : " ") + u.text;
      last.raw = u.sentence;
      last.terms = [...last.terms, ...u.terms];
      last.content ||= u.content;
      last.len += u.len;
    } else out.push({ ...u, id: out.length });
  }
  return out;
}
