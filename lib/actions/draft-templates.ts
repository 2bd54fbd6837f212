"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { CreateDraftTemplateSchema, DeleteDraftTemplateSchema, UpdateDraftTemplateSchema } from "./draft-templates.schema";
import { createDraftTemplate as create, deleteDraftTemplate as remove, updateDraftTemplate as update } from "@/lib/db/draft-templates";

/** Workspace admins' own templates for drafts from meetings (members pick them when drafting). */
const revalidate = (workspaceId: string) => {
  revalidatePath(`/w/${workspaceId}/writings`);
  revalidatePath(`/w/${workspaceId}/writings/templates`);
};
const lang = (l: "auto" | "zh" | "en") => (l === "auto" ? null : l);

export const createDraftTemplate = workspaceAction("admin", CreateDraftTemplateSchema, async (ctx, f) => {
  const row = await create(ctx.workspaceId, { name: f.name, lang: lang(f.lang), instructions: f.instructions, sections: f.sections });
  revalidate(ctx.workspaceId);
  return row;
});

export const updateDraftTemplate = workspaceAction("admin", UpdateDraftTemplateSchema, async (ctx, { templateId, ...f }) => {
  const row = await update(ctx.workspaceId, templateId, { name: f.name, lang: lang(f.lang), instructions: f.instructions, sections: f.sections });
  revalidate(ctx.workspaceId);
  return row;
});

export const deleteDraftTemplate = workspaceAction("admin", DeleteDraftTemplateSchema, async (ctx, { templateId }) => {
  const row = await remove(ctx.workspaceId, templateId);
  revalidate(ctx.workspaceId);
  return row;
});
