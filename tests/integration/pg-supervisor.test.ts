/**
 * kill -9 of the embedded postmaster under a running app: the process that started it restarts it
 * (with backoff), and the app's next queries — Prisma's pool, the originals pool, pg-boss and the
 * in-process worker — succeed again without anyone restarting the app. Its own embedded server on a
 * free port and data dir, not the shared test database.
 */
import { readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { fileForm, makeUser, signInAs } from "../support/db";
import { settled } from "../support/fault-model";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const port = await freePort();
const dataDir = path.resolve(`.data/pg-supervise-${port}`);
const logs: string[] = [];
const pgServer: EmbeddedServer = await startEmbeddedPostgres({ dataDir, port, log: (m) => logs.push(m) });
await pgServer.createDatabase("jiyao_supervise");
await migrate(pgServer.url("jiyao_supervise"));
process.env.DATABASE_URL = pgServer.url("jiyao_supervise");
process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret";
delete process.env.MODEL_BASE_URL;

const { resetEnvCache } = await import("@/lib/env");
resetEnvCache();
const { uploadDocument } = await import("@/lib/actions/documents");
const { startWorker } = await import("@/lib/jobs/worker");
const { stopBoss } = await import("@/lib/jobs/boss");
const { db, disconnectDb } = await import("@/lib/db/client");
const { closeOriginalsPool } = await import("@/lib/db/originals");

let user: Awaited<ReturnType<typeof makeUser>>;
let worker: Awaited<ReturnType<typeof startWorker>>;

const upload = async (name: string) => {
  const res = await uploadDocument(
    fileForm(user.personalWorkspaceId, name, `Alice: We decided to move the launch to June.\nBob: I will update the notes for ${name} by Friday.\n`),
  );
  if (!res.ok) throw new Error(res.error.message);
  return res.data.id;
};

beforeAll(async () => {
  user = await makeUser("supervised");
  await signInAs(user);
  worker = await startWorker({ pollSeconds: 0.5 });
});
afterAll(async () => {
  await worker?.stop();
  await stopBoss();
  await disconnectDb();
  await closeOriginalsPool();
  await pgServer.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the embedded Postgres killed with SIGKILL", () => {
  it("is restarted by the process that started it, and the app's queries and jobs work again", async () => {
    expect((await settled(await upload("before.txt"))).status).toBe("ready");

    const postmaster = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(postmaster, "SIGKILL");
    const killedAt = Date.now();

    // The next queries: they may fail while it is down, and must succeed once it is back.
    let firstOkMs = -1;
    for (let i = 0; i < 300 && firstOkMs < 0; i++) {
      try {
        await db().document.count({ where: { workspaceId: user.personalWorkspaceId } });
        if (pgServer.restarts() > 0) firstOkMs = Date.now() - killedAt;
      } catch {
        // down
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(pgServer.restarts()).toBe(1);
    expect(firstOkMs).toBeGreaterThanOrEqual(0);
    expect(logs.some((m) => m.includes("exited unexpectedly"))).toBe(true);

    const after = await upload("after.txt");
    const doc = await settled(after, 30_000);
    const readyMs = Date.now() - killedAt;
    console.log(`[pg-supervisor] first query ok ${firstOkMs} ms after SIGKILL; an upload made then was ready ${readyMs} ms after SIGKILL`);
    expect(doc.status).toBe("ready");
    expect(await db().artifact.count({ where: { documentId: after } })).toBe(2);
  }, 90_000);
});
