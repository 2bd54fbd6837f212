import "server-only";
import { db } from "./client";
import { AppError } from "@/lib/errors";
import { RichDocSchema, type RichNode } from "@/lib/text/rich-doc";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Writings: documents people write in the workspace (the document assistant). Every save names the
 * revision it started from and succeeds only if that is still the current one, so an autosave never
 * overwrites someone else's newer save: it gets CONFLICT with who saved and the revision to reload.
 */

/** How often autosaves leave a version in the history (explicit saves and restores always do). */
export const VERSION_EVERY_MS = 5 * 60_000;
/** Under the 1 MB server-action body limit (next.config.js), with room for the rest of the save. */
export const WRITING_MAX_JSON_BYTES = 900 * 1024;
export const ACCEPTED_WORDS_MAX = 2000;

export interface WritingSummary {
  id: string;
  title: string;
  revision: number;
  updatedAt: Date;
  createdBy: string | null;
  updatedBy: string | null;
  template: string | null;
}

export interface WritingFull extends WritingSummary {
  content: RichNode;
  sourceDocumentId: string | null;
}

export interface WritingVersionRow {
  id: string;
  revision: number;
  title: string;
  createdAt: Date;
  createdBy: string | null;
}

const summarySelect = {
  id: true,
  title: true,
  revision: true,
  updatedAt: true,
  template: true,
  createdBy: { select: { name: true } },
  updatedBy: { select: { name: true } },
} as const;

type SummaryRow = Prisma.WritingGetPayload<{ select: typeof summarySelect }>;
const summary = (r: SummaryRow): WritingSummary => ({
  id: r.id,
  title: r.title,
  revision: r.revision,
  updatedAt: r.updatedAt,
  template: r.template,
  createdBy: r.createdBy?.name ?? null,
  updatedBy: r.updatedBy?.name ?? null,
});

const notFound = () => new AppError("NOT_FOUND", "This document does not exist in this workspace.");

/** Stored content is parsed on read: a malformed row never reaches the editor unchecked. */
function parseContent(raw: unknown): RichNode {
  const parsed = RichDocSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("INTERNAL", "This document's stored content could not be read.");
  return parsed.data;
}

export function checkContentSize(content: RichNode): Prisma.InputJsonValue {
  const json = JSON.stringify(content);
  if (Buffer.byteLength(json) > WRITING_MAX_JSON_BYTES) {
    throw new AppError("BODY_TOO_LARGE", `A document can be at most ${WRITING_MAX_JSON_BYTES / 1024} KB as stored; split it into several.`);
  }
  return content as unknown as Prisma.InputJsonValue;
}

export async function listWritings(workspaceId: string): Promise<WritingSummary[]> {
  const rows = await db().writing.findMany({ where: { workspaceId }, select: summarySelect, orderBy: { updatedAt: "desc" }, take: 500 });
  return rows.map(summary);
}

export async function getWriting(workspaceId: string, writingId: string): Promise<WritingFull | null> {
  const row = await db().writing.findFirst({ where: { workspaceId, id: writingId }, select: { ...summarySelect, content: true, sourceDocumentId: true } });
  if (!row) return null;
  return { ...summary(row), content: parseContent(row.content), sourceDocumentId: row.sourceDocumentId };
}

export interface NewWriting {
  title: string;
  content: RichNode;
  sourceDocumentId?: string | null;
  template?: string | null;
}

export async function createWriting(workspaceId: string, userId: string, input: NewWriting): Promise<WritingSummary> {
  const content = checkContentSize(input.content);
  return db().$transaction(async (tx) => {
    const row = await tx.writing.create({
      data: {
        workspaceId,
        title: input.title,
        content,
        createdById: userId,
        updatedById: userId,
        sourceDocumentId: input.sourceDocumentId ?? null,
        template: input.template ?? null,
      },
      select: summarySelect,
    });
    await tx.writingVersion.create({ data: { workspaceId, writingId: row.id, revision: row.revision, title: row.title, content, createdById: userId } });
    return summary(row);
  });
}

export interface SaveInput {
  baseRevision: number;
  title: string;
  content: RichNode;
  /** Keep this save in the version history whatever the time since the last one. */
  checkpoint?: boolean;
}

