"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { CreateShareSchema, RevokeShareSchema } from "./shares.schema";
import { createShareLink, revokeShareLink } from "@/lib/db/shares";
import { recordAudit } from "@/lib/db/audit";

/** Returns the raw token this once; only its hash is kept, so it cannot be shown again. */
export const createShare = workspaceAction("member", CreateShareSchema, async (ctx, input) => {
  const link = await createShareLink({ ...input, workspaceId: ctx.workspaceId, createdById: ctx.user.id });
  await recordAudit({
    workspaceId: ctx.workspaceId,
    actorUserId: ctx.user.id,
    action: "share.created",
    targetType: "document",
    targetId: input.documentId,
    detail: { shareId: link.id, includeTranscript: input.includeTranscript, expiresInDays: input.expiresInDays ?? null },
  });
  revalidatePath(`/w/${ctx.workspaceId}/d/${input.documentId}`);
  return link;
});

export const revokeShare = workspaceAction("member", RevokeShareSchema, async (ctx, { documentId, shareId }) => {
  await revokeShareLink(ctx.workspaceId, documentId, shareId);
  await recordAudit({ workspaceId: ctx.workspaceId, actorUserId: ctx.user.id, action: "share.revoked", targetType: "document", targetId: documentId, detail: { shareId } });
  revalidatePath(`/w/${ctx.workspaceId}/d/${documentId}`);
  return { id: shareId };
});
