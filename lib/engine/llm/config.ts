import type { LanguageModel } from "ai";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** One model call as the app may persist it (ModelCall rows). One record per HTTP attempt. */
export interface ModelCallRecord {
  task: "extract-chunk" | "merge" | "answer" | "transform" | "draft" | "template" | "topic-deck";
  model: string;
  /** 1-based attempt within this call (retries and the JSON re-ask are separate attempts). */
  attempt: number;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
  /** ok · invalid (answered, but not valid for the schema) · timeout · error (HTTP/network). */
  outcome: "ok" | "invalid" | "timeout" | "error";
  error?: string;
  /** Which chunk a map call was for. */
  chunk?: number;
}

/**
 * Everything the LLM engine needs, passed explicitly so a workspace can override the env defaults.
 * `model` replaces the HTTP provider (tests use the AI SDK's mock models).
 */
export interface LlmConfig {
  baseURL: string;
  apiKey?: string;
  modelName: string;
  concurrency: number;
  timeoutMs: number;
  maxRetries: number;
  chunkTokens: number;
  /**
   * How to ask for JSON: "json_object" (response_format json_object: DeepSeek, Qwen, OpenAI,
   * Ollama, vLLM), "json_schema" (strict structured outputs where the server supports it), or
   * "none" for servers that reject response_format — the prompt alone then asks for JSON.
   */
  jsonMode: "json_object" | "json_schema" | "none";
  /** First backoff delay; doubles each retry, with full jitter. Tests set it to a few ms. */
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  /** Token budget of retrieved passages sent with a question. */
  answerContextTokens: number;
  /** Largest set of notes merged in one call; more (very long sources) are merged in groups first. */
  mergeNotesTokens: number;
  onCall?: (call: ModelCallRecord) => void;
  model?: LanguageModel;
}

export const LLM_DEFAULTS = {
  concurrency: 4,
  timeoutMs: 120_000,
  maxRetries: 3,
  chunkTokens: 3000,
  jsonMode: "json_object",
  retryBaseDelayMs: 1000,
  retryMaxDelayMs: 30_000,
  answerContextTokens: 4000,
  mergeNotesTokens: 12_000,
} as const satisfies Partial<LlmConfig>;

export type LlmConfigInput = Pick<LlmConfig, "baseURL" | "modelName"> & Partial<LlmConfig>;

export function resolveLlmConfig(input: LlmConfigInput): LlmConfig {
  return { ...LLM_DEFAULTS, ...input };
}

/** The env defaults (lib/env.ts); throws MODEL_NOT_CONFIGURED when the endpoint or model name is missing. */
export function llmConfigFromEnv(overrides: Partial<LlmConfig> = {}): LlmConfig {
  const e = env();
  if (!e.MODEL_BASE_URL) {
    throw new AppError(
      "MODEL_NOT_CONFIGURED",
      "No language model is configured. Set MODEL_BASE_URL (and MODEL_NAME, MODEL_API_KEY) to an OpenAI-compatible endpoint, or use the built-in local engine.",
    );
  }
  if (!e.MODEL_NAME) {
    throw new AppError("MODEL_NOT_CONFIGURED", `MODEL_BASE_URL is set (${e.MODEL_BASE_URL}) but MODEL_NAME is not: set it to the model to use, e.g. deepseek-chat or qwen-plus.`);
  }
  return resolveLlmConfig({
    baseURL: e.MODEL_BASE_URL,
    apiKey: e.MODEL_API_KEY,
    modelName: e.MODEL_NAME,
    concurrency: e.MODEL_CONCURRENCY,
    timeoutMs: e.MODEL_TIMEOUT_MS,
    maxRetries: e.MODEL_MAX_RETRIES,
    retryBaseDelayMs: e.MODEL_RETRY_BASE_MS,
    retryMaxDelayMs: e.MODEL_RETRY_MAX_MS,
    chunkTokens: e.MODEL_CHUNK_TOKENS,
    ...overrides,
  });
}
