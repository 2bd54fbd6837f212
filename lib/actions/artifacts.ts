"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { RegenerateSchema, SaveSlidesSchema } from "./artifacts.schema";
import { db } from "@/lib/db/client";
import { addArtifactVersion, SlidesContentSchema, type SlidesContent } from "@/lib/db/artifacts";
import { getDocument } from "@/lib/db/documents";
import { llmConfigFromEnv } from "@/lib/engine/llm/config";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { enqueueRegenerate } from "@/lib/jobs/queue";

/**
 * Stores an edited deck as a new "slides" version; earlier versions stay as they were. A slide kept
 * from the base version keeps that slide's citations (read from the stored version, never from the
 * client); a slide added while editing has none.
 */
export const saveSlides = workspaceAction("member", SaveSlidesSchema, async (ctx, input) => {
  const scope = { workspaceId: ctx.workspaceId, documentId: input.documentId };
  try {
    const saved = await db().$transaction(async (tx) => {
      const base = await tx.artifact.findFirst({
        where: { ...scope, kind: "slides", version: input.baseVersion },
        select: { engine: true, model: true, content: true },
      });
      if (!base) throw new AppError("NOT_FOUND", "This slide deck does not exist or is not in this workspace.");
      const baseSlides = SlidesContentSchema.parse(base.content).outline.slides;
      const content: SlidesContent = {
        edited: true,
        outline: {
          title: input.title,
          slides: input.slides.map((s) => {
            const kept = s.source != null ? baseSlides[s.source] : undefined;
            return { title: s.title, bullets: s.bullets, citations: kept?.citations ?? [], verified: kept?.verified ?? true };
          }),
        },
      };
      return addArtifactVersion(tx, { ...scope, kind: "slides", engine: base.engine, model: base.model, content, createdById: ctx.user.id });
    });
    revalidatePath(`/w/${ctx.workspaceId}/d/${input.documentId}`);
    return { version: saved.version };
  } catch (e) {
    // Two saves at the same moment both computed the same next version number; the unique index refused one.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("CONFLICT", "Someone saved this deck at the same moment. Reload to see their version, then edit again.");
    }
    throw e;
  }
});

/** Queues a new version of the minutes or the slides; the worker writes it, the page polls for it. */
export const regenerate = workspaceAction("member", RegenerateSchema, async (ctx, { documentId, kind, engine, topicIndex }) => {
  const doc = await getDocument(ctx.workspaceId, documentId);
  if (!doc) throw new AppError("NOT_FOUND", "This document does not exist or is not in this workspace.");
  if (doc.status !== "ready") throw new AppError("CONFLICT", "This document is still being processed; regenerate it once it is ready.");
  // Refused here rather than in the worker, where the failure would only reach the log.
  if (engine === "llm") llmConfigFromEnv();
  await enqueueRegenerate({ workspaceId: ctx.workspaceId, documentId, kind, engine, userId: ctx.user.id, topicIndex });
  return { documentId, kind, engine, topicIndex };
});
