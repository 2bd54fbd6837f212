import "server-only";
import { db } from "@/lib/db/client";
import { addArtifactVersion, getArtifact, minutesFrom, slidesFrom } from "@/lib/db/artifacts";
import { chunkSegments } from "@/lib/chunk";
import { AppError } from "@/lib/errors";
import type { ParsedDoc } from "@/lib/ingest/types";
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
    // Only while analyzing: a write landing after the final commit must not pull a ready document back below 100%.
    void db().document.updateMany({ where: { id: documentId, status: "analyzing" }, data: { progress } }).catch(() => {});
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
 * First analysis after parsing: minutes and slides (version 1) and the to-dos. Guarded by status at
 * both ends: only a `parsed`/`analyzing` document is claimed (a ready one is left alone), and the
 * results are stored only if the document is still `analyzing` when the transaction takes its row
 * lock. So a job retried after its worker died, or one that ran on past its expiry beside the retry,
 * stores exactly one set: the loser's transaction sees `ready` and writes nothing.
 */
export async function runAnalyze(documentId: string): Promise<void> {
  const claimed = await db().document.updateMany({
    where: { id: documentId, status: { in: ["parsed", "analyzing"] } },
    data: { status: "analyzing", step: "analyze", progress: 55, lockedAt: new Date() },
  });
  if (claimed.count === 0) return;
  const d = await db().document.findUniqueOrThrow({ where: { id: documentId }, select: { workspaceId: true, uploadedById: true } });
  const { analysis, engine, model } = await analyze(d.workspaceId, documentId);
  await db().$transaction(async (tx) => {
    const finished = await tx.document.updateMany({
      where: { id: documentId, status: "analyzing" },
      data: { status: "ready", step: null, progress: 100, lockedAt: null, errorCode: null, errorMessage: null },
    });
    if (finished.count === 0) return;
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
  });
}

/** A new version of one artifact with the chosen engine; the document stays readable meanwhile. */
export async function regenerateArtifact(job: RegenerateJob): Promise<void> {
  if (job.topicIndex !== undefined) return regenerateChapter(job, job.topicIndex);
  const { analysis, engine, model } = await analyze(job.workspaceId, job.documentId, job.engine);
  await db().$transaction(async (tx) => {
    const content = job.kind === "minutes" ? minutesFrom(analysis) : slidesFrom(analysis);
    await addArtifactVersion(tx, { workspaceId: job.workspaceId, documentId: job.documentId, kind: job.kind, engine, model, content, createdById: job.userId });
  });
}

/**
 * One chapter again: the engine analyzes only that chapter's lines and its summary replaces the
 * chapter's in a new minutes version (title, range and the other chapters stay as they were).
 */
async function regenerateChapter(job: RegenerateJob, topicIndex: number): Promise<void> {
  const current = await getArtifact(job.workspaceId, job.documentId, "minutes");
  const topic = current?.content.topics[topicIndex];
  if (!current || !topic) throw new AppError("NOT_FOUND", "That chapter no longer exists in the latest minutes.");
  const { doc, meetingDate } = await loadParsedDoc(job.workspaceId, job.documentId);
  // The chapter's lines as a document of their own (indexes from 0, as engines expect), its
  // citations shifted back into the whole document afterwards.
  const offset = topic.segmentStart;
  const lines = doc.segments.filter((s) => s.index >= topic.segmentStart && s.index <= topic.segmentEnd);
  const part: ParsedDoc = { ...doc, segments: lines.map((s) => ({ ...s, index: s.index - offset })) };
  const engineJob = engineForJob(job.engine, { workspaceId: job.workspaceId, documentId: job.documentId });
  try {
    const a = await engineJob.engine.analyze(part, chunkSegments(part.segments), { meetingDate });
    const rewritten = {
      ...topic,
      summary: a.summary.map((p) => p.text).join(" ") || topic.summary,
      citations: [...new Set(a.summary.flatMap((p) => p.citations.map((c) => c + offset)))].sort((x, y) => x - y),
      evidence: a.summary.flatMap((p) => p.evidence ?? []),
    };
    const topics = current.content.topics.map((t, i) => (i === topicIndex ? rewritten : t));
    const checked = verifyAnalysis({ ...current.content, topics, engine: engineJob.name, model: engineJob.modelName, todos: [], outline: { title: "", slides: [] } }, doc);
    await db().$transaction((tx) =>
      addArtifactVersion(tx, {
        workspaceId: job.workspaceId,
        documentId: job.documentId,
        kind: "minutes",
        engine: engineJob.name,
        model: engineJob.modelName,
        content: minutesFrom(checked),
        createdById: job.userId,
      }),
    );
  } finally {
    await engineJob.saveCalls();
  }
}
