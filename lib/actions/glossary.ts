"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { CreateGlossaryTermSchema, DeleteGlossaryTermSchema, UpdateGlossaryTermSchema } from "./glossary.schema";
import { createGlossaryTerm as create, deleteGlossaryTerm as remove, updateGlossaryTerm as update } from "@/lib/db/glossary";

// The glossary changes every transcript and search of the workspace, so the whole workspace is revalidated.
const revalidate = (workspaceId: string) => revalidatePath(`/w/${workspaceId}`, "layout");

export const createGlossaryTerm = workspaceAction("member", CreateGlossaryTermSchema, async (ctx, { term, variants }) => {
  const row = await create(ctx.workspaceId, term, variants);
  revalidate(ctx.workspaceId);
  return row;
});

export const updateGlossaryTerm = workspaceAction("member", UpdateGlossaryTermSchema, async (ctx, { termId, term, variants }) => {
  const row = await update(ctx.workspaceId, termId, term, variants);
  revalidate(ctx.workspaceId);
  return row;
});

export const deleteGlossaryTerm = workspaceAction("member", DeleteGlossaryTermSchema, async (ctx, { termId }) => {
  const row = await remove(ctx.workspaceId, termId);
  revalidate(ctx.workspaceId);
  return row;
});
