/**
 * One request to an OpenAI-compatible speech-to-text endpoint (`POST {base}/audio/transcriptions`:
 * OpenAI, whisper.cpp's server, faster-whisper/speaches, vLLM, SenseVoice servers). The part is sent
 * as a file-backed Blob, so it is streamed from disk, not held in memory. verbose_json gives
 * segments with start/end seconds; a `speaker` on a segment (diarizing endpoints) is kept.
 */
import { openAsBlob } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { SpeechSegment } from "./stitch";

export interface SpeechConfig {
  baseUrl: string;
  apiKey?: string;
  model: string;
  /** verbose_json (segments with timestamps) or diarized_json (segments with speakers). */
  responseFormat: string;
  language?: string;
  /** Vocabulary hint (the workspace glossary's terms); endpoints take it as the `prompt` field. */
  prompt?: string;
  timeoutMs: number;
}

const Response = z.object({
  text: z.string().optional(),
  segments: z
    .array(
      z.object({
        start: z.coerce.number(),
        end: z.coerce.number(),
        text: z.string(),
        speaker: z.union([z.string(), z.number()]).optional().nullable(),
      }),
    )
    .optional()
    .nullable(),
});

/** A failure worth another try (network, timeout, 408/429/5xx) or one that will not change (other 4xx, a bad body). */
export class SpeechRequestError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "SpeechRequestError";
  }
}

export function transcriptionsUrl(baseUrl: string): string {
  // Trailing slashes trimmed by hand: /\/+$/ backtracks quadratically on a long run of slashes.
  let end = baseUrl.length;
  while (end > 0 && baseUrl[end - 1] === "/") end--;
  return `${baseUrl.slice(0, end)}/audio/transcriptions`;
}

/** The part to send: a Blob (a file-backed one, or a slice of one: read from disk as it is sent) and its file name. */
export interface PartAudio {
  blob: Blob;
  name: string;
}

export async function partFromFile(file: string): Promise<PartAudio> {
  return { blob: await openAsBlob(file), name: path.basename(file) };
}

/** Segments of one part, times in seconds from the part's start. */
export async function transcribePart(part: PartAudio, durationS: number, cfg: SpeechConfig, signal?: AbortSignal): Promise<SpeechSegment[]> {
  const form = new FormData();
  form.append("file", part.blob, part.name);
  form.append("model", cfg.model);
  form.append("response_format", cfg.responseFormat);
  form.append("timestamp_granularities[]", "segment");
  if (cfg.language) form.append("language", cfg.language);
  if (cfg.prompt) form.append("prompt", cfg.prompt);
  const timeout = AbortSignal.timeout(cfg.timeoutMs);
  let res: globalThis.Response;
  try {
    res = await fetch(transcriptionsUrl(cfg.baseUrl), {
      method: "POST",
      body: form,
      headers: cfg.apiKey ? { Authorization: `Bearer ${cfg.apiKey}` } : undefined,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (e) {
    const why = timeout.aborted
      ? `no answer within ${Math.round(cfg.timeoutMs / 1000)} s`
      : e instanceof Error
        ? e.cause instanceof Error
          ? e.cause.message
          : e.message
        : String(e);
    throw new SpeechRequestError(`the speech endpoint could not be reached (${why})`, !signal?.aborted);
  }
  if (!res.ok) {
    const body = (await res.text().catch(() => "")).replace(/\s+/g, " ").slice(0, 200);
    const retryable = res.status === 408 || res.status === 429 || res.status >= 500;
    throw new SpeechRequestError(`the speech endpoint answered ${res.status}${body ? `: ${body}` : ""}`, retryable);
  }
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new SpeechRequestError("the speech endpoint's answer is not JSON (set SPEECH_RESPONSE_FORMAT=verbose_json)", false);
  }
  const parsed = Response.safeParse(json);
  if (!parsed.success) throw new SpeechRequestError("the speech endpoint's answer has no text or segments", false);
  const { segments, text } = parsed.data;
  if (segments?.length)
    return segments.map((s) => ({ start: s.start, end: s.end, text: s.text, ...(s.speaker != null && s.speaker !== "" ? { speaker: String(s.speaker) } : {}) }));
  // An endpoint that ignores verbose_json still gives the part's words; they are placed on the whole part.
  return text?.trim() ? [{ start: 0, end: durationS, text }] : [];
}
