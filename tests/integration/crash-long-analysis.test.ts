/**
 * A big document whose analysis takes longer than the job lease: the live job is never expired
 * (its lease is renewed), and after a SIGKILL mid-analysis a new worker finishes it within one lease
 * + one maintenance pass + the re-run, exactly once. Real `npm run worker` processes and a slow fake
 * model; 6,000 transcript lines (~40 model parts).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, signInAs, setUpTestDatabase } from "../support/db";
import { startFakeOpenAI, type FakeOpenAI } from "../support/fake-openai-server";
import { longTranscript, settled, stored, setModelEnv, waitForStatus } from "../support/fault-model";
import { spawnWorker, type WorkerProcess } from "../support/fault-worker";
import { goodModel, isExtract } from "@/tests/support/llm-helpers";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
const LEASE_S = 5;
const JOB = { JOB_EXPIRE_SECONDS: String(LEASE_S), JOB_MAINTENANCE_SECONDS: "1", JOB_RETRY_DELAY_SECONDS: "0" };
Object.assign(process.env, JOB);

const { uploadDocument } = await import("@/lib/actions/documents");
const { stopBoss } = await import("@/lib/jobs/boss");
const { db } = await import("@/lib/db/client");

const CALL_MS = 600;
let user: Awaited<ReturnType<typeof makeUser>>;
let server: FakeOpenAI;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  user = await makeUser("long-crash");
  await signInAs(user);
  server = await startFakeOpenAI((r) => ({ ...(goodModel(r) as { content: string }), latencyMs: CALL_MS }));
  setModelEnv(server.url, { MODEL_CONCURRENCY: "2" });
});
afterAll(async () => {
  for (const w of workers) w.kill("SIGKILL");
  await server.close();
  await stopBoss();
});

function worker(): WorkerProcess {
  const w = spawnWorker({
    DATABASE_URL: process.env.DATABASE_URL!,
    MODEL_BASE_URL: server.url,
    MODEL_NAME: "fake-model",
    MODEL_RETRY_BASE_MS: "5",
    MODEL_CONCURRENCY: "2",
    WORKER_CONCURRENCY: "1",
    ...JOB,
  });
  workers.push(w);
  return w;
}

const job = async (id: string) =>
  (
    await db().$queryRawUnsafe<{ state: string; retry_count: number }[]>(
      `SELECT state::text, retry_count FROM pgboss.job WHERE singleton_key = $1 AND name = 'process-document'`,
      id,
    )
  )[0];

describe("a long analysis and a crash", () => {
  it("is never expired while alive, and after SIGKILL is finished within a lease and a re-run", async () => {
    const res = await uploadDocument(fileForm(user.personalWorkspaceId, "six-thousand.txt", longTranscript(6000, "six")));
    if (!res.ok) throw new Error(res.error.message);
    const id = res.data.id;
    const first = worker();
    await first.ready;
    await waitForStatus(id, ["analyzing"], 60_000);
    // Alive for two leases: the job must still be its first attempt, with no parallel retry.
    await new Promise((r) => setTimeout(r, 2 * LEASE_S * 1000 + 1500));
    const alive = await job(id);
    if (alive.retry_count !== 0) console.error(`[crash-long-analysis] first worker output:\n${first.output()}`);
    expect(alive).toMatchObject({ state: "active", retry_count: 0 });
    expect((await db().document.findUniqueOrThrow({ where: { id } })).status).toBe("analyzing");
    const partsBefore = server.requests.filter(isExtract).length;
    expect(partsBefore).toBeGreaterThan(0);

    first.kill("SIGKILL");
    const killedAt = Date.now();
    await first.exited;
    const second = worker();
    try {
      await second.ready;
      const doc = await settled(id, 120_000);
      const ms = Date.now() - killedAt;
      const [{ started }] = await db().$queryRawUnsafe<{ started: Date }[]>(
        `SELECT started_on AS started FROM pgboss.job WHERE singleton_key = $1 AND name = 'process-document'`,
        id,
      );
      const resumedMs = started.getTime() - killedAt;
      console.log(
        `[crash-long-analysis] ${partsBefore} parts asked before the kill; retry started ${resumedMs} ms and ready ${ms} ms after SIGKILL (lease ${LEASE_S} s, sweep 1 s)`,
      );
      // Bounded by the lease + one sweep + the new worker's start-up, not by how long an analysis takes (loose: a busy machine).
      expect(resumedMs).toBeLessThan((LEASE_S + 1) * 1000 + 20_000);
      expect(doc).toMatchObject({ status: "ready", progress: 100 });
      const after = await stored(id);
      expect(after.artifacts).toEqual(["minutes v1", "slides v1"]);
      expect(after.todos.map((t) => t.position)).toEqual(after.todos.map((_, i) => i));
      expect(await job(id)).toMatchObject({ retry_count: 1 });
    } catch (e) {
      console.error(`[crash-long-analysis] second worker output:\n${second.output()}`);
      throw e;
    } finally {
      second.kill("SIGKILL");
      await second.exited;
    }
  }, 240_000);
});
