/** Proofreading with the model configured in the environment (MODEL_BASE_URL, MODEL_NAME, MODEL_API_KEY). */
import type { Suggestion } from "@/lib/engine/suggestions";
import { createModel } from "@/lib/engine/llm";
import { llmConfigFromEnv, resolveLlmConfig, type LlmConfigInput } from "@/lib/engine/llm/config";
import { proofreadWithLlm } from "./index";

export async function proofreadWithConfiguredModel(text: string, input?: LlmConfigInput, signal?: AbortSignal): Promise<Suggestion[]> {
  const config = input ? resolveLlmConfig(input) : llmConfigFromEnv();
  return proofreadWithLlm({ config, model: createModel(config), signal, usage: { calls: 0, promptTokens: 0, completionTokens: 0 } }, text);
}
