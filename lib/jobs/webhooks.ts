import "server-only";
import { claimUndispatched, loadDelivery, recordAttempt } from "@/lib/db/webhooks";
import { env } from "@/lib/env";
import { getBoss, QUEUES, wakeLocalWorkers } from "./boss";
import { sendWebhook } from "./webhook-send";

export interface WebhookJob {
  deliveryId: string;
}

/**
 * Hands new deliveries (outbox rows written with the change) to pg-boss, which runs each with
 * WEBHOOK_MAX_ATTEMPTS attempts and exponential backoff from WEBHOOK_RETRY_DELAY_SECONDS. Called on a
 * timer by every worker and right after an action queues an event.
 */
export async function dispatchWebhooks(): Promise<number> {
  const ids = await claimUndispatched();
  if (!ids.length) return 0;
  const boss = await getBoss();
  const e = env();
  for (const deliveryId of ids) {
    await boss.send(QUEUES.webhook, { deliveryId } satisfies WebhookJob, {
      singletonKey: deliveryId,
      retryLimit: e.WEBHOOK_MAX_ATTEMPTS - 1,
      retryDelay: e.WEBHOOK_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      expireInSeconds: Math.ceil(e.WEBHOOK_TIMEOUT_MS / 1000) + 30,
    });
  }
  await wakeLocalWorkers(QUEUES.webhook);
  return ids.length;
}

/** After an action queued an event: send it now rather than at the next tick; a failure waits for the timer. */
export function dispatchSoon(): void {
  void dispatchWebhooks().catch((e) => console.error(`[webhooks] dispatch: ${e instanceof Error ? e.message : e}`));
}

/**
 * One attempt. Each is logged on the delivery (status code, duration, error); a failed one throws so
 * pg-boss retries it, except on the last attempt or when the address is refused (retrying cannot help).
 */
export async function deliverWebhook(job: WebhookJob, attempt: { retryCount: number; retryLimit: number }): Promise<void> {
  const d = await loadDelivery(job.deliveryId);
  if (d?.status !== "pending") return;
  const out = await sendWebhook({ url: d.url, secret: d.secret, deliveryId: d.id, event: d.event, body: d.body, timeoutMs: env().WEBHOOK_TIMEOUT_MS });
  const last = attempt.retryCount >= attempt.retryLimit || !!out.refused;
  await recordAttempt(d.id, { status: out.ok ? "delivered" : last ? "failed" : "pending", statusCode: out.statusCode, durationMs: out.durationMs, error: out.error });
  if (!out.ok && !last) throw new Error(`webhook delivery ${d.id}: ${out.error}`);
}

/** The delivery workers and the dispatch timer of one process (started by lib/jobs/worker.ts). */
export async function startWebhookWorkers(concurrency: number, pollingIntervalSeconds: number): Promise<{ ids: string[]; stop(): Promise<void> }> {
  const boss = await getBoss();
  const ids: string[] = [];
  for (let i = 0; i < concurrency; i++) {
    ids.push(
      await boss.work<WebhookJob>(QUEUES.webhook, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds }, async ([job]) =>
        deliverWebhook(job.data, { retryCount: job.retryCount, retryLimit: job.retryLimit }),
      ),
    );
  }
  const timer = setInterval(dispatchSoon, env().WEBHOOK_DISPATCH_SECONDS * 1000);
  timer.unref();
  dispatchSoon();
  return {
    ids,
    async stop() {
      clearInterval(timer);
      await boss.offWork(QUEUES.webhook);
    },
  };
}
