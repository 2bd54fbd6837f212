"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { RegenerateSchema, SaveSlidesSchema } from "./artifacts.schema";
import { getDocument } from "@/lib/db/documents";
import { saveEditedSlides } from "@/lib/db/slides-edits";
import { workspaceEngineSettings } from "@/lib/db/workspace-settings";
import { assertEngineConfigured } from "@/lib/engine/registry";
import { AppError } from "@/lib/errors";
import { enqueueRegenerate } from "@/lib/jobs/queue";

/** Stores an edited deck as a new "slides" version (lib/db/slides-edits.ts keeps the citations). */
export const saveSlides = workspaceAction("member", SaveSlidesSchema, async (ctx, input) => {
  const saved = await saveEditedSlides({ workspaceId: ctx.workspaceId, documentId: input.documentId }, input, ctx.user.id);
  revalidatePath(`/w/${ctx.workspaceId}/d/${input.documentId}`);
  return saved;
});

/** Queues a new version of the minutes or the slides; the worker writes it, the page polls for it. */
export const regenerate = workspaceAction("member", RegenerateSchema, async (ctx, { documentId, kind, engine, topicIndex }) => {
  const doc = await getDocument(ctx.workspaceId, documentId);
  if (!doc) throw new AppError("NOT_FOUND", "This document does not exist or is not in this workspace.");
  if (doc.status !== "ready") throw new AppError("CONFLICT", "This document is still being processed; regenerate it once it is ready.");
  // Refused here rather than in the worker, where the failure would only reach the log.
  assertEngineConfigured(engine, await workspaceEngineSettings(ctx.workspaceId));
  await enqueueRegenerate({ workspaceId: ctx.workspaceId, documentId, kind, engine, userId: ctx.user.id, topicIndex });
  return { documentId, kind, engine, topicIndex };
});
