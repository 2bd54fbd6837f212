import "server-only";
import { failDocument, processingStatus } from "@/lib/db/processing";
import { toAppError } from "@/lib/errors";
import { runAnalyze } from "./analyze-document";
import { runParse } from "./parse-step";

/**
 * upload → parse → chunk → analyze. Each step is guarded by the status the previous one wrote, so a
 * job that runs again (a retry, or after its worker died) continues where the last one stopped and a
 * finished document is left alone.
 */
export async function processDocument(workspaceId: string, documentId: string): Promise<void> {
  const status = await processingStatus(workspaceId, documentId);
  if (!status || status === "ready" || status === "failed") return;
  if (status === "uploaded" || status === "parsing") {
    // "superseded": another run owns the parse now; the analysis claim below finds out whether it finished.
    if ((await runParse(workspaceId, documentId)) === "failed") return;
  }
  await runAnalyze(workspaceId, documentId);
}

/** Out of retries: the document shows the error and a Retry button; the original is kept. */
export async function failProcessing(workspaceId: string, documentId: string, e: unknown): Promise<void> {
  const err = toAppError(e);
  console.error(`[jobs] document ${documentId} failed:`, e);
  await failDocument(workspaceId, documentId, err.code, (transcriptRead) =>
    err.code === "INTERNAL"
      ? `Processing did not finish${transcriptRead ? " (the transcript was read; the analysis failed)" : ""}. The file is kept; press Retry to try again.`
      : err.message,
  );
}
