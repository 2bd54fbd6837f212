import "server-only";
import { z } from "zod";
import { db } from "./client";
import { AnalysisSchema, OutlineSchema, type Analysis } from "@/lib/engine/types";
import { TemplateResultSchema } from "@/lib/engine/templates/types";
import type { ArtifactKind, Prisma } from "@/lib/generated/prisma/client";

/** What a stored artifact holds; parsed on every read so a malformed row can never reach the UI unchecked. */
export const MinutesContentSchema = AnalysisSchema.pick({ lang: true, summary: true, topics: true, decisions: true, coverage: true, usage: true }).extend({
  /** The meeting type's template and its filled sections (lib/engine/templates); absent in minutes made before templates. */
  template: TemplateResultSchema.optional(),
});
export const SlidesContentSchema = z.object({ outline: OutlineSchema, edited: z.boolean().default(false) });

export type MinutesContent = z.infer<typeof MinutesContentSchema>;
export type SlidesContent = z.infer<typeof SlidesContentSchema>;

export interface StoredArtifact<T> {
  id: string;
  version: number;
  engine: string;
  model: string | null;
  createdAt: Date;
  content: T;
}

export function minutesFrom(a: Analysis): MinutesContent {
  return MinutesContentSchema.parse(a);
}

export function slidesFrom(a: Analysis): SlidesContent {
  return { outline: a.outline, edited: false };
}

const SCHEMAS = { minutes: MinutesContentSchema, slides: SlidesContentSchema } as const;

/** Adds the next version of an artifact inside the caller's transaction. */
export async function addArtifactVersion(
  tx: Prisma.TransactionClient,
  input: {
    workspaceId: string;
    documentId: string;
    kind: ArtifactKind;
    engine: string;
    model: string | null;
    content: MinutesContent | SlidesContent;
    createdById?: string | null;
  },
  /**
   * The version this one must follow, for edits of a version the user saw: the new row is exactly the
   * next one, so a save racing another fails on the unique index instead of landing after it.
   */
  after?: number,
) {
  const last =
    after ??
    (
      await tx.artifact.findFirst({
        where: { workspaceId: input.workspaceId, documentId: input.documentId, kind: input.kind },
        orderBy: { version: "desc" },
        select: { version: true },
      })
    )?.version ??
    0;
  return tx.artifact.create({
    data: { ...input, content: input.content as Prisma.InputJsonValue, version: last + 1, createdById: input.createdById ?? null },
    select: { id: true, version: true },
  });
}

/** The next version of an artifact in a transaction of its own (a regenerated deck or minutes). */
export async function saveArtifactVersion(input: Parameters<typeof addArtifactVersion>[1]) {
  return db().$transaction((tx) => addArtifactVersion(tx, input));
}

export async function listArtifactVersions(workspaceId: string, documentId: string, kind: ArtifactKind) {
  return db().artifact.findMany({
    where: { workspaceId, documentId, kind },
    select: { id: true, version: true, engine: true, model: true, createdAt: true },
    orderBy: { version: "desc" },
  });
}

/** The given version, or the latest; null when none exists. */
export async function getArtifact<K extends ArtifactKind>(
  workspaceId: string,
  documentId: string,
  kind: K,
  version?: number,
): Promise<StoredArtifact<z.infer<(typeof SCHEMAS)[K]>> | null> {
  const row = await db().artifact.findFirst({
    where: { workspaceId, documentId, kind, ...(version ? { version } : {}) },
    orderBy: { version: "desc" },
    select: { id: true, version: true, engine: true, model: true, createdAt: true, content: true },
  });
  if (!row) return null;
  const content = SCHEMAS[kind].parse(row.content) as z.infer<(typeof SCHEMAS)[K]>;
  return { ...row, content };
}
