import type { ModelCallRow } from "@/lib/db/model-calls";
import type { ModelCallRecord } from "@/lib/engine/llm";

/** The engine's call records as ModelCall rows of one workspace (and document, for a job's calls). */
export function modelCallRows(scope: { workspaceId: string; documentId: string | null }, calls: ModelCallRecord[]): ModelCallRow[] {
  return calls.map((c) => ({
    ...scope,
    task: c.task,
    model: c.model,
    promptTokens: c.promptTokens,
    completionTokens: c.completionTokens,
    latencyMs: Math.round(c.latencyMs),
    outcome: c.outcome,
    error: c.error ?? null,
  }));
}
