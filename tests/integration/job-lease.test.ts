/**
 * The lease check: an active job whose lease lapsed is failed once (pg-boss retries it), one whose
 * lease was renewed is left alone, and a lapsed job on its last attempt is reported as exhausted.
 */
import { afterAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../support/db";

setUpTestDatabase();
process.env.JOB_EXPIRE_SECONDS = "5";

const { resetEnvCache } = await import("@/lib/env");
resetEnvCache();
const { getBoss, stopBoss, QUEUES } = await import("@/lib/jobs/boss");
const { holdLease, sweepLapsedLeases } = await import("@/lib/jobs/heartbeat");
const { db } = await import("@/lib/db/client");

afterAll(() => stopBoss());

const jobRow = async (id: string) =>
  (await db().$queryRawUnsafe<{ state: string; retry_count: number }[]>(`SELECT state::text, retry_count FROM pgboss.job WHERE id = $1::uuid`, id))[0];

/** A job made active as a worker's fetch would, started `agoSeconds` ago. */
async function activeJob(documentId: string, agoSeconds: number, retryCount = 0): Promise<string> {
  const boss = await getBoss();
  const id = (await boss.send(QUEUES.process, { documentId }, { singletonKey: documentId, retryLimit: 2, retryDelay: 0 }))!;
  await db().$executeRawUnsafe(
    `UPDATE pgboss.job SET state = 'active', started_on = now() - make_interval(secs => $2), retry_count = $3 WHERE id = $1::uuid`,
    id,
    agoSeconds,
    retryCount,
  );
  return id;
}

describe("job leases", () => {
  it("fails a lapsed job once, leaves a renewed one alone, and flags a last attempt", async () => {
    const boss = await getBoss();
    const lapsed = await activeJob("doc-lapsed", 60);
    const renewed = await activeJob("doc-renewed", 60);
    const release = holdLease(boss, { id: renewed, name: QUEUES.process });
    const last = await activeJob("doc-last", 60, 2);
    await new Promise((r) => setTimeout(r, 300));
    try {
      const [first, second] = await Promise.all([sweepLapsedLeases(boss, [QUEUES.process]), sweepLapsedLeases(boss, [QUEUES.process])]);
      const swept = [...first, ...second];
      expect(swept.map((j) => j.documentId).sort()).toEqual(["doc-lapsed", "doc-last"]);
      expect(swept.find((j) => j.documentId === "doc-last")?.exhausted).toBe(true);
      expect(swept.find((j) => j.documentId === "doc-lapsed")?.exhausted).toBe(false);
      expect(await jobRow(lapsed)).toMatchObject({ state: "retry", retry_count: 0 });
      expect((await jobRow(last)).state).toBe("failed");
      expect((await jobRow(renewed)).state).toBe("active");
    } finally {
      release();
    }
  });
});

describe("a job held by this process", () => {
  it("is never failed by this process's own sweep, even when its lease looks lapsed (a blocked event loop)", async () => {
    const boss = await getBoss();
    const mine = await activeJob("doc-mine", 60);
    const release = holdLease(boss, { id: mine, name: QUEUES.process });
    try {
      // As if the loop had been blocked past the lease: the renewal had not run.
      await new Promise((r) => setTimeout(r, 300));
      await db().$executeRawUnsafe(`UPDATE pgboss.job SET data = data || jsonb_build_object('leaseAt', now() - interval '1 hour') WHERE id = $1::uuid`, mine);
      expect((await sweepLapsedLeases(boss, [QUEUES.process])).map((j) => j.documentId)).not.toContain("doc-mine");
      expect((await jobRow(mine)).state).toBe("active");
    } finally {
      release();
    }
  });
});
