/** Shared pieces of the fault tests: a long transcript, env for the LLM engine, waiting for a document. */
import { resetEnvCache } from "@/lib/env";
import { db } from "@/lib/db/client";
import type { RecordedRequest } from "./fake-openai-server";
import { isExtract, transcriptLines } from "@/tests/support/llm-helpers";

/**
 * An English meeting of `lines` speaker lines: decisions and "I will" to-dos spread through it, so
 * every chunk has something to extract. ~300 lines make four or more chunks of the default budget.
 */
export function longTranscript(lines = 300, tag = "billing"): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const who = ["Alice", "Bob", "Carol", "Dan"][i % 4];
    if (i % 10 === 3) out.push(`${who}: We decided to ship release ${i} of the ${tag} service next week after the review.`);
    else if (i % 10 === 7) out.push(`${who}: I will update the migration guide for module ${i} by Friday and share it with the team.`);
    else out.push(`${who}: Status of workstream ${i}: the dashboard latency went down after the cache change in region ${i % 7}.`);
  }
  return out.join("\n");
}

/** Points the LLM engine at `baseURL` with tiny backoffs; extra vars override (e.g. MODEL_TIMEOUT_MS). */
export function setModelEnv(baseURL: string, extra: Record<string, string> = {}): void {
  Object.assign(process.env, {
    MODEL_BASE_URL: baseURL,
    MODEL_NAME: "fake-model",
    MODEL_MAX_RETRIES: "3",
    MODEL_RETRY_BASE_MS: "5",
    MODEL_RETRY_MAX_MS: "20",
    MODEL_TIMEOUT_MS: "5000",
    MODEL_CONCURRENCY: "4",
    ...extra,
  });
  resetEnvCache();
}

/** The first transcript line index of an extract request: identifies which part of the document it is. */
export function partStart(r: RecordedRequest): number | undefined {
  return isExtract(r) ? transcriptLines(r)[0]?.index : undefined;
}

export async function waitForStatus(documentId: string, statuses: string[], timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const doc = await db().document.findUnique({ where: { id: documentId } });
    if (doc && statuses.includes(doc.status)) return doc;
    if (Date.now() > until) throw new Error(`document ${documentId} still ${doc?.status} (${doc?.step}) after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const settled = (documentId: string, timeoutMs?: number) => waitForStatus(documentId, ["ready", "failed"], timeoutMs);

/** What a finished first analysis left behind, to compare "exactly once". */
export async function stored(documentId: string) {
  const artifacts = await db().artifact.findMany({ where: { documentId }, select: { kind: true, version: true }, orderBy: [{ kind: "asc" }, { version: "asc" }] });
  const todos = await db().todo.findMany({ where: { documentId }, select: { text: true, position: true }, orderBy: { position: "asc" } });
  return { artifacts: artifacts.map((a) => `${a.kind} v${a.version}`), todos };
}
