import type { Engine } from "@/lib/engine/types";
import { localEngine } from "@/lib/engine/local";
import { createLlmEngine, llmConfigFromEnv, type LlmConfigInput } from "@/lib/engine/llm";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export type EngineName = "local" | "llm";

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

/** Throws the same "not configured" error getEngine would, without building an engine (an action checks before queueing). */
export function assertEngineConfigured(name: EngineName): void {
  if (name === "llm") llmConfigFromEnv();
}
