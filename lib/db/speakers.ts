import "server-only";
import { z } from "zod";
import { db } from "./client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EMPTY_SPEAKER_MAP, linkSpeaker, renameSpeaker, shownName, speakerGroups, type SpeakerGroup, type SpeakerMapData } from "@/lib/text/speaker-map";

export type { SpeakerGroup, SpeakerMapData };

const MapSchema = z.object({
  names: z.record(z.string(), z.string()).default({}),
  past: z.record(z.string(), z.array(z.string())).default({}),
  links: z.record(z.string(), z.string()).default({}),
});

export interface CurrentSpeakerMap {
  /** 0 when nobody has changed the speakers. */
  version: number;
  map: SpeakerMapData;
  /** When the change that undo would revert was made. */
  changedAt: Date | null;
}

const NONE: CurrentSpeakerMap = { version: 0, map: EMPTY_SPEAKER_MAP, changedAt: null };

/** The speaker map in force: the newest version not undone. */
export async function currentSpeakerMap(workspaceId: string, documentId: string): Promise<CurrentSpeakerMap> {
  const row = await db().speakerMap.findFirst({
    where: { workspaceId, documentId, undoneAt: null },
    orderBy: { version: "desc" },
    select: { version: true, map: true, createdAt: true },
  });
  return row ? { version: row.version, map: MapSchema.parse(row.map), changedAt: row.createdAt } : NONE;
}

/** The maps in force for several documents at once (lists across meetings: to-dos, search, mentions). */
export async function speakerMapsFor(workspaceId: string, documentIds: string[]): Promise<Map<string, SpeakerMapData>> {
  if (!documentIds.length) return new Map();
  const rows = await db().speakerMap.findMany({
    where: { workspaceId, documentId: { in: [...new Set(documentIds)] }, undoneAt: null },
    orderBy: [{ documentId: "asc" }, { version: "desc" }],
    distinct: ["documentId"],
    select: { documentId: true, map: true },
  });
  return new Map(rows.map((r) => [r.documentId, MapSchema.parse(r.map)]));
}

/** Every meeting's map in force, by document (the workspace's speaker changes are few). */
export async function allSpeakerMaps(workspaceId: string): Promise<Map<string, SpeakerMapData>> {
  const rows = await db().$queryRaw<{ documentId: string; map: unknown }[]>`
    SELECT DISTINCT ON (m."documentId") m."documentId", m."map"
    FROM "SpeakerMap" m
    WHERE m."workspaceId" = ${workspaceId} AND m."undoneAt" IS NULL
    ORDER BY m."documentId", m."version" DESC`;
  return new Map(rows.map((r) => [r.documentId, MapSchema.parse(r.map)]));
}

/** Every map in the workspace that links a speaker to this user, for "mine" and "was I mentioned?". */
export async function namesLinkedTo(workspaceId: string, userId: string): Promise<{ documentId: string; names: string[] }[]> {
  const rows = await db().$queryRaw<{ documentId: string; map: unknown }[]>`
    SELECT DISTINCT ON (m."documentId") m."documentId", m."map"
    FROM "SpeakerMap" m
    WHERE m."workspaceId" = ${workspaceId} AND m."undoneAt" IS NULL
    ORDER BY m."documentId", m."version" DESC`;
  const out: { documentId: string; names: string[] }[] = [];
  for (const r of rows) {
    const map = MapSchema.parse(r.map);
    const names = Object.entries(map.links)
      .filter(([, id]) => id === userId)
      .map(([name]) => name);
    if (!names.length) continue;
    // The recorded labels shown under those names count as the same person.
    const labels = Object.entries(map.names)
      .filter(([, n]) => names.includes(n))
      .map(([label]) => label);
    out.push({ documentId: r.documentId, names: [...new Set([...names, ...labels])] });
  }
  return out;
}

async function recordedLabels(workspaceId: string, documentId: string): Promise<string[]> {
  const doc = await db().document.findFirst({ where: { workspaceId, id: documentId }, select: { speakers: true } });
  if (!doc) throw new AppError("NOT_FOUND", "This document does not exist in this workspace.");
  if (doc.speakers.length) return doc.speakers;
  const rows = await db().segment.findMany({
    where: { workspaceId, documentId, speaker: { not: null } },
    distinct: ["speaker"],
    select: { speaker: true },
    orderBy: { index: "asc" },
  });
  return rows.map((r) => r.speaker!);
}

export async function listSpeakers(workspaceId: string, documentId: string): Promise<{ groups: SpeakerGroup[]; version: number; canUndo: boolean }> {
  const [labels, current] = await Promise.all([recordedLabels(workspaceId, documentId), currentSpeakerMap(workspaceId, documentId)]);
  return { groups: speakerGroups(current.map, labels), version: current.version, canUndo: current.version > 0 };
}

