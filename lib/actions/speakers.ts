"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { LinkSpeakerSchema, MergeSpeakersSchema, RenameSpeakerSchema, UndoSpeakerSchema } from "./speakers.schema";
import { linkDocumentSpeaker, mergeDocumentSpeakers, renameDocumentSpeaker, undoSpeakerChange as undo } from "@/lib/db/speakers";

function revalidate(workspaceId: string, documentId: string) {
  revalidatePath(`/w/${workspaceId}/d/${documentId}`);
  revalidatePath(`/w/${workspaceId}/todos`);
}

export const renameSpeaker = workspaceAction("member", RenameSpeakerSchema, async (ctx, { documentId, baseVersion, from, to }) => {
  const result = await renameDocumentSpeaker(ctx.workspaceId, documentId, baseVersion, from, to, ctx.user.id);
  revalidate(ctx.workspaceId, documentId);
  return result;
});

export const mergeSpeakers = workspaceAction("member", MergeSpeakersSchema, async (ctx, { documentId, baseVersion, from, into }) => {
  const result = await mergeDocumentSpeakers(ctx.workspaceId, documentId, baseVersion, from, into, ctx.user.id);
  revalidate(ctx.workspaceId, documentId);
  return result;
});

export const linkSpeaker = workspaceAction("member", LinkSpeakerSchema, async (ctx, { documentId, baseVersion, name, userId }) => {
  const result = await linkDocumentSpeaker(ctx.workspaceId, documentId, baseVersion, name, userId, ctx.user.id);
  revalidate(ctx.workspaceId, documentId);
  return result;
});

export const undoSpeakerChange = workspaceAction("member", UndoSpeakerSchema, async (ctx, { documentId, baseVersion }) => {
  const result = await undo(ctx.workspaceId, documentId, baseVersion);
  revalidate(ctx.workspaceId, documentId);
  return result;
});
