import "server-only";
import { db } from "@/lib/db/client";
import { toAppError } from "@/lib/errors";
import { runAnalyze } from "./analyze-document";
import { runParse } from "./parse-step";

/**
 * upload → parse → chunk → analyze. Each step is guarded by the status the previous one wrote, so a
 * job that runs again (a retry, or after its worker died) continues where the last one stopped and a
 * finished document is left alone.
 */
export async function processDocument(documentId: string): Promise<void> {
  const doc = await db().document.findUnique({ where: { id: documentId }, select: { status: true } });
  if (!doc || doc.status === "ready" || doc.status === "failed") return;
  if (doc.status === "uploaded" || doc.status === "parsing") {
    // "superseded": another run owns the parse now; the analysis claim below finds out whether it finished.
    if ((await runParse(documentId)) === "failed") return;
  }
  await runAnalyze(documentId);
}

/** Out of retries: the document shows the error and a Retry button; the original is kept. */
export async function failProcessing(documentId: string, e: unknown): Promise<void> {
  const err = toAppError(e);
  console.error(`[jobs] document ${documentId} failed:`, e);
  const hasSegments = (await db().segment.count({ where: { documentId } })) > 0;
  // A ready document stays ready: a duplicate run that failed must not hide the run that succeeded.
  await db().document.updateMany({
    where: { id: documentId, status: { not: "ready" } },
    data: {
      status: "failed",
      step: null,
      lockedAt: null,
      errorCode: err.code,
      errorMessage:
        err.code === "INTERNAL"
          ? `Processing did not finish${hasSegments ? " (the transcript was read; the analysis failed)" : ""}. The file is kept; press Retry to try again.`
          : err.message,
    },
  });
}