/**
 * Adds the next version. `baseVersion` is the version the person saw: a change made meanwhile by
 * someone else fails with CONFLICT instead of being silently overwritten.
 */
async function saveNext(workspaceId: string, documentId: string, baseVersion: number, next: (map: SpeakerMapData, labels: string[]) => SpeakerMapData, userId: string | null) {
  const labels = await recordedLabels(workspaceId, documentId);
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Document" WHERE "workspaceId" = ${workspaceId} AND "id" = ${documentId} FOR UPDATE`;
    const cur = await tx.speakerMap.findFirst({ where: { workspaceId, documentId, undoneAt: null }, orderBy: { version: "desc" }, select: { version: true, map: true } });
    if ((cur?.version ?? 0) !== baseVersion) throw new AppError("CONFLICT", "Someone changed the speakers meanwhile; reload the page and try again.");
    const last = await tx.speakerMap.findFirst({ where: { workspaceId, documentId }, orderBy: { version: "desc" }, select: { version: true } });
    const map = next(cur ? MapSchema.parse(cur.map) : EMPTY_SPEAKER_MAP, labels);
    await tx.speakerMap.create({ data: { workspaceId, documentId, version: (last?.version ?? 0) + 1, map: map as unknown as Prisma.InputJsonValue, createdById: userId } });
    return { groups: speakerGroups(map, labels) };
  });
}

function requireSpeaker(map: SpeakerMapData, labels: string[], name: string) {
  if (!labels.some((l) => shownName(map, l) === name)) throw new AppError("NOT_FOUND", `“${name}” is not a speaker of this meeting.`);
}

/** Rename a speaker; to a name another speaker already has, the two become one (a merge). */
export async function renameDocumentSpeaker(workspaceId: string, documentId: string, baseVersion: number, from: string, to: string, userId: string | null) {
  if (from === to) throw new AppError("INVALID_INPUT", "to: the new name is the same as the old one.");
  return saveNext(
    workspaceId,
    documentId,
    baseVersion,
    (map, labels) => {
      requireSpeaker(map, labels, from);
      return renameSpeaker(map, labels, from, to);
    },
    userId,
  );
}

/** Merge `from` into `into`, which must be another speaker of the meeting. */
export async function mergeDocumentSpeakers(workspaceId: string, documentId: string, baseVersion: number, from: string, into: string, userId: string | null) {
  if (from === into) throw new AppError("INVALID_INPUT", "into: choose a different speaker to merge into.");
  return saveNext(
    workspaceId,
    documentId,
    baseVersion,
    (map, labels) => {
      requireSpeaker(map, labels, from);
      requireSpeaker(map, labels, into);
      return renameSpeaker(map, labels, from, into);
    },
    userId,
  );
}

/** Link a speaker to a workspace member (or unlink with null). */
export async function linkDocumentSpeaker(workspaceId: string, documentId: string, baseVersion: number, name: string, memberUserId: string | null, userId: string | null) {
  if (memberUserId) {
    const member = await db().member.findUnique({ where: { workspaceId_userId: { workspaceId, userId: memberUserId } }, select: { id: true } });
    if (!member) throw new AppError("INVALID_INPUT", "userId: a speaker can only be linked to a member of this workspace.");
  }
  return saveNext(
    workspaceId,
    documentId,
    baseVersion,
    (map, labels) => {
      requireSpeaker(map, labels, name);
      return linkSpeaker(map, name, memberUserId);
    },
    userId,
  );
}

/** Undo the latest change in force: it is marked undone (kept), and the one before it applies again. */
export async function undoSpeakerChange(workspaceId: string, documentId: string, baseVersion: number): Promise<{ version: number }> {
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Document" WHERE "workspaceId" = ${workspaceId} AND "id" = ${documentId} FOR UPDATE`;
    const cur = await tx.speakerMap.findFirst({ where: { workspaceId, documentId, undoneAt: null }, orderBy: { version: "desc" }, select: { id: true, version: true } });
    if (!cur) throw new AppError("NOT_FOUND", "There is no speaker change to undo.");
    if (cur.version !== baseVersion) throw new AppError("CONFLICT", "Someone changed the speakers meanwhile; reload the page and try again.");
    await tx.speakerMap.update({ where: { id: cur.id }, data: { undoneAt: new Date() } });
    const prev = await tx.speakerMap.findFirst({ where: { workspaceId, documentId, undoneAt: null }, orderBy: { version: "desc" }, select: { version: true } });
    return { version: prev?.version ?? 0 };
  });
}
