"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { LiveRefSchema, StartLiveSchema } from "./live.schema";
import { endLiveMeetingAndAnalyze, refreshRolling, startLiveMeeting as start } from "@/lib/jobs/live";

/** A live meeting: its ingest key is in this result only (stored hashed), for the page to show once. */
export const startLiveMeeting = workspaceAction("member", StartLiveSchema, async (ctx, { title, lang }) => {
  const { id, key } = await start({ workspaceId: ctx.workspaceId, userId: ctx.user.id, title, lang });
  revalidatePath(`/w/${ctx.workspaceId}`);
  return { id, key };
});

export const endLiveMeeting = workspaceAction("member", LiveRefSchema, async (ctx, { documentId }) => {
  await endLiveMeetingAndAnalyze(ctx.workspaceId, documentId);
  revalidatePath(`/w/${ctx.workspaceId}/d/${documentId}`);
  return { id: documentId };
});

/** Rolling minutes now, instead of at the next interval. */
export const refreshRollingMinutes = workspaceAction("member", LiveRefSchema, async (ctx, { documentId }) => {
  await refreshRolling(ctx.workspaceId, documentId);
  return { id: documentId };
});
