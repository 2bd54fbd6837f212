import "server-only";
import { db } from "./client";
import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern, inCollection } from "./search-sql";

export interface LibraryPassage {
  documentId: string;
  index: number;
  speaker: string | null;
  startMs: number | null;
  page: number | null;
  text: string;
  title: string;
}

/**
 * Lines of one workspace's documents containing any of `terms` (case-insensitive substrings), at most
 * `limit`; with a collection or a list of documents, only lines of those (filtered in the query, before the limit).
 * In a fixed order (documents oldest first, lines as they stand): without one, Postgres returns them as the plan
 * happens to read them, so which lines a long library sends and how its sources are numbered changed run to run.
 */
export async function libraryPassages(
  workspaceId: string,
  terms: string[],
  limit: number,
  only: { collectionId?: string; documentIds?: string[] } = {},
): Promise<LibraryPassage[]> {
  if (!terms.length || only.documentIds?.length === 0) return [];
  const inCol = only.collectionId ? inCollection(workspaceId, only.collectionId, Prisma.sql`s."documentId"`) : Prisma.empty;
  const inIds = only.documentIds ? Prisma.sql`AND s."documentId" = ANY(${only.documentIds}::text[])` : Prisma.empty;
  const scope = Prisma.sql`${inCol} ${inIds}`;
  return db().$queryRaw<LibraryPassage[]>`
    SELECT s."documentId", s."index", s.speaker, s."startMs", s.page, s.text, d.title
    FROM "Segment" s JOIN "Document" d ON d.id = s."documentId" AND d."workspaceId" = ${workspaceId}
    WHERE s."workspaceId" = ${workspaceId} AND s.text ILIKE ANY(${terms.map(containsPattern)}::text[]) ${scope}
    ORDER BY d."createdAt", s."documentId", s."index"
    LIMIT ${limit}`;
}
