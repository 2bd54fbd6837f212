"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { CreateApiTokenSchema, RevokeApiTokenSchema } from "./api-tokens.schema";
import { createApiToken as create, revokeApiToken as revoke } from "@/lib/db/api-tokens";
import { recordAudit } from "@/lib/db/audit";

/**
 * Any member, viewers included, may hold tokens for themselves (a viewer's are read-only: lib/db/api-tokens).
 * The token comes back once, in this result; only its hash is kept.
 */
export const createApiToken = workspaceAction("viewer", CreateApiTokenSchema, async (ctx, { name, scope }) => {
  const { token, row } = await create(ctx.workspaceId, ctx.user.id, { name, scope });
  await recordAudit({
    workspaceId: ctx.workspaceId,
    actorUserId: ctx.user.id,
    action: "token.created",
    targetType: "apiToken",
    targetId: row.id,
    detail: { name: row.name, scope: row.scope },
  });
  revalidatePath(`/w/${ctx.workspaceId}/tokens`);
  return { id: row.id, name: row.name, scope: row.scope, token };
});

export const revokeApiToken = workspaceAction("viewer", RevokeApiTokenSchema, async (ctx, { tokenId }) => {
  const row = await revoke(ctx.workspaceId, ctx.user.id, tokenId);
  await recordAudit({ workspaceId: ctx.workspaceId, actorUserId: ctx.user.id, action: "token.revoked", targetType: "apiToken", targetId: row.id, detail: { name: row.name } });
  revalidatePath(`/w/${ctx.workspaceId}/tokens`);
  return { id: row.id };
});
