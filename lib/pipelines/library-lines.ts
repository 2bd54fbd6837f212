import "server-only";
import { libraryPassages, type LibraryPassage } from "@/lib/db/library-passages";
import { segmentWords } from "@/lib/text/segment";
import { stem } from "@/lib/text/stem";
import { isStopword } from "@/lib/text/stopwords";
import { hasHan } from "@/lib/text/cjk";

/**
 * The library's line retrieval, shared by questions across the library (ask-library.ts) and decks
 * about a topic (topic-deck.ts): a SQL prefilter on the query's words, scoped to the workspace (and a
 * collection or chosen documents) in the query, then a ranking by how many query words a line holds.
 */

/** Surface patterns for the SQL prefilter: stemmed English words as prefixes, Chinese words (or bigrams). */
export function queryPatterns(question: string): string[] {
  const out = new Set<string>();
  for (const raw of segmentWords(question)) {
    const w = raw.toLowerCase();
    if (isStopword(w)) continue;
    if (hasHan(w)) {
      if (w.length >= 2) out.add(w);
      else continue;
    } else if (w.length >= 3) out.add(stem(w));
  }
  if (out.size === 0) {
    const run = question.replace(/[^\p{sc=Han}]/gu, "");
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return [...out].slice(0, 12);
}

/** The `max` lines holding the most distinct query terms, best first (ties keep the query's order). */
export function rankLines<T extends { text: string }>(rows: T[], terms: string[], max: number): T[] {
  return rows
    .map((r) => ({ r, score: terms.filter((t) => r.text.toLowerCase().includes(t)).length }))
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map((x) => x.r);
}

const MAX_CANDIDATES = 600;

/** Lines of the workspace's documents (or a collection's, or the chosen ones) about `query`, best first. */
export async function libraryLines(workspaceId: string, query: string, opts: { max: number; collectionId?: string; documentIds?: string[] }): Promise<LibraryPassage[]> {
  const terms = queryPatterns(query);
  const rows = await libraryPassages(workspaceId, terms, MAX_CANDIDATES, { collectionId: opts.collectionId, documentIds: opts.documentIds });
  return rankLines(rows, terms, opts.max);
}
