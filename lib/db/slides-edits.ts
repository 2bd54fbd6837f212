import "server-only";
import { db } from "./client";
import { addArtifactVersion, SlidesContentSchema, type SlidesContent } from "./artifacts";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

export interface SlidesEdit {
  baseVersion: number;
  title: string;
  /** `source`: the index of the base version's slide this one was edited from; absent for a new slide. */
  slides: { title: string; bullets: string[]; source?: number | null }[];
}

/**
 * Stores an edited deck as a new "slides" version; earlier versions stay as they were. A slide kept
 * from the base version keeps that slide's citations (read from the stored version, never from the
 * client); a slide added while editing has none.
 */
export async function saveEditedSlides(scope: { workspaceId: string; documentId: string }, edit: SlidesEdit, userId: string): Promise<{ version: number }> {
  try {
    return await db().$transaction(async (tx) => {
      const base = await tx.artifact.findFirst({
        where: { workspaceId: scope.workspaceId, documentId: scope.documentId, kind: "slides", version: edit.baseVersion },
        select: { engine: true, model: true, content: true },
      });
      if (!base) throw new AppError("NOT_FOUND", "This slide deck does not exist or is not in this workspace.");
      const baseSlides = SlidesContentSchema.parse(base.content).outline.slides;
      const content: SlidesContent = {
        edited: true,
        outline: {
          title: edit.title,
          slides: edit.slides.map((s) => {
            const kept = s.source != null ? baseSlides[s.source] : undefined;
            return { title: s.title, bullets: s.bullets, citations: kept?.citations ?? [], verified: kept?.verified ?? true };
          }),
        },
      };
      const saved = await addArtifactVersion(tx, { ...scope, kind: "slides", engine: base.engine, model: base.model, content, createdById: userId });
      return { version: saved.version };
    });
  } catch (e) {
    // Two saves at the same moment both computed the same next version number; the unique index refused one.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("CONFLICT", "Someone saved this deck at the same moment. Reload to see their version, then edit again.");
    }
    throw e;
  }
}
