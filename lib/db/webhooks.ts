import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "./client";
import { recordAudit } from "./audit";
import { decryptSecret, encryptSecret } from "./settings-crypto";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Webhooks and their deliveries. An event is an outbox row per subscribed hook, written where the
 * change happens (in its transaction when it has one: a document becoming ready and its event
 * commit together); lib/jobs/webhooks.ts hands pending rows to pg-boss, which retries with backoff.
 */
export const WEBHOOK_EVENTS = ["document.ready", "document.failed", "todo.created", "todo.updated"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
/** Sent only by "Send test", to the one hook. */
export const TEST_EVENT = "webhook.test";

/** Deliveries kept per hook (the settings page shows them). */
export const DELIVERIES_KEPT = 100;

type Client = Pick<Prisma.TransactionClient, "webhook" | "webhookDelivery">;

export interface WebhookView {
  id: string;
  url: string;
  events: string[];
  createdAt: Date;
}

const VIEW = { id: true, url: true, events: true, createdAt: true } as const;

/** Creates the hook with a new secret, returned this once (`whsec_` + 256 random bits). */
export async function createWebhook(workspaceId: string, actorUserId: string, url: string, events: WebhookEvent[]): Promise<WebhookView & { secret: string }> {
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  return db().$transaction(async (tx) => {
    const hook = await tx.webhook.create({ data: { workspaceId, url, events, secretEnc: "", createdById: actorUserId }, select: VIEW });
    // The secret is bound to its hook id (associated data), so it is encrypted once the id exists.
    await tx.webhook.update({ where: { id: hook.id }, data: { secretEnc: encryptSecret(secret, workspaceId, `webhook:${hook.id}`) } });
    await recordAudit({ workspaceId, actorUserId, action: "webhook.created", targetType: "webhook", targetId: hook.id, detail: { url, events } }, tx);
    return { ...hook, secret };
  });
}

export async function deleteWebhook(workspaceId: string, actorUserId: string, webhookId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const hook = await tx.webhook.findFirst({ where: { workspaceId, id: webhookId }, select: { url: true } });
    if (!hook) throw new AppError("NOT_FOUND", "This webhook does not exist or is not in this workspace.");
    await tx.webhook.deleteMany({ where: { workspaceId, id: webhookId } });
    await recordAudit({ workspaceId, actorUserId, action: "webhook.deleted", targetType: "webhook", targetId: webhookId, detail: { url: hook.url } }, tx);
  });
}

export async function listWebhooks(workspaceId: string): Promise<WebhookView[]> {
  return db().webhook.findMany({ where: { workspaceId }, select: VIEW, orderBy: { createdAt: "asc" } });
}

export async function listDeliveries(workspaceId: string, webhookId: string, take = DELIVERIES_KEPT) {
  return db().webhookDelivery.findMany({
    where: { workspaceId, webhookId },
    select: { id: true, event: true, status: true, attempts: true, statusCode: true, durationMs: true, error: true, createdAt: true, deliveredAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
}

function body(deliveryId: string, workspaceId: string, event: string, data: Record<string, unknown>): string {
  return JSON.stringify({ id: deliveryId, event, createdAt: new Date().toISOString(), workspaceId, data });
}

/** Keeps the newest DELIVERIES_KEPT of a hook. */
async function prune(client: Client, webhookId: string): Promise<void> {
  const old = await client.webhookDelivery.findMany({ where: { webhookId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: DELIVERIES_KEPT, select: { id: true } });
  if (old.length) await client.webhookDelivery.deleteMany({ where: { id: { in: old.map((o) => o.id) } } });
}

/**
 * Records `event` for every hook of the workspace subscribed to it; returns how many deliveries were
 * queued. Pass `tx` to commit them with the change they report.
 */
export async function queueWebhookEvent(workspaceId: string, event: WebhookEvent, data: Record<string, unknown>, tx?: Client): Promise<number> {
  const client = tx ?? db();
  const hooks = await client.webhook.findMany({ where: { workspaceId, events: { has: event } }, select: { id: true } });
  for (const h of hooks) {
    const id = crypto.randomUUID();
    await client.webhookDelivery.create({ data: { id, webhookId: h.id, workspaceId, event, body: body(id, workspaceId, event, data) } });
    await prune(client, h.id);
  }
  return hooks.length;
}

/** A "webhook.test" delivery to one hook. */
export async function queueTestDelivery(workspaceId: string, webhookId: string): Promise<string> {
  const hook = await db().webhook.findFirst({ where: { workspaceId, id: webhookId }, select: { id: true } });
  if (!hook) throw new AppError("NOT_FOUND", "This webhook does not exist or is not in this workspace.");
  const id = crypto.randomUUID();
  await db().webhookDelivery.create({
    data: { id, webhookId, workspaceId, event: TEST_EVENT, body: body(id, workspaceId, TEST_EVENT, { message: "A test delivery from Jiyao." }) },
  });
  await prune(db(), webhookId);
  return id;
}

/** Pending deliveries not yet handed to the queue, each claimed once however many dispatchers run. */
export async function claimUndispatched(limit = 100): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    UPDATE "WebhookDelivery" SET "enqueuedAt" = now()
    WHERE id IN (SELECT id FROM "WebhookDelivery" WHERE "enqueuedAt" IS NULL AND status = 'pending' ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  return rows.map((r) => r.id);
}

/** What one attempt needs: the hook's URL and secret (decrypted) and the stored body; null when gone. */
export async function loadDelivery(deliveryId: string) {
  const d = await db().webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { id: true, workspaceId: true, event: true, body: true, status: true, webhook: { select: { id: true, url: true, secretEnc: true } } },
  });
  if (!d) return null;
  return { ...d, url: d.webhook.url, secret: decryptSecret(d.webhook.secretEnc, d.workspaceId, `webhook:${d.webhook.id}`) };
}

export async function recordAttempt(
  deliveryId: string,
  outcome: { status: "pending" | "delivered" | "failed"; statusCode: number | null; durationMs: number; error: string | null },
): Promise<void> {
  await db().webhookDelivery.updateMany({
    where: { id: deliveryId },
    data: {
      status: outcome.status,
      attempts: { increment: 1 },
      statusCode: outcome.statusCode,
      durationMs: outcome.durationMs,
      error: outcome.error?.slice(0, 500) ?? null,
      ...(outcome.status === "delivered" ? { deliveredAt: new Date() } : {}),
    },
  });
}
