/**
 * The speech-to-text settings from lib/env.ts, shared by the pipeline and the CLI. `prompt` joins the
 * fixed SPEECH_PROMPT with vocabulary the caller passes (a workspace glossary's terms), trimmed to
 * what endpoints read: Whisper looks at the last 224 tokens of a prompt, so long lists are cut from the front.
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

export function speechPrompt(terms: readonly string[] = []): string | undefined {
  const parts = [env().SPEECH_PROMPT?.trim(), terms.length ? terms.join(", ") : undefined].filter(Boolean) as string[];
  const joined = parts.join(". ");
  return joined ? joined.slice(-PROMPT_MAX_CHARS) : undefined;
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
