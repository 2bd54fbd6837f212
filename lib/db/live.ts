import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "./client";
import { INITIAL_STATUS } from "./document-status";
import { MinutesContentSchema } from "./artifacts";
import type { ChunkRow } from "./segment-pages";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Live meetings: a Document in status `live` whose segments arrive in batches while it runs. Every
 * write takes the LiveMeeting row's lock first (SELECT … FOR UPDATE), so batches, retries of a batch
 * and the end of the meeting are applied one at a time: indexes stay dense and increasing, a retried
 * batch finds its own lines, and no line lands after the meeting ended.
 */

export interface LiveLine {
  speaker: string | null;
  text: string;
  startMs: number;
  endMs: number | null;
}

export interface StoredLine extends LiveLine {
  index: number;
}

/** Rolling minutes (滚动纪要): the minutes of the lines so far, with their to-dos. */
export const RollingSchema = z.object({
  minutes: MinutesContentSchema,
  todos: z.array(z.object({ text: z.string(), owner: z.string().nullable(), dueText: z.string().nullable(), citations: z.array(z.number().int()) })),
  engine: z.string(),
});
export type Rolling = z.infer<typeof RollingSchema>;

/** 32 random bytes (256 bits), base64url: what a captioning bot or script sends as `Authorization: Bearer …`. */
export function newIngestKey(): { key: string; hash: string } {
  const key = `jyl_${randomBytes(32).toString("base64url")}`;
  return { key, hash: hashIngestKey(key) };
}

export function hashIngestKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export async function createLiveDocument(input: { workspaceId: string; userId: string; title: string; lang: "zh" | "en"; keyHash: string }): Promise<{ id: string }> {
  // No uploaded bytes: a random value keeps the per-workspace duplicate check (workspaceId, sha256) out of the way.
  const sha256 = `live-${randomUUID()}`;
  return db().document.create({
    data: {
      workspaceId: input.workspaceId,
      uploadedById: input.userId,
      fileName: `${input.title}.vtt`,
      mimeType: "text/vtt",
      sizeBytes: 0,
      sha256,
      title: input.title,
      kind: "meeting",
      lang: input.lang,
      status: INITIAL_STATUS.live,
      step: null,
      progress: 0,
      live: { create: { workspaceId: input.workspaceId, createdById: input.userId, keyHash: input.keyHash } },
    },
    select: { id: true },
  });
}

/** True when `keyHash` is this meeting's ingest key and it has not been revoked. */
export async function liveKeyMatches(workspaceId: string, documentId: string, keyHash: string): Promise<boolean> {
  const row = await db().liveMeeting.findFirst({ where: { workspaceId, documentId, keyHash, keyRevokedAt: null }, select: { documentId: true } });
  return row !== null;
}

export interface LiveState {
  status: string;
  lastPostAt: Date | null;
  endedAt: Date | null;
  rolling: Rolling | null;
  rollingAt: Date | null;
  rollingUpTo: number;
  segmentCount: number;
}

export async function getLiveState(workspaceId: string, documentId: string): Promise<LiveState | null> {
  const row = await db().liveMeeting.findFirst({
    where: { workspaceId, documentId },
    select: { lastPostAt: true, endedAt: true, rolling: true, rollingAt: true, rollingUpTo: true, document: { select: { status: true, _count: { select: { segments: true } } } } },
  });
  if (!row) return null;
  const rolling = row.rolling ? RollingSchema.safeParse(row.rolling) : null;
  return {
    status: row.document.status,
    lastPostAt: row.lastPostAt,
    endedAt: row.endedAt,
    rolling: rolling?.success ? rolling.data : null,
    rollingAt: row.rollingAt,
    rollingUpTo: row.rollingUpTo,
    segmentCount: row.document._count.segments,
  };
}

type Tx = Prisma.TransactionClient;

