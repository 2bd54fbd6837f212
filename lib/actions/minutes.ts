"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { EditMinutesSchema } from "./minutes.schema";
import { editMinutes as saveEdit } from "@/lib/db/minutes-edits";

/** One correction of the minutes (a summary point, chapter or decision), stored as a new version. */
export const editMinutes = workspaceAction("member", EditMinutesSchema, async (ctx, { documentId, baseVersion, edit }) => {
  const saved = await saveEdit(ctx.workspaceId, documentId, baseVersion, edit, { id: ctx.user.id, name: ctx.user.name || null });
  revalidatePath(`/w/${ctx.workspaceId}/d/${documentId}`);
  return saved;
});