/** Saves on top of `baseRevision`; CONFLICT (with the current revision and who saved it) when it moved on. */
export async function saveWriting(workspaceId: string, writingId: string, userId: string, input: SaveInput): Promise<WritingSummary> {
  const content = checkContentSize(input.content);
  return db().$transaction(async (tx) => {
    const { count } = await tx.writing.updateMany({
      where: { workspaceId, id: writingId, revision: input.baseRevision },
      data: { title: input.title, content, revision: { increment: 1 }, updatedById: userId },
    });
    if (!count) {
      const current = await tx.writing.findFirst({ where: { workspaceId, id: writingId }, select: summarySelect });
      if (!current) throw notFound();
      throw new AppError(
        "CONFLICT",
        `${current.updatedBy?.name ?? "Someone"} saved this document since you opened it (revision ${current.revision}); your changes were not saved over theirs.`,
        {
          revision: current.revision,
          updatedBy: current.updatedBy?.name ?? null,
        },
      );
    }
    const row = await tx.writing.findFirstOrThrow({ where: { workspaceId, id: writingId }, select: summarySelect });
    const last = await tx.writingVersion.findFirst({ where: { workspaceId, writingId }, orderBy: { revision: "desc" }, select: { createdAt: true } });
    if (input.checkpoint || !last || Date.now() - last.createdAt.getTime() >= VERSION_EVERY_MS) {
      await tx.writingVersion.create({ data: { workspaceId, writingId, revision: row.revision, title: row.title, content, createdById: userId } });
    }
    return summary(row);
  });
}

export async function listWritingVersions(workspaceId: string, writingId: string): Promise<WritingVersionRow[]> {
  const rows = await db().writingVersion.findMany({
    where: { workspaceId, writingId },
    select: { id: true, revision: true, title: true, createdAt: true, createdBy: { select: { name: true } } },
    orderBy: { revision: "desc" },
    take: 200,
  });
  return rows.map((r) => ({ id: r.id, revision: r.revision, title: r.title, createdAt: r.createdAt, createdBy: r.createdBy?.name ?? null }));
}

export async function getWritingVersion(workspaceId: string, writingId: string, versionId: string): Promise<(WritingVersionRow & { content: RichNode }) | null> {
  const r = await db().writingVersion.findFirst({
    where: { workspaceId, writingId, id: versionId },
    select: { id: true, revision: true, title: true, createdAt: true, content: true, createdBy: { select: { name: true } } },
  });
  return r ? { id: r.id, revision: r.revision, title: r.title, createdAt: r.createdAt, createdBy: r.createdBy?.name ?? null, content: parseContent(r.content) } : null;
}

/**
 * Restores a version as a new revision (the history only grows): the current state is kept as a
 * version first, so restoring is itself undoable from the history.
 */
export async function restoreWritingVersion(workspaceId: string, writingId: string, versionId: string, userId: string, baseRevision: number): Promise<WritingSummary> {
  const version = await getWritingVersion(workspaceId, writingId, versionId);
  if (!version) throw new AppError("NOT_FOUND", "This version does not exist.");
  const current = await db().writing.findFirst({ where: { workspaceId, id: writingId }, select: { revision: true, title: true, content: true } });
  if (!current) throw notFound();
  const kept = await db().writingVersion.findFirst({ where: { workspaceId, writingId, revision: current.revision }, select: { id: true } });
  if (!kept && current.revision === baseRevision) {
    await db().writingVersion.create({
      data: { workspaceId, writingId, revision: current.revision, title: current.title, content: current.content as Prisma.InputJsonValue, createdById: userId },
    });
  }
  return saveWriting(workspaceId, writingId, userId, { baseRevision, title: version.title, content: version.content, checkpoint: true });
}

export async function renameWriting(workspaceId: string, writingId: string, title: string): Promise<{ id: string }> {
  const { count } = await db().writing.updateMany({ where: { workspaceId, id: writingId }, data: { title } });
  if (!count) throw notFound();
  return { id: writingId };
}

export async function deleteWriting(workspaceId: string, writingId: string): Promise<{ id: string }> {
  const { count } = await db().writing.deleteMany({ where: { workspaceId, id: writingId } });
  if (!count) throw notFound();
  return { id: writingId };
}

export async function listAcceptedWords(workspaceId: string): Promise<string[]> {
  const rows = await db().acceptedWord.findMany({ where: { workspaceId }, select: { word: true }, orderBy: { word: "asc" }, take: ACCEPTED_WORDS_MAX });
  return rows.map((r) => r.word);
}

/** Adds a word unless the list already holds it in any case (the speller accepts it case-insensitively). */
export async function addAcceptedWord(workspaceId: string, word: string): Promise<{ word: string; added: boolean }> {
  const existing = await db().acceptedWord.findFirst({ where: { workspaceId, word: { equals: word, mode: "insensitive" } }, select: { word: true } });
  if (existing) return { word: existing.word, added: false };
  const count = await db().acceptedWord.count({ where: { workspaceId } });
  if (count >= ACCEPTED_WORDS_MAX) throw new AppError("INVALID_INPUT", `A workspace accepts at most ${ACCEPTED_WORDS_MAX} words.`);
  await db().acceptedWord.upsert({ where: { workspaceId_word: { workspaceId, word } }, create: { workspaceId, word }, update: {} });
  return { word, added: true };
}

export async function removeAcceptedWord(workspaceId: string, word: string): Promise<{ word: string }> {
  const { count } = await db().acceptedWord.deleteMany({ where: { workspaceId, word } });
  if (!count) throw new AppError("NOT_FOUND", `“${word}” is not in this workspace's accepted words.`);
  return { word };
}
