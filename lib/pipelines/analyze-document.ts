import "server-only";
import { getArtifact, saveArtifactVersion, minutesFrom, slidesFrom } from "@/lib/db/artifacts";
import { claimAnalyze, finishAnalyze, writeProgress } from "@/lib/db/processing";
import type { Fence } from "@/lib/db/segment-pages";
import { chunkSegments } from "@/lib/chunk";
import { AppError } from "@/lib/errors";
import type { ParsedDoc } from "@/lib/ingest/types";
import { verifyAnalysis } from "@/lib/engine/verify";
import type { EngineName } from "@/lib/engine/registry";
import type { ArtifactKind } from "@/lib/db/types";
import { engineForJob } from "./engine-for-job";
import { loadParsedDoc } from "./load-doc";
import { analyzeLocalIsolated } from "./isolate";
import { templatedMinutes } from "./minutes-template";

/** Progress between parse (50%) and done (100%), written at most every 500 ms, only while this run owns the document. */
function progressWriter(claim: Fence) {
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (now - last < 500 && done < total) return;
    last = now;
    void writeProgress(claim, "analyzing", 50 + Math.floor((45 * done) / Math.max(total, 1))).catch(() => {});
  };
}

async function analyze(workspaceId: string, documentId: string, engineName?: EngineName, claim?: Fence) {
  const job = await engineForJob(engineName, { workspaceId, documentId });
  // The local engine reads segments only: its chunks are loaded without their text (half the memory of a huge document).
  const { doc: loaded, chunks, meetingDate } = await loadParsedDoc(workspaceId, documentId, { chunkText: job.name !== "local" });
  // A document in both languages gets its minutes in the workspace's default language, when it has one.
  const doc = loaded.lang === "mixed" && job.defaultLanguage ? { ...loaded, lang: job.defaultLanguage } : loaded;
  try {
    const opts = { meetingDate, onProgress: claim ? progressWriter(claim) : undefined };
    // Citations are checked before anything is stored: an item that fails is kept but flagged. The local
    // engine runs (and verifies) in a child process with the document's memory and time limits.
    const analysis = job.name === "local" ? await analyzeLocalIsolated(doc, chunks, opts) : verifyAnalysis(await job.engine.analyze(doc, chunks, opts), doc);
    const minutes = await templatedMinutes(workspaceId, documentId, doc, analysis, job);
    return { analysis, minutes, engine: job.name, model: job.modelName };
  } finally {
    await job.saveCalls();
  }
}

/**
 * First analysis after parsing: minutes and slides (version 1) and the to-dos. Guarded at both ends:
 * only a `parsed`/`analyzing` document is claimed (a ready one is left alone), and the results are
 * stored only if this run still owns it when the final transaction takes the row lock. So a job
 * retried after its worker died, or one that ran on past its expiry beside the retry, stores exactly
 * one set: the overtaken run's transaction finds another runId (or `ready`) and writes nothing.
 */
export async function runAnalyze(workspaceId: string, documentId: string): Promise<void> {
  const claim = await claimAnalyze(workspaceId, documentId);
  if (!claim) return;
  const { analysis, minutes, engine, model } = await analyze(claim.workspaceId, documentId, undefined, claim);
  await finishAnalyze(claim, {
    engine,
    model,
    minutes,
    slides: slidesFrom(analysis),
    todos: analysis.todos.map((t) => ({
      text: t.text,
      owner: t.owner,
      due: t.due,
      dueText: t.dueText,
      citations: t.citations,
      verified: t.verified,
      confidence: t.confidence,
    })),
  });
}

/** What a regenerate job asks for (the queue carries it as is). */
export interface RegenerateJob {
  documentId: string;
  workspaceId: string;
  kind: ArtifactKind;
  engine: EngineName;
  userId: string;
  /** Only this chapter of the latest minutes. */
  topicIndex?: number;
}

/** A new version of one artifact with the chosen engine; the document stays readable meanwhile. */
export async function regenerateArtifact(job: RegenerateJob): Promise<void> {
  if (job.topicIndex !== undefined) return regenerateChapter(job, job.topicIndex);
  const { analysis, minutes, engine, model } = await analyze(job.workspaceId, job.documentId, job.engine);
  const content = job.kind === "minutes" ? minutes : slidesFrom(analysis);
  await saveArtifactVersion({ workspaceId: job.workspaceId, documentId: job.documentId, kind: job.kind, engine, model, content, createdById: job.userId });
}

/**
 * One chapter again: the engine analyzes only that chapter's lines and its summary replaces the
 * chapter's in a new minutes version (title, range and the other chapters stay as they were).
 */
async function regenerateChapter(job: RegenerateJob, topicIndex: number): Promise<void> {
  const current = await getArtifact(job.workspaceId, job.documentId, "minutes");
  const topic = current?.content.topics[topicIndex];
  if (!current || !topic) throw new AppError("NOT_FOUND", "That chapter no longer exists in the latest minutes.");
  const { doc, meetingDate } = await loadParsedDoc(job.workspaceId, job.documentId, { chunkText: false });
  // The chapter's lines as a document of their own (indexes from 0, as engines expect), its
  // citations shifted back into the whole document afterwards.
  const offset = topic.segmentStart;
  const lines = doc.segments.filter((s) => s.index >= topic.segmentStart && s.index <= topic.segmentEnd);
  const part: ParsedDoc = { ...doc, segments: lines.map((s) => ({ ...s, index: s.index - offset })) };
  const engineJob = await engineForJob(job.engine, { workspaceId: job.workspaceId, documentId: job.documentId });
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
    await saveArtifactVersion({
      workspaceId: job.workspaceId,
      documentId: job.documentId,
      kind: "minutes",
      engine: engineJob.name,
      model: engineJob.modelName,
      // One chapter changed: the template's sections stay those of the version it came from.
      content: { ...minutesFrom(checked), template: current.content.template },
      createdById: job.userId,
    });
  } finally {
    await engineJob.saveCalls();
  }
}
