"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { CreateWebhookSchema, WebhookRefSchema } from "./webhooks.schema";
import { createWebhook as insertWebhook, deleteWebhook as removeWebhook, queueTestDelivery } from "@/lib/db/webhooks";
import { assertDeliverableUrl } from "@/lib/jobs/webhook-address";
import { dispatchWebhooks } from "@/lib/jobs/webhooks";

const page = (workspaceId: string) => `/w/${workspaceId}/settings/webhooks`;

/** The secret is returned this once; the page shows it until it is left. */
export const createWebhook = workspaceAction("admin", CreateWebhookSchema, async (ctx, { url, events }) => {
  const checked = await assertDeliverableUrl(url);
  const hook = await insertWebhook(ctx.workspaceId, ctx.user.id, checked.toString(), events);
  revalidatePath(page(ctx.workspaceId));
  return { id: hook.id, url: hook.url, events: hook.events, secret: hook.secret };
});

export const deleteWebhook = workspaceAction("admin", WebhookRefSchema, async (ctx, { webhookId }) => {
  await removeWebhook(ctx.workspaceId, ctx.user.id, webhookId);
  revalidatePath(page(ctx.workspaceId));
  return { id: webhookId };
});

/** Queues a "webhook.test" delivery and hands it to the queue at once; its outcome appears in the log. */
export const sendTestWebhook = workspaceAction("admin", WebhookRefSchema, async (ctx, { webhookId }) => {
  const deliveryId = await queueTestDelivery(ctx.workspaceId, webhookId);
  await dispatchWebhooks();
  revalidatePath(page(ctx.workspaceId));
  return { deliveryId };
});
