/**
 * Postgres restarted under a running app: queries fail fast while it is down, succeed again after it
 * is back (the Prisma pool reconnects), pg-boss keeps polling, and an upload made after the restart
 * is processed by the same in-process worker. Runs on its own embedded server (free port, own data
 * dir), not the shared test database.
 */
import { rmSync } from "node:fs";
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
const dataDir = path.resolve(`.data/pg-restart-${port}`);
const start = () => startEmbeddedPostgres({ dataDir, port });
let pgServer: EmbeddedServer = await start();
await pgServer.createDatabase("jiyao_restart");
await migrate(pgServer.url("jiyao_restart"));
process.env.DATABASE_URL = pgServer.url("jiyao_restart");
process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret";
delete process.env.MODEL_BASE_URL; // the local engine: this test is about the database

const { resetEnvCache } = await import("@/lib/env");
resetEnvCache();
const { uploadDocument } = await import("@/lib/actions/documents");
const { startWorker } = await import("@/lib/jobs/worker");
const { stopBoss } = await import("@/lib/jobs/boss");
const { db, disconnectDb } = await import("@/lib/db/client");

let user: Awaited<ReturnType<typeof makeUser>>;
let worker: Awaited<ReturnType<typeof startWorker>>;

const TRANSCRIPT = "Alice: We decided to move the launch to June.\nBob: I will update the release notes by Friday.\n";

async function upload(name: string) {
  const res = await uploadDocument(fileForm(user.personalWorkspaceId, name, `${TRANSCRIPT}Carol: Notes for ${name}.\n`));
  if (!res.ok) throw new Error(res.error.message);
  return res.data.id;
}

beforeAll(async () => {
  user = await makeUser("restart");
  await signInAs(user);
  worker = await startWorker({ pollSeconds: 0.5 });
});
afterAll(async () => {
  await worker?.stop();
  await stopBoss();
  await disconnectDb();
  await pgServer.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("Postgres restarted while the app runs", () => {
  it("fails queries fast while down, then queries, the queue and processing all recover", async () => {
    const before = await upload("before.txt");
    expect((await settled(before)).status).toBe("ready");

    await pgServer.stop();
    const downAt = Date.now();
    // While down: an error, not a hang and not a crashed process.
    await expect(db().document.count()).rejects.toThrow();
    expect(Date.now() - downAt).toBeLessThan(5000);
    await new Promise((r) => setTimeout(r, 1500)); // pg-boss polls against the dead server meanwhile

    pgServer = await start();
    const upAt = Date.now();
    expect(await db().document.count({ where: { workspaceId: user.personalWorkspaceId } })).toBe(1);
    const firstQueryMs = Date.now() - upAt;

    const after = await upload("after.txt");
    const doc = await settled(after, 30_000);
    const processedMs = Date.now() - upAt;
    console.log(`[db-restart] down ${upAt - downAt} ms; first query ${firstQueryMs} ms after restart; upload after restart ready in ${processedMs} ms`);
    expect(doc.status).toBe("ready");
    expect(await db().artifact.count({ where: { documentId: after } })).toBe(2);
    expect(await db().todo.count({ where: { documentId: after } })).toBeGreaterThan(0);
  }, 90_000);
});
