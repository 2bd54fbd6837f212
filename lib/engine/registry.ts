import type { Engine } from "@/lib/engine/types";
import { localEngine } from "@/lib/engine/local";
import { createLlmEngine, createModel, llmConfigFromEnv, resolveLlmConfig, type LlmConfig, type LlmConfigInput } from "@/lib/engine/llm";
import { localQuiz } from "@/lib/engine/local/quiz";
import { llmQuizWith } from "@/lib/engine/llm/quiz";
import type { Quiz, QuizOptions } from "@/lib/engine/quiz-types";
import type { ParsedDoc } from "@/lib/ingest/types";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export type EngineName = "local" | "llm";

/**
 * A workspace's overrides of the env (loaded by lib/db/workspace-settings.ts and passed in, so the
 * engine layer reads no database): its default engine and its own OpenAI-compatible endpoint.
 */
export interface WorkspaceEngineSettings {
  defaultEngine: EngineName | null;
  model: { baseURL: string; modelName: string; apiKey?: string } | null;
}

/**
 * Picks the engine. With no name: the LLM engine when a model is configured (an explicit config,
 * e.g. a workspace's own settings, or MODEL_BASE_URL in the environment), otherwise the offline
 * local engine. Asking for "llm" with no model configured is an error the user can act on.
 */
export function getEngine(name?: EngineName, config?: LlmConfigInput): Engine {
  const wanted: EngineName = name ?? (config || env().MODEL_BASE_URL ? "llm" : "local");
  if (wanted === "local") return localEngine;
  if (config) {
    if (!config.baseURL || !config.modelName) {
      throw new AppError("MODEL_NOT_CONFIGURED", "The model settings are incomplete: both the endpoint URL and the model name are needed.");
    }
    return createLlmEngine(config);
  }
  return createLlmEngine(llmConfigFromEnv());
}

/**
 * Throws the same "not configured" error the engine would, without building one (an action checks
 * before queueing), for the workspace's settings when given.
 */
export function assertEngineConfigured(name: EngineName, ws?: WorkspaceEngineSettings | null): void {
  if (name === "llm") llmConfigFor(ws);
}

/** Whether "llm" can run for this workspace: its own endpoint, or the server's MODEL_BASE_URL. */
export function llmAvailable(ws?: WorkspaceEngineSettings | null): boolean {
  return Boolean(ws?.model || env().MODEL_BASE_URL);
}

/**
 * The model configuration for a workspace: its own endpoint (with the server's tuning: concurrency,
 * timeouts, retries) when it has one, else the env's MODEL_*. Throws MODEL_NOT_CONFIGURED when neither is set.
 */
export function llmConfigFor(ws?: WorkspaceEngineSettings | null, overrides: Partial<LlmConfig> = {}): LlmConfig {
  if (!ws?.model) return llmConfigFromEnv(overrides);
  const e = env();
  return resolveLlmConfig({
    concurrency: e.MODEL_CONCURRENCY,
    timeoutMs: e.MODEL_TIMEOUT_MS,
    maxRetries: e.MODEL_MAX_RETRIES,
    retryBaseDelayMs: e.MODEL_RETRY_BASE_MS,
    retryMaxDelayMs: e.MODEL_RETRY_MAX_MS,
    chunkTokens: e.MODEL_CHUNK_TOKENS,
    ...ws.model,
    ...overrides,
  });
}

/**
 * The one decision of which engine runs for a workspace: the engine asked for, else the workspace's
 * default engine, else llm when a model is configured (the workspace's or the env's), else local.
 */
export function chooseEngine(
  requested: EngineName | undefined,
  ws?: WorkspaceEngineSettings | null,
  overrides: Partial<LlmConfig> = {},
): { name: EngineName; engine: Engine; modelName: string | null } {
  const name: EngineName = requested ?? ws?.defaultEngine ?? (llmAvailable(ws) ? "llm" : "local");
  if (name === "local") return { name, engine: localEngine, modelName: null };
  const config = llmConfigFor(ws, overrides);
  return { name, engine: createLlmEngine(config), modelName: config.modelName };
}

/**
 * A quiz (一键出题) with the chosen engine: the offline builder, or the model (the workspace's or the
 * env's configuration). Both pass every question through the grounding checker before returning it.
 */
export async function quizWithEngine(name: EngineName, doc: ParsedDoc, opts: QuizOptions, config?: LlmConfig): Promise<Quiz> {
  if (name === "local") return localQuiz(doc, opts);
  const c = config ?? llmConfigFromEnv();
  return llmQuizWith({ config: c, model: createModel(c), usage: { calls: 0, promptTokens: 0, completionTokens: 0 } }, doc, opts);
}
