/**
 * JSON transcripts: Whisper/WhisperX `{ segments: [{ start, end, text, speaker? }] }` (seconds),
 * a bare array `[{ speaker, text, start, end }]` (seconds), AssemblyAI `{ utterances: [...] }`
 * (milliseconds), and `{ text }` without timings. Anything else is not a transcript we know.
 */
import { AppError } from "@/lib/errors";
import type { ParsedDoc } from "./types";
import { finalizeDoc } from "./build";
import { cuesToSegments, tooManyCues, type Cue } from "./cues";
import { LIMITS } from "./limits";
import { findDate } from "./meeting-date";
import { secondsToMs } from "./timecode";

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function notTranscript(): AppError {
  return new AppError(
    "UNSUPPORTED_TYPE",
    'This JSON file is not a transcript we recognise. Expected Whisper-style {"segments": [{"start", "end", "text"}]} or [{"speaker", "text", "start", "end"}].',
  );
}

function pickItems(data: unknown): { items: unknown[]; unitMs: boolean } | undefined {
  if (Array.isArray(data)) return { items: data, unitMs: false };
  if (!isObj(data)) return undefined;
  if (Array.isArray(data.segments)) return { items: data.segments, unitMs: false };
  if (Array.isArray(data.utterances)) return { items: data.utterances, unitMs: true };
  if (isObj(data.transcript) && Array.isArray(data.transcript.segments)) return { items: data.transcript.segments, unitMs: false };
  // A case file with a turn list under "transcript": [{ speaker, text }] (the eval corpus format).
  if (Array.isArray(data.transcript)) return { items: data.transcript, unitMs: false };
  return undefined;
}

function time(item: Obj, keys: string[], unitMs: boolean): number | undefined {
  for (const k of keys) {
    if (item[k] === undefined) continue;
    // secondsToMs multiplies by 1000; values already in milliseconds are scaled back.
    const scaled = secondsToMs(item[k]);
    if (scaled === undefined) return undefined;
    return unitMs || /(?:Ms|_ms)$/.test(k) ? Math.round(scaled / 1000) : scaled;
  }
  return undefined;
}

function speakerOf(item: Obj): string | undefined {
  const s = item.speaker ?? item.speaker_label ?? item.speakerName ?? item.name;
  if (typeof s === "string" && s.trim()) return s.trim().slice(0, 64);
  if (typeof s === "number" && Number.isFinite(s)) return `Speaker ${s}`;
  return undefined;
}

export function parseJson(text: string, fileName: string): ParsedDoc {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("CORRUPT_FILE", "This JSON file is malformed and cannot be read.");
  }
  const meta = isObj(data) ? data : {};
  const title = typeof meta.title === "string" ? meta.title : undefined;
  const dateField = meta.date ?? meta.meetingDate ?? meta.created_at ?? meta.createdAt;
  const meetingDate = typeof dateField === "string" ? findDate(dateField) : undefined;

  const picked = pickItems(data);
  if (!picked) {
    if (typeof meta.text === "string" && meta.text.trim()) {
      return finalizeDoc({ segments: [{ text: meta.text }], title, headerLines: [] }, { format: "json", fileName, meetingDate });
    }
    throw notTranscript();
  }
  const cues: Cue[] = [];
  let valid = 0;
  for (const item of picked.items) {
    if (!isObj(item) || typeof item.text !== "string") continue;
    if (++valid > LIMITS.maxCues) throw tooManyCues("json");
    cues.push({
      text: item.text,
      speaker: speakerOf(item),
      startMs: time(item, ["start", "start_time", "startTime", "startMs", "start_ms"], picked.unitMs),
      endMs: time(item, ["end", "end_time", "endTime", "endMs", "end_ms"], picked.unitMs),
    });
  }
  if (valid === 0 || valid < picked.items.length / 2) throw notTranscript();
  return finalizeDoc({ segments: cuesToSegments(cues), title, headerLines: [] }, { format: "json", fileName, meetingDate });
}
