/**
 * The speech-to-text settings, shared by the pipeline and the CLI: the endpoint (URL, key, model,
 * language) comes from the workspace's settings when an admin set one (lib/db/workspace-settings.ts
 * effectiveSpeechConfig), else from SPEECH_* in lib/env.ts; how parts are cut, sent and retried always
 * from lib/env.ts. `prompt` joins the fixed SPEECH_PROMPT with vocabulary the caller passes (the
 * workspace glossary's correct spellings), kept within what endpoints read (Whisper looks at about
 * 224 tokens of a prompt).
 */
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import type { TranscribeOptions } from "@/lib/ingest/speech/transcribe";

const PROMPT_MAX_CHARS = 600;

const HOW = "Set SPEECH_BASE_URL (an OpenAI-compatible …/v1 endpoint: OpenAI, a whisper.cpp server, speaches, vLLM), SPEECH_MODEL and, if it needs one, SPEECH_API_KEY";
const HOW_APP =
  "An admin can set one for this workspace in Settings → General (speech-to-text endpoint), or set SPEECH_BASE_URL (an OpenAI-compatible …/v1 endpoint: OpenAI, a whisper.cpp server, speaches, vLLM), SPEECH_MODEL and, if it needs one, SPEECH_API_KEY where Jiyao runs and restart it";

/** For the app (the recording is kept and waits) or the command line (nothing is kept). */
export function notConfiguredError(where: "app" | "cli" = "app"): AppError {
  return new AppError(
    "SPEECH_NOT_CONFIGURED",
    where === "app"
      ? `This recording is kept and waits for transcription: no speech-to-text endpoint is configured. ${HOW_APP}; then press Retry.`
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

/** The endpoint a transcription talks to: a workspace's own, or SPEECH_* from env. */
export interface SpeechEndpoint {
  baseUrl: string;
  apiKey?: string;
  model: string;
  /** The language hint; SPEECH_LANGUAGE when absent. */
  language?: string;
}

type Extra = { terms?: readonly string[]; onProgress?: TranscribeOptions["onProgress"] };

/** The CLI's options: SPEECH_* from env only (it has no workspace). */
export function speechOptionsFromEnv(extra: Extra & { where?: "app" | "cli" } = {}): TranscribeOptions {
  const e = env();
  if (!e.SPEECH_BASE_URL) throw notConfiguredError(extra.where);
  return speechOptions({ baseUrl: e.SPEECH_BASE_URL, apiKey: e.SPEECH_API_KEY, model: e.SPEECH_MODEL }, extra);
}

export function speechOptions(endpoint: SpeechEndpoint, extra: Extra = {}): TranscribeOptions {
  const e = env();
  return {
    speech: {
      baseUrl: endpoint.baseUrl,
      apiKey: endpoint.apiKey,
      model: endpoint.model,
      responseFormat: e.SPEECH_RESPONSE_FORMAT,
      language: endpoint.language ?? e.SPEECH_LANGUAGE,
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
