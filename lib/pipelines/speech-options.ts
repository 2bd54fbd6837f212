/**
 * The speech-to-text settings from lib/env.ts, shared by the pipeline and the CLI. `prompt` joins the
 * fixed SPEECH_PROMPT with vocabulary the caller passes (the workspace glossary's correct spellings),
 * kept within what endpoints read (Whisper looks at about 224 tokens of a prompt).
 */
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import type { TranscribeOptions } from "@/lib/ingest/speech/transcribe";

const PROMPT_MAX_CHARS = 600;

export function speechConfigured(): boolean {
  return !!env().SPEECH_BASE_URL;
}

const HOW = "Set SPEECH_BASE_URL (an OpenAI-compatible …/v1 endpoint: OpenAI, a whisper.cpp server, speaches, vLLM), SPEECH_MODEL and, if it needs one, SPEECH_API_KEY";

/** For the app (the recording is kept and waits) or the command line (nothing is kept). */
export function notConfiguredError(where: "app" | "cli" = "app"): AppError {
  return new AppError(
    "SPEECH_NOT_CONFIGURED",
    where === "app"
      ? `This recording is kept and waits for transcription: no speech-to-text endpoint is configured. ${HOW}, restart Jiyao, then press Retry.`
      : `This is a recording: transcribing it needs a speech-to-text endpoint, and none is configured. ${HOW}.`,
  );
}

/** SPEECH_PROMPT, then as many glossary terms as fit in PROMPT_MAX_CHARS (whole terms only). */
export function speechPrompt(terms: readonly string[] = []): string | undefined {
  let out = env().SPEECH_PROMPT?.trim().slice(0, PROMPT_MAX_CHARS) ?? "";
  for (const [i, term] of terms.entries()) {
    const next = out ? `${out}${i === 0 ? ". " : ", "}${term}` : term;
    if (next.length > PROMPT_MAX_CHARS) break;
    out = next;
  }
  return out || undefined;
}

export function speechOptionsFromEnv(extra: { terms?: readonly string[]; onProgress?: TranscribeOptions["onProgress"]; where?: "app" | "cli" } = {}): TranscribeOptions {
  const e = env();
  if (!e.SPEECH_BASE_URL) throw notConfiguredError(extra.where);
  return {
    speech: {
      baseUrl: e.SPEECH_BASE_URL,
      apiKey: e.SPEECH_API_KEY,
      model: e.SPEECH_MODEL,
      responseFormat: e.SPEECH_RESPONSE_FORMAT,
      language: e.SPEECH_LANGUAGE,
      prompt: speechPrompt(extra.terms),
      timeoutMs: e.SPEECH_TIMEOUT_MS,
    },
    concurrency: e.SPEECH_CONCURRENCY,
    maxChunkSeconds: e.SPEECH_CHUNK_SECONDS,
    maxChunkBytes: e.SPEECH_CHUNK_MAX_BYTES,
    overlapMs: e.SPEECH_CHUNK_OVERLAP_MS,
    chunkFormat: e.SPEECH_CHUNK_FORMAT,
    maxRetries: e.SPEECH_MAX_RETRIES,
    retryBaseMs: e.SPEECH_RETRY_BASE_MS,
    ffmpeg: { memoryMb: e.PROCESSING_MEMORY_MB, timeoutSeconds: e.SPEECH_DECODE_TIMEOUT_SECONDS },
    onProgress: extra.onProgress,
  };
}
