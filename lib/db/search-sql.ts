import "server-only";
import { db } from "./client";
import { Prisma } from "@/lib/generated/prisma/client";

/** The pieces of library search's SQL (lib/db/search.ts): its terms, literal matching, scoping and word-index queries. */

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 100;

/** Whitespace-separated terms (ideographic space too), deduplicated case-insensitively. */
export function searchTerms(q: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of q.normalize("NFKC").split(/\s+/u)) {
    const t = raw.slice(0, MAX_TERM_LENGTH);
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
    if (out.length === MAX_TERMS) break;
  }
  return out;
}

/** A LIKE pattern that matches the term literally: `%`, `_` and the escape character itself are escaped. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * `col` contains `term` literally, in any case. A term without case (Chinese, digits, punctuation) uses
 * LIKE: the same matches, without ILIKE lowercasing every row first, which costs about twice as much.
 */
export function contains(col: Prisma.Sql, term: string): Prisma.Sql {
  const caseless = term.toLowerCase() === term && term.toUpperCase() === term && !/\p{M}/u.test(term);
  return Prisma.sql`${col} ${Prisma.raw(caseless ? "LIKE" : "ILIKE")} ${containsPattern(term)}`;
}

/** `AND <doc> is in the collection`, scoped by the workspace like every other condition. */
export function inCollection(workspaceId: string, collectionId: string, doc: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`AND EXISTS (SELECT 1 FROM "CollectionDocument" cd WHERE cd."workspaceId" = ${workspaceId} AND cd."collectionId" = ${collectionId} AND cd."documentId" = ${doc})`;
}

/**
 * A spelling's word-index query. `exact` when the spelling is one whole word (its only search word is
 * itself, lowercased: "budget", "Q3", "预算"): a line the query matches then contains it literally, since
 * the word is a prefix of one of the line's words (or its bigram), so the literal check is skipped.
 */
export interface WordQuery {
  q: string;
  exact: boolean;
  /**
   * The whole word alone (`'budget'`, no prefix) for an exact spelling the index matches by prefix. GIN
   * collects a prefix match from every word it starts (budget, budgets, budgeting…) into a bitmap first,
   * 3–4× the cost of one word's posting list (48 against 13 ms for a word in 70,000 lines); see searchLines.
   */
  whole: string | null;
}

/** The word-index query of each spelling (null when it has no indexable word), built by the same SQL functions as the index. */
export async function wordQueries(spellings: string[]): Promise<(WordQuery | null)[]> {
  const rows = await db().$queryRaw<{ q: string | null; exact: boolean }[]>`
    SELECT jiyao_search_query(u.t)::text AS q, tsvector_to_array(jiyao_search_words(u.t)) = ARRAY[lower(u.t)] AS exact
    FROM unnest(${spellings}::text[]) WITH ORDINALITY AS u(t, n) ORDER BY u.n`;
  return rows.map((r) => (r.q ? { q: r.q, exact: r.exact, whole: r.exact && r.q.endsWith(":*") ? r.q.slice(0, -2) : null } : null));
}
