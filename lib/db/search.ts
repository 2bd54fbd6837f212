import "server-only";
import { db } from "./client";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadGlossary } from "./glossary";
import { speakerMapsFor } from "./speakers";
import { shownName } from "@/lib/text/speaker-map";
import { expandSearchTerm } from "@/lib/text/glossary";
import { highlight, type SnippetPart, snippetOf } from "@/lib/text/snippet";
import { contains, inCollection, searchTerms, type WordQuery, wordQueries } from "./search-sql";

/** Hits shown per search, across all documents; enough to scan, small enough to render at once. */
export const SEARCH_LIMIT = 50;
const HITS_PER_DOCUMENT = 5;
/** Rows a short-term search may look at before ranking: 1–2 characters cannot use the trigram index. */
const SHORT_SCAN_LIMIT = 1000;
/** Candidate lines per index-accelerated (≥ 3 characters) term. */
export const PER_TERM_CANDIDATES = 600;

export interface SearchHit {
  index: number;
  speaker: string | null;
  snippet: SnippetPart[];
}

export interface SearchResult {
  documentId: string;
  title: SnippetPart[];
  hits: SearchHit[];
  /** Matching lines of this document beyond the ones shown. */
  moreHits: number;
}

/** One shown line of a result document (or a title-only document: index null), in display order. */
interface RankedRow {
  documentId: string;
  title: string;
  /** Matching lines of the document (candidates), shown or not. */
  lines: number;
  index: number | null;
  speaker: string | null;
  text: string | null;
}

/**
 * Library search across titles and transcript lines of one workspace. A document qualifies when every
 * term occurs in it (title or any line); lines are ranked by how many terms they contain, then trigram
 * similarity to the whole query. Candidate lines come per term from the GIN index on "searchWords"
 * (migration 20261204010000: Chinese bigrams, word prefixes), checked with ILIKE so a match is still a
 * literal substring. Terms with no indexable word ("会", "%") use the trigram index (≥ 3 characters)
 * or a scan that stops after a bounded number of rows.
 */
export async function searchWorkspace(workspaceId: string, q: string, opts: { collectionId?: string } = {}): Promise<SearchResult[]> {
  const terms = searchTerms(q);
  if (!terms.length) return [];
  // The glossary makes a term and its misheard spellings one search term: 混元 finds 浑元 and back.
  const glossary = await loadGlossary(workspaceId);
  const spellings = terms.map((t) => [...new Set([t, ...expandSearchTerm(glossary, t)])]);
  const words = await wordQueries(spellings.flat());
  const found = await searchLines(workspaceId, terms, spellings, words, opts.collectionId);
  // Words match from their start: a fragment inside a word ("udget") finds nothing there, so a search
  // that found nothing through the word index is retried by substring alone, as before that index.
  if (found.length || !words.some(Boolean)) return found;
  return searchLines(
    workspaceId,
    terms,
    spellings,
    words.map(() => null),
    opts.collectionId,
  );
}

