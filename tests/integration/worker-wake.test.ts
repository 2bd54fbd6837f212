import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { uploadDocument } = await import("@/lib/actions/documents");
const { getDocument } = await import("@/lib/db/documents");
const { startWorker } = await import("@/lib/jobs/worker");
const { getBoss, stopBoss, QUEUES } = await import("@/lib/jobs/boss");

let user: Awaited<ReturnType<typeof makeUser>>;
let worker: Awaited<ReturnType<typeof startWorker>>;

beforeAll(async () => {
  user = await makeUser("wake");
  await signInAs(user);
  // Earlier test files share this database and may leave jobs behind; a woken worker takes one job
  // and then sleeps its poll interval, so start from an empty queue to test the wake-up alone.
  const boss = await getBoss();
  await boss.getDb().executeSql(`DELETE FROM pgboss.job WHERE name = $1`, [QUEUES.process]);
  // A poll far longer than the test may wait: only the wake-up on send can get the job done in time.
  worker = await startWorker({ pollSeconds: 120 });
});
afterAll(async () => {
  await worker.stop();
  await stopBoss();
});

describe("an upload wakes the worker of its own process", () => {
  it("is processed without waiting for the next poll", async () => {
    const res = await uploadDocument(fileForm(user.personalWorkspaceId, "wake.txt", "Alice: Let's begin.\nBob: I will send the notes tomorrow.\n"));
    if (!res.ok) throw new Error(res.error.message);
    const until = Date.now() + 30_000;
    let status = "";
    while (Date.now() < until) {
      status = (await getDocument(user.personalWorkspaceId, res.data.id))?.status ?? "";
      if (status === "ready" || status === "failed") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe("ready");
  });
});
