import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { getEngine, type EngineName } from "@/lib/engine/registry";
import { llmConfigFromEnv, type ModelCallRecord } from "@/lib/engine/llm";
import type { Engine } from "@/lib/engine/types";

/**
 * The engine for one job, with the LLM's per-call records collected and saved as ModelCall rows in
 * one insert at the end (not a query per call while the analysis runs).
 */
export function engineForJob(name: EngineName | undefined, scope: { workspaceId: string; documentId: string | null }) {
  const calls: ModelCallRecord[] = [];
  const wanted: EngineName = name ?? (env().MODEL_BASE_URL ? "llm" : "local");
  const engine: Engine = wanted === "llm" ? getEngine("llm", { ...llmConfigFromEnv(), onCall: (c) => calls.push(c) }) : getEngine("local");
  const modelName = wanted === "llm" ? (env().MODEL_NAME ?? null) : null;
  async function saveCalls() {
    if (!calls.length) return;
    await db().modelCall.createMany({
      data: calls.map((c) => ({
        ...scope,
        task: c.task,
        model: c.model,
        promptTokens: c.promptTokens,
        completionTokens: c.completionTokens,
        latencyMs: Math.round(c.latencyMs),
        outcome: c.outcome,
        error: c.error ?? null,
      })),
    });
    calls.length = 0;
  }
  return { engine, name: wanted, modelName, saveCalls };
}