async function searchLines(workspaceId: string, terms: string[], spellings: string[][], words: (WordQuery | null)[], collectionId?: string): Promise<SearchResult[]> {
  // Within a collection: only its documents, checked inside each query (candidates too, so their bound is spent on them).
  const inScope = (doc: Prisma.Sql) => (collectionId ? inCollection(workspaceId, collectionId, doc) : Prisma.empty);
  const flat = spellings.flat();
  const query = terms.join(" ");
  const termMatches = (col: Prisma.Sql, i: number) =>
    Prisma.sql`(${Prisma.join(
      spellings[i].map((sp) => contains(col, sp)),
      " OR ",
    )})`;
  const flags = (col: Prisma.Sql) => Prisma.sql`ARRAY[${Prisma.join(terms.map((_, i) => termMatches(col, i)))}]::boolean[]`;
  // One expression per term over a flags array (the subscripts are ours, 1-based).
  const each = (arr: string, f: (el: Prisma.Sql) => Prisma.Sql, sep: string) =>
    Prisma.join(
      terms.map((_, i) => f(Prisma.raw(`${arr}[${i + 1}]`))),
      sep,
    );
  const text = Prisma.sql`s."text"`;
  const title = Prisma.sql`d."title"`;
  const scanned = flat.filter((t, i) => !words[i] && [...t].length < 3).length;
  const unindexed = flat.filter((_, i) => !words[i]);
  const termOf = spellings.flatMap((sp, j) => sp.map(() => j));
  const allTerms = terms.length > 1 && words.every(Boolean);

  // Candidates: a bounded number of lines per spelling, so a common word cannot make the query score and
  // sort every line of the library; only candidates get the costlier trigram similarity. Index-served
  // spellings (word index, or trigrams for ≥ 3 characters) get PER_TERM_CANDIDATES each; the ones that
  // must scan share SHORT_SCAN_LIMIT.
  // A word-index candidate reads its lines from a CTE of its own: a CTE is planned for all its rows (a
  // bitmap scan of the index alone, not also ANDing in the trigram index) yet runs only as far as the
  // bound asks. Inline, the planner expects thousands of matches, picks a sequential scan that stops at
  // the bound, and tests every line's words on the way (35 ms against 5 at 10,000 documents).
  const linesOf = (name: string, q: string) =>
    Prisma.sql`${Prisma.raw(name)} AS MATERIALIZED (SELECT s."id", s."documentId", s."index", s."speaker", s."text" FROM "Segment" s WHERE s."workspaceId" = ${workspaceId} AND s."searchWords" @@ ${q}::tsquery ${inScope(Prisma.sql`s."documentId"`)})`;
  // A whole word common enough to fill the bound with lines that have the word itself takes those
  // (cheaper to find, and the closest matches); otherwise its candidates are the prefix matches, as before.
  // n<i> counts whole-word lines up to the bound, once; the branch not taken is never run.
  const wordLines = flat.flatMap((_, i) => {
    const w = words[i];
    if (!w) return [];
    if (!w.whole) return [linesOf(`w${i}`, w.q)];
    return [
      linesOf(`w${i}`, w.q),
      linesOf(`x${i}`, w.whole),
      Prisma.sql`${Prisma.raw(`n${i}`)} AS (SELECT count(*) AS n FROM (SELECT 1 FROM ${Prisma.raw(`x${i}`)} LIMIT ${PER_TERM_CANDIDATES}) z)`,
    ];
  });
  const candidate = (i: number) => {
    const limit = words[i] || [...flat[i]].length >= 3 ? PER_TERM_CANDIDATES : Math.ceil(SHORT_SCAN_LIMIT / scanned);
    const rows = words[i] ? Prisma.raw(`w${i} s`) : Prisma.sql`"Segment" s`;
    const scoped = words[i] ? Prisma.empty : Prisma.sql`AND s."workspaceId" = ${workspaceId} ${inScope(Prisma.sql`s."documentId"`)}`;
    // An exact spelling needs no literal check: the index match implies it, and its flag is known.
    const exact = Boolean(words[i]?.exact);
    const matched = Prisma.sql`ARRAY[${Prisma.join(terms.map((_, j) => (exact && j === termOf[i] ? Prisma.sql`TRUE` : termMatches(text, j))))}]::boolean[]`;
    const pick = (from: Prisma.Sql, gate: Prisma.Sql) =>
      Prisma.sql`(SELECT s."id", s."documentId", s."index", s."speaker", s."text", ${matched} AS matched FROM ${from} WHERE ${exact ? Prisma.sql`TRUE` : contains(text, flat[i])} ${gate} ${scoped} LIMIT ${limit})`;
    // The all-terms gate comes first: when it holds, neither branch (nor n<i>) is run.
    const gate = allTerms ? Prisma.sql`AND NOT (SELECT ok FROM af)` : Prisma.empty;
    if (!words[i]?.whole) return pick(rows, gate);
    const filled = Prisma.sql`(SELECT n FROM ${Prisma.raw(`n${i}`)}) >= ${limit}`;
    return Prisma.sql`${pick(Prisma.raw(`x${i} s`), Prisma.sql`${gate} AND ${filled}`)} UNION ${pick(rows, Prisma.sql`${gate} AND NOT ${filled}`)}`;
  };
  // Several terms, all with words: first the lines holding every term (one index scan of their AND, whole
  // words as above). Such a line scores n + similarity; a document without one scores below n (similarity
  // stays under 1), so when these lines alone fill the shown hits (up to HITS_PER_DOCUMENT per document,
  // SEARCH_LIMIT in all) the per-term candidates cannot change which documents are shown and are never run
  // (3 common words: one 20 ms scan instead of three). Shown lines and counts are then of all-term lines
  // only; titles are still searched (they can score n + 0.5).
  const allTermLines = allTerms
    ? (() => {
        const q = terms.map((_, j) => `(${flat.flatMap((_, k) => (termOf[k] === j ? [words[k]?.whole ?? words[k]?.q] : [])).join(" | ")})`).join(" & ");
        const literal = terms.flatMap((_, j) => (flat.every((_, k) => termOf[k] !== j || words[k]?.exact) ? [] : [termMatches(text, j)]));
        return [
          linesOf("a", q),
          Prisma.sql`al AS (SELECT s.*, ARRAY[${Prisma.join(terms.map(() => Prisma.sql`TRUE`))}]::boolean[] AS matched FROM a s WHERE ${Prisma.join([Prisma.sql`TRUE`, ...literal], " AND ")} LIMIT ${PER_TERM_CANDIDATES})`,
          Prisma.sql`af AS (SELECT coalesce(sum(least(z.c, ${HITS_PER_DOCUMENT})), 0) >= ${SEARCH_LIMIT} AS ok FROM (SELECT count(*) AS c FROM al GROUP BY al."documentId") z)`,
        ];
      })()
    : [];
  // Titles holding a term: through the title word index (migration 20261205010000) where the spelling
  // has words, checked literally; titles are scanned only for spellings without (those are short). Of
  // the documents no candidate line found, only the newest SEARCH_LIMIT can be shown (docs below orders
  // them so), so each branch stops there: "会" is in half the titles of a large library.
  const newestTitles = (cond: Prisma.Sql) =>
    Prisma.sql`(SELECT d."id" FROM "Document" d WHERE d."workspaceId" = ${workspaceId} AND ${cond} ${inScope(Prisma.sql`d."id"`)}
      AND NOT EXISTS (SELECT 1 FROM covered cv WHERE cv."documentId" = d."id") ORDER BY d."createdAt" DESC, d."id" LIMIT ${SEARCH_LIMIT})`;
  const titleHits = [
    ...flat.flatMap((sp, i) => {
      const w = words[i];
      return w ? [newestTitles(Prisma.sql`jiyao_search_words(d."title") @@ ${w.q}::tsquery AND ${w.exact ? Prisma.sql`TRUE` : contains(title, sp)}`)] : [];
    }),
    ...(unindexed.length
      ? [
          newestTitles(
            Prisma.sql`(${Prisma.join(
              unindexed.map((sp) => contains(title, sp)),
              " OR ",
            )})`,
          ),
        ]
      : []),
  ];

  // One statement, ranked in Postgres: only the lines shown travel to the app (decoding hundreds of
  // candidate rows in Node cost more than finding them), and windows instead of joins between CTEs,
  // whose row counts the planner cannot estimate. A document qualifies when every term is in its title
  // or its candidate lines. A line scores its number of terms plus similarity() (0–1, the costly part);
  // a document its best line, or its title's terms + 0.5. similarity() is computed only where it can
  // change what is shown: not for a document whose best possible score (most terms in one line + 1) is
  // below the SEARCH_LIMIT-th best sure score (most terms in one line), nor for a line with
  // HITS_PER_DOCUMENT lines of more terms above it. Title-only matches are the newest SEARCH_LIMIT.
  // Equal scores are ordered by creation time, then id (lines by index), not left to the sort.
  const rows = await db().$queryRaw<RankedRow[]>`
    WITH ${Prisma.join([...wordLines, ...allTermLines, Prisma.empty], ", ")} cand AS MATERIALIZED (${Prisma.join(
      [...(allTerms ? [Prisma.sql`SELECT * FROM al`] : []), ...flat.map((_, i) => candidate(i))],
      " UNION ",
    )}),
    covered AS (
      SELECT c."documentId", ARRAY[${each("c.matched", (m) => Prisma.sql`bool_or(${m})`, ", ")}] AS lm
      FROM cand c GROUP BY c."documentId"
    ),
    hits AS (${Prisma.join([Prisma.sql`SELECT "documentId" AS "id" FROM covered`, ...titleHits], " UNION ")}),
    docs AS (
      SELECT d."id", d."title", d."createdAt", ${flags(title)} AS tm, cv.lm
      FROM "Document" d LEFT JOIN covered cv ON cv."documentId" = d."id"
      -- An array, not a join: the planner cannot know hits are few and would hash every document.
      WHERE d."id" = ANY (ARRAY(SELECT "id" FROM hits)) AND d."workspaceId" = ${workspaceId} ${inScope(Prisma.sql`d."id"`)}
      ORDER BY (cv."documentId" IS NOT NULL) DESC, d."createdAt" DESC, d."id"
      LIMIT ${SEARCH_LIMIT} + (SELECT count(*) FROM covered)
    ),
    joined AS (
      SELECT d."id" AS "documentId", d."title", d."createdAt", (d.lm IS NOT NULL) AS found,
             (${each("d.tm", (m) => Prisma.sql`${m}::int`, " + ")})::float8 + 0.5 AS ts,
             ${Prisma.join(
               terms.map((_, i) => Prisma.raw(`(d.tm[${i + 1}] OR coalesce(d.lm[${i + 1}], false))`)),
               " AND ",
             )} AS ok,
             c."index", c."speaker", c."text", (${each("c.matched", (m) => Prisma.sql`${m}::int`, " + ")}) AS cnt
      FROM docs d LEFT JOIN cand c ON c."documentId" = d."id"
    ),
    counted AS (
      SELECT j.*, max(j.cnt) OVER d AS maxc, count(j."text") OVER d AS n,
             rank() OVER (PARTITION BY j."documentId" ORDER BY j.cnt DESC NULLS LAST) - 1 AS above,
             row_number() OVER d AS k
      FROM joined j WHERE j.ok WINDOW d AS (PARTITION BY j."documentId")
    ),
    cutoff AS (
      SELECT coalesce((SELECT greatest(c.maxc, c.ts) AS lb FROM counted c WHERE c.k = 1 ORDER BY lb DESC OFFSET ${SEARCH_LIMIT - 1} LIMIT 1), 0) AS v
    ),
    scored AS (
      SELECT l.*, max(l.score) OVER (PARTITION BY l."documentId") AS best,
             row_number() OVER (PARTITION BY l."documentId" ORDER BY l.score DESC NULLS LAST, l."index") AS rn
      FROM (
        SELECT c.*, c.cnt + similarity(c."text", ${query})::float8 AS score FROM counted c
        WHERE greatest(c.maxc + 1, c.ts) >= (SELECT v FROM cutoff) AND (c."text" IS NULL OR c.cnt = c.maxc OR c.above < ${HITS_PER_DOCUMENT})
      ) l
    ),
    ranked AS (
      SELECT s.*, dense_rank() OVER (ORDER BY greatest(s.ts, s.best) DESC, s.found DESC, s."createdAt" DESC, s."documentId") AS dr FROM scored s
    )
    SELECT r."documentId", r."title", r.n::int AS "lines", r."index", r."speaker", r."text"
    FROM ranked r WHERE r.dr <= ${SEARCH_LIMIT} AND r.rn <= ${HITS_PER_DOCUMENT}
    ORDER BY r.dr, r.rn`;

  // Speakers as people named them in each meeting.
  const maps = await speakerMapsFor(
    workspaceId,
    rows.map((r) => r.documentId),
  );
  for (const r of rows) {
    const map = maps.get(r.documentId);
    if (map && r.speaker != null) r.speaker = shownName(map, r.speaker);
  }
  return groupResults(flat, rows);
}

/** The ranked rows as results: at most SEARCH_LIMIT hits in all, HITS_PER_DOCUMENT per document. */
function groupResults(marks: string[], rows: RankedRow[]): SearchResult[] {
  const byDoc = new Map<string, RankedRow[]>();
  for (const r of rows) byDoc.set(r.documentId, [...(byDoc.get(r.documentId) ?? []), r]);
  const results: SearchResult[] = [];
  let budget = SEARCH_LIMIT;
  for (const [documentId, doc] of byDoc) {
    if (budget <= 0) break;
    const lines = doc.filter((l) => l.index != null);
    const shown = lines.slice(0, Math.min(HITS_PER_DOCUMENT, budget));
    budget -= Math.max(1, shown.length);
    results.push({
      documentId,
      title: highlight(doc[0].title, marks),
      hits: shown.map((l) => ({ index: l.index as number, speaker: l.speaker, snippet: snippetOf(l.text ?? "", marks) })),
      moreHits: doc[0].lines - shown.length,
    });
  }
  return results;
}
