import "server-only";
import { randomUUID } from "node:crypto";
import pg from "pg";

/**
 * Original file bytes go to and from Postgres over plain `pg`, in binary, not through Prisma: Prisma
 * carries Bytes as base64 inside its JSON protocol, so a 40 MB upload became several whole copies
 * and its insert took 7–15 s, past the 5 s interactive-transaction limit (P2028); over pg the insert
 * sends the Buffer as a binary parameter (1.3–2 s). A small pool of its own, created on first use like the Prisma one.
 */
const globalForPool = globalThis as unknown as { jiyaoBytesPool?: pg.Pool };

function pool(): pg.Pool {
  if (!globalForPool.jiyaoBytesPool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set (start the app with `npm run dev` or `npm start`).");
    const p = new pg.Pool({ connectionString, max: 3, application_name: "jiyao-originals" });
    // An idle connection dropped by a Postgres restart must not crash the process; the pool replaces it.
    p.on("error", (e) => console.error(`[db] originals pool: ${e.message}`));
    globalForPool.jiyaoBytesPool = p;
  }
  return globalForPool.jiyaoBytesPool;
}

export async function closeOriginalsPool(): Promise<void> {
  await globalForPool.jiyaoBytesPool?.end();
  globalForPool.jiyaoBytesPool = undefined;
}

export interface NewDocumentRow {
  workspaceId: string;
  uploadedById: string;
  fileName: string;
  mimeType: string;
  sha256: string;
  title: string;
  bytes: Uint8Array;
}

/** The document row and its original in one transaction; throws pg's 23505 on a duplicate sha256. */
export async function insertDocumentWithOriginal(row: NewDocumentRow): Promise<string> {
  const id = randomUUID();
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Document" ("id", "workspaceId", "uploadedById", "fileName", "mimeType", "sizeBytes", "sha256", "title", "speakers", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '{}', CURRENT_TIMESTAMP)`,
      [id, row.workspaceId, row.uploadedById, row.fileName, row.mimeType, row.bytes.byteLength, row.sha256, row.title],
    );
    const bytes = Buffer.isBuffer(row.bytes) ? row.bytes : Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
    await client.query(`INSERT INTO "DocumentOriginal" ("documentId", "workspaceId", "bytes") VALUES ($1, $2, $3)`, [id, row.workspaceId, bytes]);
    await client.query("COMMIT");
    return id;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "23505";
}

/** The stored bytes (pg decodes bytea's hex text straight into a Buffer), or null. */
export async function readOriginalBytes(workspaceId: string, documentId: string): Promise<Buffer | null> {
  const config = { text: `SELECT "bytes" FROM "DocumentOriginal" WHERE "workspaceId" = $1 AND "documentId" = $2`, values: [workspaceId, documentId] };
  const res = await pool().query<{ bytes: Buffer }>(config);
  return res.rows[0]?.bytes ?? null;
}

/**
 * `length` bytes of the stored original from `start` (0-based), for HTTP Range requests: a player
 * seeking in a recording reads only the part it needs. Postgres slices a bytea without reading the
 * rest when it is stored uncompressed, which recordings are (they do not compress).
 */
export async function readOriginalRange(workspaceId: string, documentId: string, start: number, length: number): Promise<Buffer | null> {
  const res = await pool().query<{ bytes: Buffer }>({
    text: `SELECT substring("bytes" from $3::int for $4::int) AS "bytes" FROM "DocumentOriginal" WHERE "workspaceId" = $1 AND "documentId" = $2`,
    values: [workspaceId, documentId, start + 1, length],
  });
  return res.rows[0]?.bytes ?? null;
}
