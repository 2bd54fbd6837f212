import "server-only";
import { db } from "./client";

export interface ModelCallRow {
  workspaceId: string;
  documentId: string | null;
  task: string;
  model: string;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
  outcome: string;
  error: string | null;
}

/** One insert for all of a job's model calls (not a query per call while the analysis runs). */
export async function saveModelCalls(rows: ModelCallRow[]): Promise<void> {
  if (rows.length) await db().modelCall.createMany({ data: rows });
}
