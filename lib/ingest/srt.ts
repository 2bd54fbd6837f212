/**
 * SubRip. Read line by line rather than by blank-line blocks because real files drop indexes,
 * blank lines or both; a timing line is what starts a cue.
 */
import type { ParsedDoc } from "./types";
import { finalizeDoc } from "./build";
import { applySpeakerPrefixes, checkCueCount, checkTimings, cuesToSegments, stripCueMarkup, tooManyCues, type Cue } from "./cues";
import { LIMITS } from "./limits";
import { parseTimingLine } from "./vtt";

export function parseSrt(text: string, fileName: string): ParsedDoc {
  checkCueCount(text, "srt");
  const lines = text.split("\n");
  const cues: Cue[] = [];
  let current: Cue | undefined;
  let parts: string[] = [];
  const flush = () => {
    if (current) {
      current.text = stripCueMarkup(parts.join("\n"));
      if (cues.push(current) > LIMITS.maxCues) throw tooManyCues("srt");
    }
    parts = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line.includes("-->")) {
      flush();
      current = { ...parseTimingLine(line), text: "" };
      continue;
    }
    if (!line) continue;
    // An index line is one followed by a timing line (possibly after blank lines).
    if (/^\d+$/.test(line)) {
      let j = i + 1;
      while (j < lines.length && !lines[j].trim()) j++;
      if (j < lines.length && lines[j].includes("-->")) continue;
    }
    if (current) parts.push(line);
  }
  flush();
  checkTimings(cues, "srt");
  applySpeakerPrefixes(cues);
  return finalizeDoc({ segments: cuesToSegments(cues), headerLines: [] }, { format: "srt", fileName });
}
