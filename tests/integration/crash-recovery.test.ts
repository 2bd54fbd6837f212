/**
 * A worker killed with SIGKILL mid-analysis: after a new worker starts, the job completes exactly
 * once. Real processes (`npm run worker`) against the test database and a slow fake model server;
 * pg-boss notices the dead job when it expires (JOB_EXPIRE_SECONDS) at its next maintenance pass.
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
const JOB = { JOB_EXPIRE_SECONDS: "6", JOB_MAINTENANCE_SECONDS: "1", JOB_RETRY_DELAY_SECONDS: "0" };
Object.assign(process.env, JOB);

const { uploadDocument } = await import("@/lib/actions/documents");
const { processQueued, workspaceOf } = await import("../support/process-queued");
const { runParse } = await import("@/lib/pipelines/parse-step");
const { stopBoss } = await import("@/lib/jobs/boss");
const { db } = await import("@/lib/db/client");

const CALL_MS = 1500;
let user: Awaited<ReturnType<typeof makeUser>>;
let server: FakeOpenAI;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  user = await makeUser("crash");
  await signInAs(user);
  server = await startFakeOpenAI((r) => ({ ...(goodModel(r) as { content: string }), latencyMs: CALL_MS }));
  setModelEnv(server.url, { MODEL_CONCURRENCY: "4" });
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
    WORKER_CONCURRENCY: "1",
    ...JOB,
  });
  workers.push(w);
  return w;
}

async function upload(name: string, lines: number): Promise<string> {
  const res = await uploadDocument(fileForm(user.personalWorkspaceId, name, longTranscript(lines, name)));
  if (!res.ok) throw new Error(res.error.message);
  return res.data.id;
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("a worker killed mid-analysis", () => {
  it("SIGKILL during the model calls: a new worker finishes the job exactly once", async () => {
    const id = await upload("crash.txt", 200);
    const first = worker();
    await first.ready;
    // Mid-analysis: the document is analyzing and the first model calls are in flight.
    await waitForStatus(id, ["analyzing"], 30_000);
    await until(() => server.requests.some(isExtract), 10_000, "the first model call");
    const seenBeforeKill = server.requests.length;
    first.kill("SIGKILL");
    const killedAt = Date.now();
    await first.exited;
    expect((await db().document.findUniqueOrThrow({ where: { id } })).status).toBe("analyzing");

    const second = worker();
    try {
      await second.ready;
      await recovered(id, killedAt, seenBeforeKill);
    } catch (e) {
      console.error(`[crash-recovery] second worker output:\n${second.output()}`);
      throw e;
    } finally {
      // Later cases run the pipeline in this process; no worker may pick up their jobs.
      second.kill("SIGKILL");
      await second.exited;
    }
  }, 120_000);

  async function recovered(id: string, killedAt: number, seenBeforeKill: number) {
    const doc = await settled(id, 60_000);
    const recoveryMs = Date.now() - killedAt;
    console.log(`[crash-recovery] killed after ${seenBeforeKill} model request(s); ready ${recoveryMs} ms after SIGKILL`);
    expect(doc).toMatchObject({ status: "ready", progress: 100, errorCode: null });

    const after = await stored(id);
    expect(after.artifacts).toEqual(["minutes v1", "slides v1"]);
    expect(after.todos.length).toBeGreaterThan(0);
    // One set: a second createMany would repeat positions 0, 1, 2, …
    expect(after.todos.map((t) => t.position).sort((a, b) => a - b)).toEqual(after.todos.map((_, i) => i));

    // One job, completed on a retry (a very slow machine may need one more expiry, still one set).
    const jobRows = () =>
      db().$queryRawUnsafe<{ state: string; retry_count: number }[]>(`SELECT state::text, retry_count FROM pgboss.job WHERE singleton_key = $1 AND name = 'process-document'`, id);
    // The worker marks the job complete just after the document's commit.
    await until(async () => (await jobRows()).every((j) => j.state === "completed"), 10_000, "the job to be completed");
    const jobs = await jobRows();
    expect(jobs).toHaveLength(1);
    expect(jobs[0].state).toBe("completed");
    expect(jobs[0].retry_count).toBeGreaterThanOrEqual(1);
  }

  it("two runs of one document at once (a job that ran on past its expiry beside its retry) store one set", async () => {
    const id = await upload("twice.txt", 120);
    expect(await runParse(await workspaceOf(id), id)).toBe("parsed");
    await Promise.all([processQueued(id), processQueued(id), processQueued(id)]);
    expect((await settled(id)).status).toBe("ready");
    const after = await stored(id);
    expect(after.artifacts).toEqual(["minutes v1", "slides v1"]);
    expect(after.todos.map((t) => t.position).sort((a, b) => a - b)).toEqual(after.todos.map((_, i) => i));
  }, 60_000);

  it("a job that runs again after the document is ready changes nothing", async () => {
    const id = await upload("done.txt", 40);
    await processQueued(id);
    const before = await stored(id);
    await processQueued(id);
    expect(await stored(id)).toEqual(before);
  }, 30_000);
});
