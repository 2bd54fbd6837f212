"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { CreateShareSchema, RevokeShareSchema } from "./shares.schema";
import { createShareLink, revokeShareLink } from "@/lib/db/shares";

/** Returns the raw token this once; only its hash is kept, so it cannot be shown again. */
export const createShare = workspaceAction("member", CreateShareSchema, async (ctx, input) => {
  const link = await createShareLink({ ...input, workspaceId: ctx.workspaceId, createdById: ctx.user.id });
  revalidatePath(`/w/${ctx.workspaceId}/d/${input.documentId}`);
  return link;
});

export const revokeShare = workspaceAction("member", RevokeShareSchema, async (ctx, { documentId, shareId }) => {
  await revokeShareLink(ctx.workspaceId, documentId, shareId);
  revalidatePath(`/w/${ctx.workspaceId}/d/${documentId}`);
  return { id: shareId };
});
