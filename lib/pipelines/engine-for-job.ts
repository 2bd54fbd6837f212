import "server-only";
import { saveModelCalls } from "@/lib/db/model-calls";
import { workspaceEngineSettings } from "@/lib/db/workspace-settings";
import { chooseEngine, llmConfigFor, type EngineName } from "@/lib/engine/registry";
import type { ModelCallRecord } from "@/lib/engine/llm";
import { modelCallRows } from "./model-call-rows";

/**
 * The engine for one job, chosen by the registry from the workspace's settings (its default engine,
 * its own model endpoint) over the env, with the LLM's per-call records collected and saved as
 * ModelCall rows in one insert at the end (not a query per call while the analysis runs).
 */
export async function engineForJob(name: EngineName | undefined, scope: { workspaceId: string; documentId: string | null }) {
  const calls: ModelCallRecord[] = [];
  const settings = await workspaceEngineSettings(scope.workspaceId);
  const { engine, name: chosen, modelName } = chooseEngine(name, settings, { onCall: (c) => calls.push(c) });
  async function saveCalls() {
    const rows = modelCallRows(scope, calls.splice(0));
    await saveModelCalls(rows);
  }
  // The same model configuration for tasks beside the engine's own (the minutes' template sections).
  const llmConfig = chosen === "llm" ? llmConfigFor(settings, { onCall: (c) => calls.push(c) }) : undefined;
  return { engine, name: chosen, modelName, defaultLanguage: settings.defaultLanguage, saveCalls, llmConfig };
}
