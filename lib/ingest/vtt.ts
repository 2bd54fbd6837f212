/** WebVTT: voice tags, Zoom "Name: text" cues, Teams cue ids, NOTE/STYLE/REGION blocks, cue settings. */
import type { ParsedDoc } from "./types";
import { finalizeDoc } from "./build";
import { applySpeakerPrefixes, checkCueCount, checkTimings, cuesToSegments, stripCueMarkup, tooManyCues, type Cue } from "./cues";
import { LIMITS } from "./limits";
import { parseClock } from "./timecode";

const TITLE_NOTE = /^(?:title|meeting|topic|subject|会议主题|主题|标题)\s*[:：](.+)$/i;
const SPACE = /\s/;
const MAX_VOICE_CHARS = 100;

/**
 * The first voice tag's name: `<v Name>`, `<v.loud Name>`. Scanned by hand: each `<v` looks only as
 * far as the next `>`, and once no `>` is left the search stops (the regex form was cubic on `<v a`×n).
 */
export function voiceName(raw: string): string | undefined {
  let gt = -1;
  for (let at = raw.indexOf("<v"); at >= 0; at = raw.indexOf("<v", at + 2)) {
    if (gt < at) gt = raw.indexOf(">", at + 2);
    if (gt < 0) return undefined;
    // Class names and the name are short: look no further than a bounded window.
    const limit = Math.min(gt, at + 2 + 2 * MAX_VOICE_CHARS);
    let i = at + 2;
    if (raw[i] === ".") while (i < limit && !SPACE.test(raw[i])) i++;
    if (i >= limit || !SPACE.test(raw[i]) || gt > limit) continue;
    const name = raw.slice(i, gt).trim();
    if (name && name.length <= MAX_VOICE_CHARS) return name;
  }
  return undefined;
}

/** "00:00:01.000 --> 00:00:04.000 align:start" → times, or broken when either side is unreadable. */
export function parseTimingLine(line: string): Pick<Cue, "startMs" | "endMs" | "brokenTiming"> {
  const [left, right = ""] = line.split("-->");
  const startMs = parseClock(left);
  const endMs = parseClock(right.trim().split(/\s+/)[0] ?? "");
  if (startMs === undefined || endMs === undefined) return { brokenTiming: true };
  return { startMs, endMs };
}

export function parseVtt(text: string, fileName: string): ParsedDoc {
  checkCueCount(text, "vtt");
  const blocks = text.split(/\n[ \t]*\n/);
  const headerLines: string[] = [];
  let title: string | undefined;
  const cues: Cue[] = [];

  // The header block: "WEBVTT" optionally followed by a title-ish text and "Key: value" lines.
  const header = (blocks.shift() ?? "").split("\n");
  const afterMagic = header[0].replace(/^\s*WEBVTT\s*-?\s*/, "").trim();
  if (afterMagic) headerLines.push(afterMagic);
  headerLines.push(...header.slice(1));

  for (const block of blocks) {
    const lines = block.split("\n").filter((l) => l.trim() !== "");
    if (lines.length === 0) continue;
    const first = lines[0].trim();
    if (/^NOTE(?:\s|$)/.test(first)) {
      const note = [first.slice(4).trim(), ...lines.slice(1)].map((l) => l.trim()).filter(Boolean);
      headerLines.push(...note);
      for (const l of note) title ??= TITLE_NOTE.exec(l)?.[1].trim() || undefined;
      continue;
    }
    if (/^(STYLE|REGION)(?:\s|$)/.test(first)) continue;
    const timingAt = lines.findIndex((l) => l.includes("-->"));
    // Cue ids (numbers, Teams GUIDs like "6d1f…/17-0") precede the timing line and are not text.
    if (timingAt < 0 || timingAt > 1) continue;
    const cue: Cue = { ...parseTimingLine(lines[timingAt]), text: "" };
    const raw = lines.slice(timingAt + 1).join("\n");
    const voice = voiceName(raw);
    if (voice) cue.speaker = voice;
    cue.text = stripCueMarkup(raw);
    if (cues.push(cue) > LIMITS.maxCues) throw tooManyCues("vtt");
  }
  checkTimings(cues, "vtt");
  applySpeakerPrefixes(cues);
  return finalizeDoc({ segments: cuesToSegments(cues), title, headerLines }, { format: "vtt", fileName });
}
