import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PATHOLOGICAL } from "../fixtures/hostile/pathological";
import { fileForm, makeUser, signInAs, setUpTestDatabase } from "../support/db";

/**
 * Hostile files through the real job path (upload → queue → worker → capped child process): each
 * ends in its own clear error, and meanwhile this process — the web server's stand-in — stays
 * responsive: its event loop is never held, and a database read answers. The budgets are loose
 * on purpose (a busy CI machine); the measured figures are `npm run bench`'s.
 */
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { uploadDocument } = await import("@/lib/actions/documents");
const { getDocument } = await import("@/lib/db/documents");
const { startWorker } = await import("@/lib/jobs/worker");
const { stopBoss } = await import("@/lib/jobs/boss");

let user: Awaited<ReturnType<typeof makeUser>>;
let worker: Awaited<ReturnType<typeof startWorker>>;

beforeAll(async () => {
  user = await makeUser("hostile");
  await signInAs(user);
  worker = await startWorker({ pollSeconds: 0.5 });
});
afterAll(async () => {
  await worker.stop();
  await stopBoss();
});

/** Longest gap between ticks of a 50 ms timer while `work` runs: how long the event loop was held. */
async function loopHeldDuring<T>(work: () => Promise<T>): Promise<{ result: T; heldMs: number }> {
  let last = performance.now();
  let heldMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    heldMs = Math.max(heldMs, now - last - 50);
    last = now;
  }, 50);
  try {
    return { result: await work(), heldMs };
  } finally {
    clearInterval(timer);
  }
}

const failing = PATHOLOGICAL.filter((c) => c.expect !== "ok");

describe("hostile files through the worker", () => {
  it("covers every refusing case of the fixture set", () => {
    expect(failing.length).toBeGreaterThanOrEqual(6);
  });

  it.each(failing.map((c) => [c.name, c] as const))("%s fails alone with its error", async (_name, c) => {
    const res = await uploadDocument(fileForm(user.personalWorkspaceId, c.fileName, c.build()));
    if (!res.ok) throw new Error(res.error.message);
    const id = res.data.id;
    const { result: doc, heldMs } = await loopHeldDuring(async () => {
      const until = Date.now() + 90_000;
      let slowestReadMs = 0;
      for (;;) {
        const t0 = performance.now();
        const d = await getDocument(user.personalWorkspaceId, id);
        slowestReadMs = Math.max(slowestReadMs, performance.now() - t0);
        if (d && (d.status === "ready" || d.status === "failed")) return { ...d, slowestReadMs };
        if (Date.now() > until) throw new Error(`${c.name}: still ${d?.status} (${d?.step})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    expect(doc.status).toBe("failed");
    expect(doc.errorCode).toBe(c.expect);
    expect(doc.errorMessage?.length ?? 0).toBeGreaterThan(10);
    // The parse ran elsewhere: this process kept answering.
    expect(heldMs).toBeLessThan(2_000);
    expect(doc.slowestReadMs).toBeLessThan(2_000);
  });
});
