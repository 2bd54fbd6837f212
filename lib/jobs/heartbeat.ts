import "server-only";
import type PgBoss from "pg-boss";
import { env } from "@/lib/env";

/**
 * Job leases. pg-boss alone cannot tell a long job from a dead one: its expiry is one fixed
 * duration from the start, and its worker abandons a handler that runs past it (while the handler
 * goes on) — too short for a big document's analysis, and as long as the longest analysis before a
 * crashed job is noticed. So jobs are sent with a long hard limit (JOB_HARD_LIMIT_SECONDS), and a
 * running handler renews a lease in its job row (`data.leaseAt`) every third of JOB_EXPIRE_SECONDS.
 * Every worker sweeps every JOB_MAINTENANCE_SECONDS for active jobs whose lease lapsed — their
 * process died (kill -9, OOM, a lost machine) — and fails them, so pg-boss retries them at once.
 * Recovery after a crash therefore takes at most one lease + one sweep + the retry delay, however
 * long a live analysis runs; the status/runId guards in lib/db/processing keep results exactly once.
 */

/** pg-boss's own expiry, only a backstop now: no single run of one document may take longer. */
export const JOB_HARD_LIMIT_SECONDS = 6 * 3600;

/**
 * Jobs this process is running. Its own sweep never fails them: if their lease looks lapsed, this
 * process's event loop was blocked (a long synchronous step of the local engine), not dead, and the
 * renewal that follows the block puts it right.
 */
const held = new Set<string>();

export function holdLease(boss: PgBoss, job: { id: string; name: string }): () => void {
  held.add(job.id);
  const renew = () =>
    boss
      .getDb()
      .executeSql(`UPDATE pgboss.job SET data = data || jsonb_build_object('leaseAt', now()) WHERE name = $1 AND id = $2 AND state = 'active'`, [job.name, job.id])
      .catch((e: unknown) => console.error(`[jobs] lease renewal for ${job.name} ${job.id}: ${e instanceof Error ? e.message : e}`));
  void renew();
  const timer = setInterval(renew, Math.max(1000, (env().JOB_EXPIRE_SECONDS * 1000) / 3));
  timer.unref();
  return () => {
    held.delete(job.id);
    clearInterval(timer);
  };
}

/**
 * Fails the active jobs of `queues` whose lease lapsed. The UPDATE takes each one (it bumps the
 * lease) so two workers sweeping at once fail it once; a just-started retry is never taken because
 * its `started_on` is fresh.
 */
export interface LapsedJob {
  id: string;
  name: string;
  documentId: string | null;
  /** Null for a job queued before jobs carried their workspace id. */
  workspaceId: string | null;
  /** That was its last attempt: pg-boss will not retry it, so no handler will record the failure. */
  exhausted: boolean;
}

export async function sweepLapsedLeases(boss: PgBoss, queues: string[]): Promise<LapsedJob[]> {
  const lease = env().JOB_EXPIRE_SECONDS;
  const { rows } = (await boss.getDb().executeSql(
    `UPDATE pgboss.job SET data = data || jsonb_build_object('leaseAt', now())
     WHERE name = ANY($1::text[]) AND state = 'active' AND NOT (id = ANY($3::uuid[]))
       AND started_on < now() - make_interval(secs => $2)
       AND COALESCE((data->>'leaseAt')::timestamptz, started_on) < now() - make_interval(secs => $2)
     RETURNING id, name, data->>'documentId' AS "documentId", data->>'workspaceId' AS "workspaceId", retry_count >= retry_limit AS exhausted`,
    [queues, lease, [...held]],
  )) as { rows: LapsedJob[] };
  for (const j of rows) {
    console.error(`[jobs] ${j.name} ${j.id}: no lease renewal for ${lease} s (its worker died); retrying`);
    await boss.fail(j.name, j.id, { message: `the worker stopped renewing its lease for ${lease} s` });
  }
  return rows;
}
