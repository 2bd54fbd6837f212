"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { CreateTemplateSchema, DeleteTemplateSchema, SetMeetingTemplateSchema, UpdateTemplateSchema } from "./templates.schema";
import { getDocument } from "@/lib/db/documents";
import { createCustomTemplate, deleteCustomTemplate, setDocumentTemplate, updateCustomTemplate } from "@/lib/db/meeting-templates";
import { workspaceEngineSettings } from "@/lib/db/workspace-settings";
import { llmAvailable } from "@/lib/engine/registry";
import { AppError } from "@/lib/errors";
import { enqueueRegenerate } from "@/lib/jobs/queue";

/** Chooses a meeting's template and queues new minutes with it (with the model when one is configured). */
export const setMeetingTemplate = workspaceAction("member", SetMeetingTemplateSchema, async (ctx, { documentId, templateId }) => {
  const doc = await getDocument(ctx.workspaceId, documentId);
  if (!doc) throw new AppError("NOT_FOUND", "This document does not exist or is not in this workspace.");
  if (doc.status !== "ready") throw new AppError("CONFLICT", "This document is still being processed; choose a template once it is ready.");
  const result = await setDocumentTemplate(ctx.workspaceId, documentId, templateId);
  // The engine the workspace would use by default (its choice, else the model when one is configured).
  const settings = await workspaceEngineSettings(ctx.workspaceId);
  const engine = settings.defaultEngine ?? (llmAvailable(settings) ? "llm" : "local");
  await enqueueRegenerate({ workspaceId: ctx.workspaceId, documentId, kind: "minutes", engine, userId: ctx.user.id });
  revalidatePath(`/w/${ctx.workspaceId}/d/${documentId}`);
  return result;
});

const revalidateTemplates = (workspaceId: string) => revalidatePath(`/w/${workspaceId}/templates`);

export const createTemplate = workspaceAction("admin", CreateTemplateSchema, async (ctx, { name, instructions, sections }) => {
  const row = await createCustomTemplate(ctx.workspaceId, { name, instructions, sections });
  revalidateTemplates(ctx.workspaceId);
  return row;
});

export const updateTemplate = workspaceAction("admin", UpdateTemplateSchema, async (ctx, { templateId, name, instructions, sections }) => {
  const row = await updateCustomTemplate(ctx.workspaceId, templateId, { name, instructions, sections });
  revalidateTemplates(ctx.workspaceId);
  return row;
});

export const deleteTemplate = workspaceAction("admin", DeleteTemplateSchema, async (ctx, { templateId }) => {
  const row = await deleteCustomTemplate(ctx.workspaceId, templateId);
  revalidateTemplates(ctx.workspaceId);
  return row;
});