/** Locks the meeting row; NOT_FOUND when it is not a live meeting of this workspace, CONFLICT once it ended. */
async function lockLive(tx: Tx, workspaceId: string, documentId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT d.status::text AS status FROM "LiveMeeting" l JOIN "Document" d ON d.id = l."documentId"
    WHERE l."documentId" = ${documentId} AND l."workspaceId" = ${workspaceId} AND d."workspaceId" = ${workspaceId}
    FOR UPDATE OF l`;
  if (!rows.length) throw new AppError("NOT_FOUND", "This live meeting does not exist in this workspace.");
  if (rows[0].status !== "live") throw new AppError("CONFLICT", "This meeting has ended; it takes no more lines.");
}

const lineKey = (l: { startMs: number | null; speaker: string | null; text: string }) => `${l.startMs}\u0000${l.speaker ?? ""}\u0000${l.text}`;

/** Re-chunks the meeting's tail: given the segments from the last chunk's start on, the chunks that replace it. */
export type Rechunk = (tail: StoredLine[], firstChunkIndex: number) => ChunkRow[];

export interface AppendResult {
  appended: StoredLine[];
  duplicates: number;
}

/**
 * Appends a batch. A line already stored (same start, speaker and text, e.g. a batch sent again after
 * a timeout) is skipped, so retries are harmless. New lines get the next indexes; the last chunk is
 * rebuilt with the new lines so search and Ask see them at once.
 */
export async function appendLiveLines(workspaceId: string, documentId: string, lines: LiveLine[], rechunk: Rechunk): Promise<AppendResult> {
  return db().$transaction(
    async (tx) => {
      await lockLive(tx, workspaceId, documentId);
      const starts = lines.map((l) => l.startMs);
      const existing = await tx.segment.findMany({
        where: { workspaceId, documentId, startMs: { gte: Math.min(...starts), lte: Math.max(...starts) } },
        select: { startMs: true, speaker: true, text: true },
      });
      const seen = new Set(existing.map(lineKey));
      const fresh: LiveLine[] = [];
      for (const l of lines) {
        const k = lineKey(l);
        if (seen.has(k)) continue;
        seen.add(k);
        fresh.push(l);
      }
      if (!fresh.length) return { appended: [], duplicates: lines.length };
      const last = await tx.segment.findFirst({ where: { workspaceId, documentId }, orderBy: { index: "desc" }, select: { index: true } });
      const next = (last?.index ?? -1) + 1;
      const appended: StoredLine[] = fresh.map((l, i) => ({ ...l, index: next + i }));
      await tx.segment.createMany({
        data: appended.map((s) => ({ workspaceId, documentId, index: s.index, speaker: s.speaker, startMs: s.startMs, endMs: s.endMs, text: s.text, headingPath: [] })),
      });

      const lastChunk = await tx.chunk.findFirst({ where: { workspaceId, documentId }, orderBy: { index: "desc" }, select: { index: true, segmentStart: true } });
      const tailStart = lastChunk?.segmentStart ?? 0;
      const tail = await tx.segment.findMany({
        where: { workspaceId, documentId, index: { gte: tailStart } },
        orderBy: { index: "asc" },
        select: { index: true, speaker: true, startMs: true, endMs: true, text: true },
      });
      const firstChunk = lastChunk?.index ?? 0;
      const chunks = rechunk(
        tail.map((s) => ({ ...s, startMs: s.startMs ?? 0 })),
        firstChunk,
      );
      await tx.chunk.deleteMany({ where: { workspaceId, documentId, index: { gte: firstChunk } } });
      await tx.chunk.createMany({ data: chunks.map((c) => ({ workspaceId, documentId, ...c })) });

      const speakers = [...new Set(appended.map((s) => s.speaker).filter((s): s is string => !!s))];
      if (speakers.length) {
        await tx.$executeRaw`
          UPDATE "Document" SET speakers = ARRAY(SELECT DISTINCT unnest(speakers || ${speakers}::text[]) ORDER BY 1), "updatedAt" = now()
          WHERE id = ${documentId} AND "workspaceId" = ${workspaceId}`;
      }
      await tx.liveMeeting.updateMany({ where: { workspaceId, documentId }, data: { lastPostAt: new Date() } });
      return { appended, duplicates: lines.length - fresh.length };
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
}

export async function listLinesAfter(workspaceId: string, documentId: string, afterIndex: number, take = 500): Promise<StoredLine[]> {
  const rows = await db().segment.findMany({
    where: { workspaceId, documentId, index: { gt: afterIndex } },
    orderBy: { index: "asc" },
    take,
    select: { index: true, speaker: true, startMs: true, endMs: true, text: true },
  });
  return rows.map((r) => ({ ...r, startMs: r.startMs ?? 0 }));
}

/** The newest lines (at most `take`), oldest first: what recency questions read instead of the whole meeting. */
export async function listNewestLines(workspaceId: string, documentId: string, take: number): Promise<StoredLine[]> {
  const rows = await db().segment.findMany({
    where: { workspaceId, documentId },
    orderBy: { index: "desc" },
    take,
    select: { index: true, speaker: true, startMs: true, endMs: true, text: true },
  });
  return rows.reverse().map((r) => ({ ...r, startMs: r.startMs ?? 0 }));
}

/**
 * live → parsed under the meeting's lock: the key is revoked, the chunks are rebuilt in full (the
 * incremental ones were cut batch by batch) and the document enters the upload pipeline at
 * `parsed`. A second end finds it no longer live (CONFLICT), so the analysis is claimed once.
 */
export async function finishLive(
  workspaceId: string,
  documentId: string,
  rechunkAll: (all: StoredLine[]) => ChunkRow[],
  /** The transcript as a file, kept as the document's original: downloadable, and what Retry re-reads. */
  original: (all: StoredLine[]) => Uint8Array<ArrayBuffer>,
): Promise<void> {
  await db().$transaction(
    async (tx) => {
      await lockLive(tx, workspaceId, documentId);
      const all = await tx.segment.findMany({
        where: { workspaceId, documentId },
        orderBy: { index: "asc" },
        select: { index: true, speaker: true, startMs: true, endMs: true, text: true },
      });
      if (!all.length) throw new AppError("CONFLICT", "Nothing was said in this meeting yet; there is nothing to analyze.");
      const chunks = rechunkAll(all.map((s) => ({ ...s, startMs: s.startMs ?? 0 })));
      await tx.chunk.deleteMany({ where: { workspaceId, documentId } });
      await tx.chunk.createMany({ data: chunks.map((c) => ({ workspaceId, documentId, ...c })) });
      const bytes = original(all.map((s) => ({ ...s, startMs: s.startMs ?? 0 })));
      await tx.documentOriginal.upsert({ where: { documentId }, create: { documentId, workspaceId, bytes }, update: { bytes } });
      await tx.document.updateMany({ where: { workspaceId, id: documentId }, data: { sizeBytes: bytes.byteLength } });
      const now = new Date();
      await tx.liveMeeting.updateMany({ where: { workspaceId, documentId }, data: { endedAt: now, keyRevokedAt: now } });
      const moved = await tx.document.updateMany({
        where: { workspaceId, id: documentId, status: "live" },
        data: { status: "parsed", step: "analyze", progress: 50, lockedAt: null },
      });
      if (moved.count !== 1) throw new AppError("CONFLICT", "This meeting has already ended.");
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

/** Stores rolling minutes unless newer ones (covering more lines) were stored meanwhile. */
export async function saveRolling(workspaceId: string, documentId: string, rolling: Rolling, upTo: number): Promise<boolean> {
  const { count } = await db().liveMeeting.updateMany({
    where: { workspaceId, documentId, rollingUpTo: { lte: upTo } },
    data: { rolling: rolling as unknown as Prisma.InputJsonValue, rollingAt: new Date(), rollingUpTo: upTo },
  });
  return count === 1;
}
