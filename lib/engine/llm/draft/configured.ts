/** Drafts with the model configured in the environment (MODEL_BASE_URL, MODEL_NAME, MODEL_API_KEY). */
import type { Draft, DraftTemplate } from "@/lib/engine/draft-types";
import type { DraftInput } from "@/lib/engine/local/draft";
import { createModel } from "@/lib/engine/llm";
import { llmConfigFromEnv } from "@/lib/engine/llm/config";
import { draftWithLlm } from "./index";

export async function draftWithConfiguredModel(template: DraftTemplate, inputs: DraftInput[], signal?: AbortSignal): Promise<Draft> {
  const config = llmConfigFromEnv();
  return draftWithLlm({ config, model: createModel(config), signal, usage: { calls: 0, promptTokens: 0, completionTokens: 0 } }, template, inputs);
}
