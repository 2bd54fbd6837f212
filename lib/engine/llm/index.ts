import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModel } from "ai";
import type { Engine } from "@/lib/engine/types";
import type { CallScope } from "@/lib/engine/llm/call";
import { resolveLlmConfig, type LlmConfig, type LlmConfigInput } from "@/lib/engine/llm/config";
import { analyzeWithLlm } from "@/lib/engine/llm/analyze";
import { answerWithLlm } from "@/lib/engine/llm/answer";
import { transformWithLlm } from "@/lib/engine/llm/transform";

export type { LlmConfig, LlmConfigInput, ModelCallRecord } from "@/lib/engine/llm/config";
export { llmConfigFromEnv, resolveLlmConfig } from "@/lib/engine/llm/config";

/** Any OpenAI-compatible chat endpoint (混元, DeepSeek, Qwen, OpenAI, Ollama, vLLM). */
export function createModel(config: LlmConfig): LanguageModel {
  if (config.model) return config.model;
  const provider = createOpenAICompatible({
    name: "jiyao-model",
    // redos-safe: the configured model URL, not user text
    baseURL: config.baseURL.replace(/\/+$/, ""),
    apiKey: config.apiKey || undefined,
    includeUsage: true,
    supportsStructuredOutputs: config.jsonMode === "json_schema",
  });
  return provider.chatModel(config.modelName);
}

/**
 * The LLM engine for one configuration (env defaults, or a workspace's own settings). Each
 * operation gets its own usage totals, so Analysis.usage counts that analysis only.
 */
export function createLlmEngine(input: LlmConfigInput): Engine {
  const config = resolveLlmConfig(input);
  const model = createModel(config);
  const scope = (signal?: AbortSignal): CallScope => ({ config, model, signal, usage: { calls: 0, promptTokens: 0, completionTokens: 0 } });
  return {
    name: "llm",
    analyze: (doc, chunks, opts) => analyzeWithLlm(scope(opts?.signal), doc, chunks, opts),
    answer: (question, doc, chunks, opts) => answerWithLlm(scope(opts?.signal), question, doc, chunks, opts),
    transform: (text, instruction, opts) => transformWithLlm(scope(opts?.signal), text, instruction),
  };
}
