import "server-only";
import { db } from "@/lib/db/client";
import { addArtifactVersion, minutesFrom, slidesFrom } from "@/lib/db/artifacts";
import { verifyAnalysis } from "@/lib/engine/verify";
import type { EngineName } from "@/lib/engine/registry";
import type { RegenerateJob } from "@/lib/jobs/queue";
import { engineForJob } from "./engine-for-job";
import { loadParsedDoc } from "./load-doc";

/** Progress between parse (50%) and done (100%), written at most every 500 ms. */
function progressWriter(documentId: string) {
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (now - last < 500 && done < total) return;
    last = now;
    const progress = 50 + Math.floor((45 * done) / Math.max(total, 1));
    void db().document.update({ where: { id: documentId }, data: { progress } }).catch(() => {});
  };
}

async function analyze(workspaceId: string, documentId: string, engineName?: EngineName) {
  const { doc, chunks, meetingDate } = await loadParsedDoc(workspaceId, documentId);
  const job = engineForJob(engineName, { workspaceId, documentId });
  try {
    const raw = await job.engine.analyze(doc, chunks, { meetingDate, onProgress: progressWriter(documentId) });
    // Citations are checked before anything is stored: an item that fails is kept but flagged.
    return { analysis: verifyAnalysis(raw, doc), engine: job.name, model: job.modelName };
  } finally {
    await job.saveCalls();
  }
}

/**
 * First analysis after parsing: minutes and slides (version 1 or next) and the to-dos. Guarded by
 * status: only a `parsed`/`analyzing` document is analyzed, and to-dos are created only once, so a
 * retried job never duplicates them.
 */
export async function runAnalyze(documentId: string): Promise<void> {
  const d = await db().document.update({
    where: { id: documentId },
    data: { status: "analyzing", step: "analyze", progress: 55, lockedAt: new Date() },
    select: { workspaceId: true, uploadedById: true },
  });
  const { analysis, engine, model } = await analyze(d.workspaceId, documentId);
  await db().$transaction(async (tx) => {
    const scope = { workspaceId: d.workspaceId, documentId, engine, model, createdById: d.uploadedById };
    await addArtifactVersion(tx, { ...scope, kind: "minutes", content: minutesFrom(analysis) });
    await addArtifactVersion(tx, { ...scope, kind: "slides", content: slidesFrom(analysis) });
    if ((await tx.todo.count({ where: { workspaceId: d.workspaceId, documentId } })) === 0) {
      await tx.todo.createMany({
        data: analysis.todos.map((t, i) => ({
          workspaceId: d.workspaceId,
          documentId,
          text: t.text,
          owner: t.owner,
          due: t.due,
          dueText: t.dueText,
          citations: t.citations,
          verified: t.verified,
          confidence: t.confidence,
          position: i,
        })),
      });
    }
    await tx.document.update({
      where: { id: documentId },
      data: { status: "ready", step: null, progress: 100, lockedAt: null, errorCode: null, errorMessage: null },
    });
  });
}

/** A new version of one artifact with the chosen engine; the document stays readable meanwhile. */
export async function regenerateArtifact(job: RegenerateJob): Promise<void> {
  const { analysis, engine, model } = await analyze(job.workspaceId, job.documentId, job.engine);
  await db().$transaction(async (tx) => {
    const content = job.kind === "minutes" ? minutesFrom(analysis) : slidesFrom(analysis);
    await addArtifactVersion(tx, { workspaceId: job.workspaceId, documentId: job.documentId, kind: job.kind, engine, model, content, createdById: job.userId });
  });
}
