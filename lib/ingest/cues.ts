/**
 * Caption cues (VTT, SRT, Whisper JSON) → speaker turns. Consecutive cues of one speaker merge
 * into a turn (start of the first, end of the last) up to a size that keeps citations precise.
 */
import { decodeHTMLStrict } from "entities";
import { AppError } from "@/lib/errors";
import type { RawSegment } from "./blocks";
import { cleanSpeech, joinText } from "./clean";
import { LIMITS } from "./limits";
import { cleanSpeakerName, isSpeakerName } from "./speaker-line";
import { stripOverrides, stripTags } from "./strip-tags";

export interface Cue {
  startMs?: number;
  endMs?: number;
  speaker?: string;
  text: string;
  /** The timing line was present but unreadable. */
  brokenTiming?: boolean;
}

/**
 * Removes markup from cue text: VTT/HTML tags, ASS overrides ({\an8}), timestamp tags. Character
 * references are HTML's; only terminated ones ("&amp;", "&#39;") are decoded, so "R&D" or "&copy"
 * typed in a caption stay as written.
 */
export function stripCueMarkup(text: string): string {
  return decodeHTMLStrict(stripTags(stripOverrides(text), { cue: true }));
}

// Anchored and bounded; the leading "- " and spaces are trimmed in code so no two quantifiers overlap.
const PREFIX = /^([^:：\n]{1,40})[:：]/;

/** "- Name: text" → name and text, or undefined. */
export function speakerPrefix(text: string): { name: string; text: string } | undefined {
  let t = text.trimStart();
  if (t.startsWith("-")) t = t.slice(1).trimStart();
  const m = PREFIX.exec(t);
  if (!m) return undefined;
  const rest = t.slice(m[0].length).trimStart();
  return rest ? { name: m[1], text: rest } : undefined;
}

/**
 * Zoom and many SRT exports put "Name: " in front of cue text. A prefix counts as a speaker only
 * when it looks like a name and recurs (or prefixes are the norm), so "Note: …" stays text.
 */
export function applySpeakerPrefixes(cues: Cue[]): void {
  const found: Array<{ name: string; text: string } | undefined> = cues.map((c) => {
    if (c.speaker) return undefined;
    const m = speakerPrefix(c.text);
    if (!m) return undefined;
    const name = cleanSpeakerName(m.name);
    return isSpeakerName(name) ? { name, text: m.text } : undefined;
  });
  const counts = new Map<string, number>();
  let prefixed = 0;
  for (const f of found) {
    if (!f) continue;
    prefixed++;
    counts.set(f.name, (counts.get(f.name) ?? 0) + 1);
  }
  const common = prefixed >= 0.3 * cues.length;
  found.forEach((f, i) => {
    if (f && (common || (counts.get(f.name) ?? 0) >= 2)) {
      cues[i].speaker = f.name;
      cues[i].text = f.text;
    }
  });
}

export function tooManyCues(format: string): AppError {
  return new AppError(
    "TOO_COMPLEX",
    `This ${format.toUpperCase()} file has too many cues (more than ${LIMITS.maxCues.toLocaleString("en-US")}, over a day of captions); split it into parts and upload them separately.`,
  );
}

/** Counts timing arrows before anything is built, so a file of far too many cues fails at once. */
export function checkCueCount(text: string, format: string): void {
  let n = 0;
  for (let at = text.indexOf("-->"); at >= 0; at = text.indexOf("-->", at + 3)) {
    if (++n > LIMITS.maxCues) throw tooManyCues(format);
  }
}

/** Broken timings are tolerated while they are the exception; a file of mostly broken timings is rejected. */
export function checkTimings(cues: Cue[], format: string): void {
  const broken = cues.filter((c) => c.brokenTiming).length;
  if (broken > 0 && broken > cues.length / 2) {
    throw new AppError(
      "BAD_TIMESTAMPS",
      `Most timestamps in this ${format.toUpperCase()} file are unreadable (${broken} of ${cues.length} cues). Re-export the captions and try again.`,
    );
  }
}

export function cuesToSegments(cues: Cue[]): RawSegment[] {
  const out: RawSegment[] = [];
  let turn: RawSegment | undefined;
  for (const cue of cues) {
    const text = cleanSpeech(cue.text.split("\n").reduce(joinText, ""));
    if (!text) continue;
    const endMs = cue.endMs !== undefined && cue.startMs !== undefined && cue.endMs < cue.startMs ? undefined : cue.endMs;
    const sameSpeaker = turn !== undefined && cue.speaker !== undefined && turn.speaker === cue.speaker;
    if (turn && sameSpeaker && turn.text.length + text.length <= LIMITS.maxTurnChars) {
      turn.text = joinText(turn.text, text);
      if (endMs !== undefined) turn.endMs = endMs;
      continue;
    }
    if (turn) out.push(turn);
    turn = { speaker: cue.speaker, startMs: cue.startMs, endMs, text };
  }
  if (turn) out.push(turn);
  return out;
}
