import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";

/**
 * pg-boss on the app's own Postgres (schema `pgboss`, created and migrated by pg-boss itself), one
 * instance per process. Jobs survive restarts; a job whose worker died is retried after it expires.
 */
export const QUEUES = {
  /** Parse (if not yet) and analyze one uploaded document. */
  process: "process-document",
  /** Regenerate one artifact of a document with a chosen engine. */
  regenerate: "regenerate-artifact",
  /** One webhook delivery (lib/jobs/webhooks.ts), retried with backoff. */
  webhook: "deliver-webhook",
} as const;

// On globalThis: Next bundles instrumentation (which starts the worker) and server actions (which
// send jobs) separately, and both must see the same instance and the same local worker ids.
const globalForBoss = globalThis as unknown as { jiyaoBoss?: Promise<PgBoss>; jiyaoLocalWorkers?: Map<string, string[]> };

async function start(): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const boss = new PgBoss({
    connectionString,
    schema: "pgboss",
    max: 4,
    application_name: "jiyao-jobs",
    // Expired jobs (their worker died) are only noticed by maintenance; its interval bounds recovery time.
    maintenanceIntervalSeconds: env().JOB_MAINTENANCE_SECONDS,
  });
  boss.on("error", (e) => console.error(`[jobs] ${e.message}`));
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    // "stately": at most one queued and one running job per singleton key (the document id).
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: "stately" });
  }
  return boss;
}

export function getBoss(): Promise<PgBoss> {
  globalForBoss.jiyaoBoss ??= start().catch((e) => {
    globalForBoss.jiyaoBoss = undefined;
    throw e;
  });
  return globalForBoss.jiyaoBoss;
}

export async function stopBoss(): Promise<void> {
  const pending = globalForBoss.jiyaoBoss;
  globalForBoss.jiyaoBoss = undefined;
  if (pending) await (await pending).stop({ graceful: true, wait: true, timeout: 15_000 });
}

/** Workers of this process, so a job sent here wakes them at once instead of at their next poll. */
export function registerLocalWorkers(queue: string, ids: string[]): void {
  globalForBoss.jiyaoLocalWorkers ??= new Map();
  globalForBoss.jiyaoLocalWorkers.set(queue, ids);
}

export async function wakeLocalWorkers(queue: string): Promise<void> {
  const ids = globalForBoss.jiyaoLocalWorkers?.get(queue);
  if (!ids?.length) return;
  const boss = await getBoss();
  for (const id of ids) boss.notifyWorker(id);
}
