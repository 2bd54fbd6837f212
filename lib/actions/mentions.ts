"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { SetMyAliasesSchema } from "./mentions.schema";
import { setMyAliases as save } from "@/lib/db/mentions";

/** A member sets the names they go by in this workspace; only their own, so any member may. */
export const setMyAliases = workspaceAction("viewer", SetMyAliasesSchema, async (ctx, { aliases }) => {
  const names = await save(ctx.workspaceId, ctx.user.id, aliases);
  revalidatePath(`/w/${ctx.workspaceId}/mentions`);
  revalidatePath(`/w/${ctx.workspaceId}/todos`);
  return names;
});
