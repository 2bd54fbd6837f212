import "server-only";
import { orphanedUploads, resetFailedForRetry } from "@/lib/db/processing";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import type { RegenerateJob } from "@/lib/pipelines/analyze-document";
import { getBoss, QUEUES, wakeLocalWorkers } from "./boss";
import { JOB_HARD_LIMIT_SECONDS } from "./heartbeat";

export const JOB_RETRY_LIMIT = 2;

export interface ProcessJob {
  workspaceId: string;
  documentId: string;
}

export type { RegenerateJob };

const jobOptions = (documentId: string) => ({
  singletonKey: documentId,
  retryLimit: JOB_RETRY_LIMIT,
  retryDelay: env().JOB_RETRY_DELAY_SECONDS,
  retryBackoff: true,
  // Only a backstop: a dead job is found by its lapsed lease (heartbeat.ts), a live one runs on.
  expireInSeconds: JOB_HARD_LIMIT_SECONDS,
});

export async function enqueueProcess(workspaceId: string, documentId: string): Promise<void> {
  await (await getBoss()).send(QUEUES.process, { workspaceId, documentId } satisfies ProcessJob, jobOptions(documentId));
  await wakeLocalWorkers(QUEUES.process);
}

export async function enqueueRegenerate(job: RegenerateJob): Promise<void> {
  const boss = await getBoss();
  const id = await boss.send(QUEUES.regenerate, job, jobOptions(job.documentId));
  if (!id) throw new AppError("CONFLICT", "This document is already being regenerated; wait for it to finish.");
  await wakeLocalWorkers(QUEUES.regenerate);
}

/** A failed document goes back to the start of the pipeline; its original is untouched. */
export async function retryDocument(workspaceId: string, documentId: string): Promise<void> {
  if (!(await resetFailedForRetry(workspaceId, documentId))) throw new AppError("CONFLICT", "Only a document whose processing failed can be retried.");
  await enqueueProcess(workspaceId, documentId);
}

/** Uploads whose job was never sent (the process died between the insert and the send) get one now. */
export async function enqueueOrphans(olderThanSeconds = 60): Promise<number> {
  const orphans = await orphanedUploads(olderThanSeconds);
  for (const o of orphans) await enqueueProcess(o.workspaceId, o.documentId);
  return orphans.length;
}
