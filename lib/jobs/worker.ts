import "server-only";
import type PgBoss from "pg-boss";
import { getBoss, QUEUES, registerLocalWorkers } from "./boss";
import { holdLease, sweepLapsedLeases } from "./heartbeat";
import { env } from "@/lib/env";
import { enqueueOrphans, type ProcessJob, type RegenerateJob } from "./queue";
import { failProcessing, processDocument } from "@/lib/pipelines/process-document";
import { regenerateArtifact } from "@/lib/pipelines/analyze-document";
import { purgeExpiredDocuments } from "@/lib/db/retention";
import { workspaceOfQueuedDocument } from "@/lib/db/processing";
import { dispatchSoon, startWebhookWorkers } from "./webhooks";

export interface WorkerHandle {
  stop(): Promise<void>;
}

/**
 * Handles a job; on the last failed attempt the document gets a stored error instead of silently
 * staying "processing". Errors the user caused (bad file) never throw here: they are stored by the pipeline.
 */
function handler<T extends { documentId: string }>(boss: PgBoss, run: (data: T) => Promise<void>, onLastFailure: (data: T, e: unknown) => Promise<void>) {
  return async ([job]: PgBoss.JobWithMetadata<T>[]) => {
    const release = holdLease(boss, job);
    try {
      await run(job.data);
    } catch (e) {
      if (job.retryCount >= job.retryLimit) {
        await onLastFailure(job.data, e);
        return;
      }
      throw e;
    } finally {
      release();
    }
  };
}

/** The job's workspace; looked up only for a job queued before jobs carried it (a deleted document has none). */
async function jobWorkspace(d: { workspaceId?: string; documentId: string }): Promise<string | null> {
  return d.workspaceId ?? workspaceOfQueuedDocument(d.documentId);
}

/** Workers for both queues with `concurrency` slots each; in the web process (dev) or `npm run worker`. */
export async function startWorker(opts: { concurrency?: number; pollSeconds?: number } = {}): Promise<WorkerHandle> {
  const boss = await getBoss();
  const options = { batchSize: 1, includeMetadata: true as const, pollingIntervalSeconds: opts.pollSeconds ?? 1 };
  const ids: Record<string, string[]> = { [QUEUES.process]: [], [QUEUES.regenerate]: [] };
  for (let i = 0; i < (opts.concurrency ?? 2); i++) {
    // A document that became ready or failed has its webhook events waiting: send them now.
    const process = async (d: ProcessJob) => {
      const workspaceId = await jobWorkspace(d);
      if (workspaceId) await processDocument(workspaceId, d.documentId);
      dispatchSoon();
    };
    const fail = async (d: ProcessJob, e: unknown) => {
      const workspaceId = await jobWorkspace(d);
      if (workspaceId) await failProcessing(workspaceId, d.documentId, e);
      dispatchSoon();
    };
    ids[QUEUES.process].push(await boss.work<ProcessJob>(QUEUES.process, options, handler(boss, process, fail)));
    // A failed regeneration leaves the document and its current versions as they were.
    ids[QUEUES.regenerate].push(
      await boss.work<RegenerateJob>(
        QUEUES.regenerate,
        options,
        handler(boss, regenerateArtifact, async (d, e) => console.error(`[jobs] regenerate ${d.kind} of ${d.documentId}:`, e)),
      ),
    );
  }
  const webhooks = await startWebhookWorkers(opts.concurrency ?? 2, options.pollingIntervalSeconds);
  ids[QUEUES.webhook] = webhooks.ids;
  for (const [queue, workerIds] of Object.entries(ids)) registerLocalWorkers(queue, workerIds);
  const sweep = () => enqueueOrphans().catch((e) => console.error(`[worker] orphan sweep: ${e instanceof Error ? e.message : e}`));
  void sweep();
  const timer = setInterval(sweep, 60_000);
  timer.unref();
  // A crashed job is retried by pg-boss; one that crashed on its last attempt gets its document's error here.
  const sweepLeases = async () => {
    for (const j of await sweepLapsedLeases(boss, Object.values(QUEUES))) {
      if (!(j.exhausted && j.name === QUEUES.process && j.documentId)) continue;
      const workspaceId = await jobWorkspace({ workspaceId: j.workspaceId ?? undefined, documentId: j.documentId });
      if (workspaceId) await failProcessing(workspaceId, j.documentId, new Error(`job ${j.id}: its worker died on the last attempt`));
    }
  };
  const leaseSweep = setInterval(
    () => void sweepLeases().catch((e) => console.error(`[worker] lease sweep: ${e instanceof Error ? e.message : e}`)),
    env().JOB_MAINTENANCE_SECONDS * 1000,
  );
  leaseSweep.unref();
  // Retention (workspace settings): documents past their workspace's period are deleted.
  const purge = () =>
    purgeExpiredDocuments()
      .then((r) => {
        for (const x of r) console.log(`[retention] workspace ${x.workspaceId}: ${x.deleted} expired document(s) deleted`);
      })
      .catch((e) => console.error(`[worker] retention sweep: ${e instanceof Error ? e.message : e}`));
  void purge();
  const retention = setInterval(purge, env().RETENTION_SWEEP_MINUTES * 60_000);
  retention.unref();
  return {
    async stop() {
      clearInterval(timer);
      clearInterval(leaseSweep);
      clearInterval(retention);
      for (const queue of Object.keys(ids)) registerLocalWorkers(queue, []);
      await boss.offWork(QUEUES.process);
      await boss.offWork(QUEUES.regenerate);
      await webhooks.stop();
    },
  };
}
