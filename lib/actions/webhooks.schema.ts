import { z } from "zod";
import { userText, workspaceId } from "./common.schema";

export const WEBHOOK_EVENT_NAMES = ["document.ready", "document.failed", "todo.created", "todo.updated"] as const;
const webhookId = z.string().uuid("not a webhook id");

export const CreateWebhookSchema = z.object({
  workspaceId,
  url: userText("The webhook URL", { max: 2000 }),
  events: z
    .union([z.enum(WEBHOOK_EVENT_NAMES), z.array(z.enum(WEBHOOK_EVENT_NAMES, { message: "Choose events from the list" }))], { message: "Choose events from the list" })
    .transform((v) => [...new Set(Array.isArray(v) ? v : [v])])
    .refine((v) => v.length > 0, "Choose at least one event"),
});

export const WebhookRefSchema = z.object({ workspaceId, webhookId });
