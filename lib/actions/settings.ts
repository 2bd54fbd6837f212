"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { SaveSettingsSchema, TestConnectionSchema } from "./settings.schema";
import { getSettingsView, savedApiKey, updateSettings, type SettingsPatch } from "@/lib/db/workspace-settings";
import { probeEndpoint, type ProbeOutcome } from "@/lib/engine/probe";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * Workspace settings, for owners and admins. Results carry the SettingsView only — a saved key
 * comes back as its last four characters, never itself (tests/integration/settings.test.ts).
 */
export const saveSettings = workspaceAction("admin", SaveSettingsSchema, async (ctx, input) => {
  let patch: SettingsPatch;
  if (input.section === "model" || input.section === "speech") {
    if (input.baseUrl && !input.name && input.section === "model")
      throw new AppError("INVALID_INPUT", "Enter the model name to use at this endpoint (e.g. deepseek-chat, qwen-plus).");
    if (!input.baseUrl && (input.name || input.apiKey)) throw new AppError("INVALID_INPUT", "Enter the endpoint URL too, or clear the other fields to use the server's default.");
    // No endpoint: back to the server's default, and a key for no endpoint is not kept.
    const key = !input.baseUrl || input.clearKey ? null : input.apiKey;
    patch =
      input.section === "model" ? { model: { baseUrl: input.baseUrl, name: input.name, apiKey: key } } : { speech: { baseUrl: input.baseUrl, model: input.name, apiKey: key } };
  } else if (input.section === "defaults") {
    if (input.defaultEngine === "llm") {
      const view = await getSettingsView(ctx.workspaceId);
      if (!view.model.baseUrl && !env().MODEL_BASE_URL) {
        throw new AppError(
          "MODEL_NOT_CONFIGURED",
          "Set this workspace's model endpoint first (or MODEL_BASE_URL on the server): the language model cannot be the default without one.",
        );
      }
    }
    patch = { defaultEngine: input.defaultEngine, defaultLanguage: input.defaultLanguage };
  } else {
    if (!input.keepForever && (input.days === undefined || input.days === ""))
      throw new AppError("INVALID_INPUT", "Enter how many days to keep documents, or choose to keep them forever.");
    patch = { retentionDays: input.keepForever ? null : (input.days as number) };
  }
  const view = await updateSettings(ctx.workspaceId, ctx.user.id, patch);
  revalidatePath(`/w/${ctx.workspaceId}`, "layout");
  return view;
});

/** Calls the endpoint as the form shows it (a blank key: the saved one) and reports only the outcome. */
export const testConnection = workspaceAction("admin", TestConnectionSchema, async (ctx, input): Promise<ProbeOutcome> => {
  if (!input.baseUrl) throw new AppError("INVALID_INPUT", "Enter the endpoint URL to test.");
  // The saved key goes only to the saved endpoint: typing another URL must not be a way to send it elsewhere.
  const saved = await getSettingsView(ctx.workspaceId);
  const savedUrl = input.target === "model" ? saved.model.baseUrl : saved.speech.baseUrl;
  const apiKey = input.apiKey ?? (savedUrl === input.baseUrl ? await savedApiKey(ctx.workspaceId, input.target) : undefined);
  return probeEndpoint({ baseUrl: input.baseUrl, apiKey, model: input.name, kind: input.target === "model" ? "chat" : "speech" });
});
