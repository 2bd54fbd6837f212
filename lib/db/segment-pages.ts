import "server-only";
import { db } from "./client";

/**
 * Bulk writes of a parsed document's segments and chunks, one page per statement and no long
 * transaction around them: a 50 MB transcript is ~500,000 rows, far past what fits in one
 * interactive transaction (Prisma's 5 s limit, P2028). Each page is one INSERT … SELECT from a JSON
 * parameter (a few parameters whatever the page size, unlike createMany's nine per row), fenced by the
 * document's runId: the statement takes a share lock on the document row and inserts nothing when
 * another run has claimed it since, so a run that lost its claim can never mix its rows into the new run's.
 */

export interface SegmentRow {
  index: number;
  speaker?: string | null;
  startMs?: number | null;
  endMs?: number | null;
  page?: number | null;
  headingPath?: string[];
  confidence?: number | null;
  text: string;
}

export interface ChunkRow {
  index: number;
  segmentStart: number;
  segmentEnd: number;
  tokenCount: number;
  text: string;
}

export interface Fence {
  documentId: string;
  workspaceId: string;
  runId: string;
}

/** Postgres text cannot hold NUL; a parser that let one through must not fail the whole document. */
const noNul = (s: string) => (s.includes("\u0000") ? s.replaceAll("\u0000", "") : s);

/** Rows per statement, and a byte budget so pages of long lines stay a few MB of JSON. */
const PAGE_ROWS = 5000;
const PAGE_BYTES = 4 * 1024 * 1024;

export function* pages<T extends { text: string }>(rows: readonly T[]): Generator<T[]> {
  let page: T[] = [];
  let bytes = 0;
  for (const r of rows) {
    page.push(r);
    bytes += r.text.length * 3 + 100;
    if (page.length >= PAGE_ROWS || bytes >= PAGE_BYTES) {
      yield page;
      page = [];
      bytes = 0;
    }
  }
  if (page.length) yield page;
}

/** Removes what an earlier, interrupted run left (one fenced statement per table). False when this run no longer owns the document. */
export async function clearParsedRows(f: Fence): Promise<boolean> {
  const owned = await db().$queryRaw<{ id: string }[]>`
    SELECT id FROM "Document" WHERE id = ${f.documentId} AND "workspaceId" = ${f.workspaceId} AND "runId" = ${f.runId}`;
  if (!owned.length) return false;
  await db().$executeRaw`
    DELETE FROM "Chunk" WHERE "workspaceId" = ${f.workspaceId} AND "documentId" = ${f.documentId}
      AND EXISTS (SELECT 1 FROM "Document" WHERE id = ${f.documentId} AND "runId" = ${f.runId} FOR SHARE)`;
  await db().$executeRaw`
    DELETE FROM "Segment" WHERE "workspaceId" = ${f.workspaceId} AND "documentId" = ${f.documentId}
      AND EXISTS (SELECT 1 FROM "Document" WHERE id = ${f.documentId} AND "runId" = ${f.runId} FOR SHARE)`;
  return true;
}

/** One page of segments; false when the fence failed (nothing was written). */
export async function insertSegmentPage(f: Fence, rows: readonly SegmentRow[]): Promise<boolean> {
  if (!rows.length) return true;
  const json = JSON.stringify(
    rows.map((s) => ({
      i: s.index,
      s: s.speaker != null ? noNul(s.speaker) : null,
      a: s.startMs ?? null,
      b: s.endMs ?? null,
      p: s.page ?? null,
      h: (s.headingPath ?? []).map(noNul),
      c: s.confidence ?? null,
      t: noNul(s.text),
    })),
  );
  const n = await db().$executeRaw`
    WITH owner AS (SELECT id FROM "Document" WHERE id = ${f.documentId} AND "workspaceId" = ${f.workspaceId} AND "runId" = ${f.runId} FOR SHARE)
    INSERT INTO "Segment" ("id", "documentId", "workspaceId", "index", "speaker", "startMs", "endMs", "page", "headingPath", "confidence", "text")
    SELECT gen_random_uuid()::text, owner.id, ${f.workspaceId}, r.i, r.s, r.a, r.b, r.p, COALESCE(r.h, '{}'), r.c, r.t
    FROM owner, json_to_recordset(${json}::json) AS r(i int, s text, a int, b int, p int, h text[], c double precision, t text)`;
  return n > 0;
}

/** One page of chunks; false when the fence failed. */
export async function insertChunkPage(f: Fence, rows: readonly ChunkRow[]): Promise<boolean> {
  if (!rows.length) return true;
  const json = JSON.stringify(rows.map((c) => ({ i: c.index, a: c.segmentStart, b: c.segmentEnd, n: c.tokenCount, t: noNul(c.text) })));
  const n = await db().$executeRaw`
    WITH owner AS (SELECT id FROM "Document" WHERE id = ${f.documentId} AND "workspaceId" = ${f.workspaceId} AND "runId" = ${f.runId} FOR SHARE)
    INSERT INTO "Chunk" ("id", "documentId", "workspaceId", "index", "segmentStart", "segmentEnd", "tokenCount", "text")
    SELECT gen_random_uuid()::text, owner.id, ${f.workspaceId}, r.i, r.a, r.b, r.n, r.t
    FROM owner, json_to_recordset(${json}::json) AS r(i int, a int, b int, n int, t text)`;
  return n > 0;
}
