/** WebVTT: voice tags, Zoom "Name: text" cues, Teams cue ids, NOTE/STYLE/REGION blocks, cue settings. */
import type { ParsedDoc } from "./types";
import { finalizeDoc } from "./build";
import { applySpeakerPrefixes, checkTimings, cuesToSegments, stripCueMarkup, type Cue } from "./cues";
import { parseClock } from "./timecode";

const VOICE = /<v(?:\.[^\s>]+)?\s+([^>]+)>/;
const TITLE_NOTE = /^(?:title|meeting|topic|subject|会议主题|主题|标题)\s*[:：]\s*(.+)$/i;

/** "00:00:01.000 --> 00:00:04.000 align:start" → times, or broken when either side is unreadable. */
export function parseTimingLine(line: string): Pick<Cue, "startMs" | "endMs" | "brokenTiming"> {
  const [left, right = ""] = line.split("-->");
  const startMs = parseClock(left);
  const endMs = parseClock(right.trim().split(/\s+/)[0] ?? "");
  if (startMs === undefined || endMs === undefined) return { brokenTiming: true };
  return { startMs, endMs };
}

export function parseVtt(text: string, fileName: string): ParsedDoc {
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
      for (const l of note) title ??= TITLE_NOTE.exec(l)?.[1].trim();
      continue;
    }
    if (/^(STYLE|REGION)(?:\s|$)/.test(first)) continue;
    const timingAt = lines.findIndex((l) => l.includes("-->"));
    // Cue ids (numbers, Teams GUIDs like "6d1f…/17-0") precede the timing line and are not text.
    if (timingAt < 0 || timingAt > 1) continue;
    const cue: Cue = { ...parseTimingLine(lines[timingAt]), text: "" };
    const raw = lines.slice(timingAt + 1).join("\n");
    const voice = VOICE.exec(raw);
    if (voice) cue.speaker = voice[1].trim();
    cue.text = stripCueMarkup(raw);
    cues.push(cue);
  }
  checkTimings(cues, "vtt");
  applySpeakerPrefixes(cues);
  return finalizeDoc({ segments: cuesToSegments(cues), title, headerLines }, { format: "vtt", fileName });
}
