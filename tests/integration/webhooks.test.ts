/**
 * Webhooks end to end on a local receiver (127.0.0.1, allowed through WEBHOOK_ALLOW_HOSTS): events
 * from the real pipeline and the to-do actions, signatures checked with the README's recipe, retries
 * through pg-boss, the delivery log, and the private-address refusals (at registration and delivery).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;
process.env.WEBHOOK_ALLOW_HOSTS = "127.0.0.1";
process.env.WEBHOOK_RETRY_DELAY_SECONDS = "1";
process.env.WEBHOOK_MAX_ATTEMPTS = "3";
process.env.WEBHOOK_DISPATCH_SECONDS = "1";

const { createWebhook, deleteWebhook, sendTestWebhook } = await import("@/lib/actions/webhooks");
const { createTodo, updateTodo } = await import("@/lib/actions/todos");
const { uploadDocument } = await import("@/lib/actions/documents");
const { db } = await import("@/lib/db/client");
const { listDeliveries, DELIVERIES_KEPT, queueWebhookEvent } = await import("@/lib/db/webhooks");
const { listAuditEvents } = await import("@/lib/db/audit");
const { isInternalAddress } = await import("@/lib/jobs/webhook-address");
const { startWorker } = await import("@/lib/jobs/worker");
const { stopBoss } = await import("@/lib/jobs/boss");
const { resetEnvCache } = await import("@/lib/env");

/** The README's verification recipe, word for word. */
function verify(secret: string, headers: http.IncomingHttpHeaders, body: string, toleranceSeconds = 300): boolean {
  const timestamp = Number(headers["x-jiyao-timestamp"]);
  const signature = String(headers["x-jiyao-signature"] ?? "");
  if (!Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
  return signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}
let received: Received[] = [];
let failNext = 0;
const receiver = http.createServer((req, res) => {
  const parts: Buffer[] = [];
  req.on("data", (d: Buffer) => parts.push(d));
  req.on("end", () => {
    received.push({ headers: req.headers, body: Buffer.concat(parts).toString("utf8") });
    if (failNext > 0) {
      failNext--;
      res.writeHead(500).end("try again");
    } else res.writeHead(204).end();
  });
});

type U = Awaited<ReturnType<typeof makeUser>>;
let admin: U, member: U;
let ws: string;
let url: string;
let worker: { stop(): Promise<void> };

async function until<T>(what: string, fn: () => Promise<T | undefined | null | false>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const ok = <T>(r: { ok: true; data: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
};
const ofEvent = (event: string) => received.filter((r) => r.headers["x-jiyao-event"] === event);

beforeAll(async () => {
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  [admin, member] = await Promise.all(["admin", "member"].map((l) => makeUser(l)));
  ws = await makeWorkspace(admin, [[member, "member"]]);
  worker = await startWorker({ concurrency: 1, pollSeconds: 0.5 });
}, 60_000);
afterAll(async () => {
  await worker.stop();
  await stopBoss();
  await new Promise((r) => receiver.close(r));
});

describe("webhooks", () => {
  let hookId: string;
  let secret: string;

  it("registers a hook, shows its secret once, and audits it without the secret", async () => {
    await signInAs(admin);
    const hook = ok(await createWebhook({ workspaceId: ws, url, events: ["document.ready", "document.failed", "todo.created", "todo.updated"] }));
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    ({ id: hookId, secret } = hook);
    const row = await db().webhook.findUniqueOrThrow({ where: { id: hookId } });
    expect(JSON.stringify(row)).not.toContain(secret);
    const audit = await listAuditEvents(ws, { action: "webhook.created" });
    expect(audit.entries[0]).toMatchObject({ targetId: hookId, detail: { url } });
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it("a ready document and a failed one are delivered, signed per the recipe", async () => {
    await signInAs(member);
    const up = ok(await uploadDocument(fileForm(ws, "sync.txt", "Ann: We decided to ship on Friday.\nBo: I will write the notes by Monday.")));
    const ready = await until("document.ready", async () => ofEvent("document.ready")[0]);
    const body = JSON.parse(ready.body);
    expect(body).toMatchObject({ event: "document.ready", workspaceId: ws, data: { document: { id: up.id, status: "ready", title: "sync" } } });
    expect(ready.headers["x-jiyao-delivery"]).toBe(body.id);
    expect(ready.headers["content-type"]).toBe("application/json");
    expect(verify(secret, ready.headers, ready.body)).toBe(true);
    // A changed byte, another secret or an old timestamp does not verify.
    expect(verify(secret, ready.headers, ready.body.replace("ready", "reaDy"))).toBe(false);
    expect(verify(`${secret}x`, ready.headers, ready.body)).toBe(false);
    expect(verify(secret, { ...ready.headers, "x-jiyao-timestamp": String(Number(ready.headers["x-jiyao-timestamp"]) - 3600) }, ready.body)).toBe(false);

    ok(await uploadDocument(fileForm(ws, "empty-ish.txt", "\u0000\u0001\u0002 binary \u0003\u0004".repeat(50))));
    const failed = await until("document.failed", async () => ofEvent("document.failed")[0]);
    expect(JSON.parse(failed.body).data.document).toMatchObject({ status: "failed", errorCode: expect.any(String) });
    expect(verify(secret, failed.headers, failed.body)).toBe(true);
  });

  it("to-dos created and updated by a member are delivered", async () => {
    await signInAs(member);
    const doc = await db().document.findFirstOrThrow({ where: { workspaceId: ws, status: "ready" }, select: { id: true } });
    const todo = ok(await createTodo({ workspaceId: ws, documentId: doc.id, text: "Book the room" }));
    ok(await updateTodo({ workspaceId: ws, todoId: todo.id, status: "done" }));
    const created = await until("todo.created", async () => ofEvent("todo.created")[0]);
    const updated = await until("todo.updated", async () => ofEvent("todo.updated")[0]);
    expect(JSON.parse(created.body).data.todo).toMatchObject({ id: todo.id, text: "Book the room", status: "open" });
    expect(JSON.parse(updated.body).data.todo).toMatchObject({ id: todo.id, status: "done" });
    expect(verify(secret, updated.headers, updated.body)).toBe(true);
  });

  it("a failing receiver is retried with backoff until it answers; every attempt is logged", async () => {
    await signInAs(admin);
    received = [];
    failNext = 2;
    const { deliveryId } = ok(await sendTestWebhook({ workspaceId: ws, webhookId: hookId }));
    const row = await until(
      "delivered",
      async () => {
        const d = await db().webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
        return d.status === "delivered" ? d : null;
      },
      30_000,
    );
    expect(row).toMatchObject({ attempts: 3, statusCode: 204, error: null });
    const attempts = received.filter((r) => r.headers["x-jiyao-delivery"] === deliveryId);
    expect(attempts).toHaveLength(3);
    // The same body every time, each attempt signed afresh.
    expect(new Set(attempts.map((a) => a.body)).size).toBe(1);
    expect(attempts.every((a) => verify(secret, a.headers, a.body))).toBe(true);
    const log = await listDeliveries(ws, hookId);
    expect(log[0]).toMatchObject({ id: deliveryId, event: "webhook.test", status: "delivered", statusCode: 204 });
  });

  it("gives up after the last attempt and logs the error", async () => {
    received = [];
    failNext = 10;
    const { deliveryId } = ok(await sendTestWebhook({ workspaceId: ws, webhookId: hookId }));
    const row = await until(
      "failed",
      async () => {
        const d = await db().webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
        return d.status === "failed" ? d : null;
      },
      30_000,
    );
    expect(row).toMatchObject({ attempts: 3, statusCode: 500, error: "HTTP 500" });
    failNext = 0;
  });

  it("keeps the last 100 deliveries per hook", async () => {
    // In one transaction that also marks them sent, so the dispatcher never sees them: only the count matters here.
    await db().$transaction(
      async (tx) => {
        for (let i = 0; i < DELIVERIES_KEPT + 5; i++) await queueWebhookEvent(ws, "todo.updated", { n: i }, tx);
        await tx.webhookDelivery.updateMany({ where: { webhookId: hookId, status: "pending" }, data: { status: "delivered", enqueuedAt: new Date() } });
      },
      { timeout: 60_000 },
    );
    expect(await db().webhookDelivery.count({ where: { webhookId: hookId } })).toBe(DELIVERIES_KEPT);
  });

  it("refuses private, loopback and link-local hosts unless allowed, and re-checks at delivery", async () => {
    await signInAs(admin);
    process.env.WEBHOOK_ALLOW_HOSTS = "";
    resetEnvCache();
    try {
      for (const bad of [
        "http://127.0.0.1:9/x",
        "http://localhost/x",
        "http://10.1.2.3/x",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/x",
        "http://[::ffff:192.168.0.1]/x",
        "http://0.0.0.0/",
      ]) {
        expect(await createWebhook({ workspaceId: ws, url: bad, events: ["todo.created"] }), bad).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
      }
      expect(await createWebhook({ workspaceId: ws, url: "ftp://example.com/x", events: ["todo.created"] })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
      expect(await createWebhook({ workspaceId: ws, url: "https://example.com/x", events: [] })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });

      // The registered hook's host is no longer allowed: its next delivery is refused without a connection, not retried.
      received = [];
      const { deliveryId } = ok(await sendTestWebhook({ workspaceId: ws, webhookId: hookId }));
      const row = await until("refused", async () => {
        const d = await db().webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
        return d.status === "failed" ? d : null;
      });
      expect(row).toMatchObject({ attempts: 1, statusCode: null, error: expect.stringContaining("private") });
      expect(received).toEqual([]);
    } finally {
      process.env.WEBHOOK_ALLOW_HOSTS = "127.0.0.1";
      resetEnvCache();
    }
    expect(["8.8.8.8", "2606:4700:4700::1111", "93.184.216.34"].map(isInternalAddress)).toEqual([false, false, false]);
    expect(
      ["127.0.0.1", "10.0.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1", "::ffff:7f00:1"].map(
        isInternalAddress,
      ),
    ).toEqual(Array(11).fill(true));
  });

  it("deleting a hook stops its deliveries and removes its log", async () => {
    await signInAs(admin);
    ok(await deleteWebhook({ workspaceId: ws, webhookId: hookId }));
    expect(await db().webhookDelivery.count({ where: { webhookId: hookId } })).toBe(0);
    expect(await queueWebhookEvent(ws, "todo.created", {})).toBe(0);
    expect((await listAuditEvents(ws, { action: "webhook.deleted" })).total).toBe(1);
  });
});
