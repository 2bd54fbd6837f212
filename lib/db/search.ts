import "server-only";
import { db } from "./client";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadGlossary } from "./glossary";
import { speakerMapsFor } from "./speakers";
import { shownName } from "@/lib/text/speaker-map";
import { expandSearchTerm } from "@/lib/text/glossary";

/** Hits shown per search, across all documents; enough to scan, small enough to render at once. */
export const SEARCH_LIMIT = 50;
const HITS_PER_DOCUMENT = 5;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 100;
/** Rows a short-term search may look at before ranking: 1–2 characters cannot use the trigram index. */
const SHORT_SCAN_LIMIT = 1000;
/** Candidate lines per index-accelerated (≥ 3 characters) term. */
const PER_TERM_CANDIDATES = 600;
const SNIPPET_CHARS = 160;

export interface SnippetPart {
  text: string;
  mark: boolean;
}

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

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Splits text into plain and marked parts; rendered as text nodes and <mark>, so no HTML is ever built. */
export function highlight(text: string, terms: string[]): SnippetPart[] {
  if (!terms.length || !text) return text ? [{ text, mark: false }] : [];
  const re = new RegExp(
    terms
      .map(escapeRegExp)
      .sort((a, b) => b.length - a.length)
      .join("|"),
    "giu",
  );
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (!m[0]) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/** A window of the line around its first match, so long paragraphs still show the matched words. */
export function snippetOf(text: string, terms: string[]): SnippetPart[] {
  const lower = text.toLowerCase();
  const first = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0), text.length);
  let start = first >= text.length ? 0 : Math.max(0, first - Math.floor(SNIPPET_CHARS / 3));
  const end = Math.min(text.length, start + SNIPPET_CHARS);
  start = Math.max(0, Math.min(start, end - SNIPPET_CHARS));
  const body = `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
  return highlight(body, terms);
}

interface SegmentRow {
  documentId: string;
  index: number;
  speaker: string | null;
  text: string;
  matched: boolean[];
  score: number;
}

interface CandidateRow {
  id: string;
  documentId: string;
  matched: boolean[];
}

interface TitleRow {
  id: string;
  title: string;
  matched: boolean[];
}

/** `AND <doc> is in the collection`, scoped by the workspace like every other condition. */
export function inCollection(workspaceId: string, collectionId: string, doc: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`AND EXISTS (SELECT 1 FROM "CollectionDocument" cd WHERE cd."workspaceId" = ${workspaceId} AND cd."collectionId" = ${collectionId} AND cd."documentId" = ${doc})`;
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

/** The word-index query of each spelling (null when it has no indexable word), built by the same SQL function as the index. */
async function wordQueries(spellings: string[]): Promise<(string | null)[]> {
  const rows = await db().$queryRaw<{ q: string | null }[]>`
    SELECT jiyao_search_query(u.t)::text AS q FROM unnest(${spellings}::text[]) WITH ORDINALITY AS u(t, n) ORDER BY u.n`;
  return rows.map((r) => r.q);
}

async function searchLines(workspaceId: string, terms: string[], spellings: string[][], words: (string | null)[], collectionId?: string): Promise<SearchResult[]> {
  // Within a collection: only its documents, checked inside each query (candidates too, so their bound is spent on them).
  const inScope = (doc: Prisma.Sql) => (collectionId ? inCollection(workspaceId, collectionId, doc) : Prisma.empty);
  const flat = spellings.flat();
  const patterns = flat.map(containsPattern);
  const query = terms.join(" ");
  const termMatches = (col: Prisma.Sql, i: number) =>
    Prisma.sql`(${Prisma.join(
      spellings[i].map((sp) => Prisma.sql`${col} ILIKE ${containsPattern(sp)}`),
      " OR ",
    )})`;
  const anyTerm = (col: Prisma.Sql) =>
    Prisma.join(
      patterns.map((p) => Prisma.sql`${col} ILIKE ${p}`),
      " OR ",
    );
  const flags = (col: Prisma.Sql) => Prisma.sql`ARRAY[${Prisma.join(terms.map((_, i) => termMatches(col, i)))}]::boolean[]`;
  const count = (col: Prisma.Sql) =>
    Prisma.join(
      terms.map((_, i) => Prisma.sql`${termMatches(col, i)}::int`),
      " + ",
    );
  const text = Prisma.sql`s."text"`;
  const scanned = flat.filter((t, i) => !words[i] && [...t].length < 3).length;

  // Candidates: a bounded number of lines per spelling, so a common word cannot make the query score and
  // sort every line of the library; only candidates get the costlier trigram similarity. Index-served
  // spellings (word index, or trigrams for ≥ 3 characters) get PER_TERM_CANDIDATES each; the ones that
  // must scan share SHORT_SCAN_LIMIT.
  // A word-index candidate reads the index alone (OFFSET 0 keeps the planner from also ANDing in the
  // trigram index, which costs more than it saves) and the ILIKE check stops at the bound.
  const candidate = (p: string, i: number) => {
    const limit = words[i] || [...flat[i]].length >= 3 ? PER_TERM_CANDIDATES : Math.ceil(SHORT_SCAN_LIMIT / scanned);
    const rows = words[i]
      ? Prisma.sql`(SELECT s."id", s."documentId", s."text" FROM "Segment" s WHERE s."workspaceId" = ${workspaceId} AND s."searchWords" @@ ${words[i]}::tsquery ${inScope(Prisma.sql`s."documentId"`)} OFFSET 0) s`
      : Prisma.sql`"Segment" s`;
    const scoped = words[i] ? Prisma.empty : Prisma.sql`AND s."workspaceId" = ${workspaceId} ${inScope(Prisma.sql`s."documentId"`)}`;
    return Prisma.sql`(SELECT s."id", s."documentId", ${flags(text)} AS matched FROM ${rows} WHERE s."text" ILIKE ${p} ${scoped} LIMIT ${limit})`;
  };
  // Pass 1, cheap: which candidate lines hold which terms (ILIKE flags only; no similarity, no text sent).
  const found = await db().$queryRaw<CandidateRow[]>`${Prisma.join(patterns.map(candidate), " UNION ")}`;

  const title = Prisma.sql`d."title"`;
  const ids = [...new Set(found.map((s) => s.documentId))];
  const titles = await db().$queryRaw<TitleRow[]>`
    SELECT d."id", d."title", ${flags(title)} AS matched
    FROM "Document" d
    WHERE d."workspaceId" = ${workspaceId} AND (d."id" = ANY(${ids}::text[]) OR ${anyTerm(title)}) ${inScope(Prisma.sql`d."id"`)}
    ORDER BY (d."id" = ANY(${ids}::text[])) DESC, d."createdAt" DESC
    LIMIT ${SEARCH_LIMIT + ids.length}`;

  // Pass 2: text and the costly similarity() only for lines of documents that hold every term (title
  // or lines); the others are dropped by groupResults anyway, so ranking is unchanged. Multi-term
  // queries over a large library have many candidates but few such documents.
  const inLines = new Map<string, boolean[]>();
  for (const l of found)
    inLines.set(
      l.documentId,
      l.matched.map((m, i) => m || Boolean(inLines.get(l.documentId)?.[i])),
    );
  const qualifying = new Set(titles.filter((t) => terms.every((_, i) => t.matched[i] || inLines.get(t.id)?.[i])).map((t) => t.id));
  const lineIds = found.filter((l) => qualifying.has(l.documentId)).map((l) => l.id);
  const segments = lineIds.length
    ? await db().$queryRaw<SegmentRow[]>`
        SELECT s."documentId", s."index", s."speaker", s."text", ${flags(text)} AS matched,
               (${count(text)})::float8 + similarity(s."text", ${query})::float8 AS score
        FROM "Segment" s
        JOIN "Document" d ON d."id" = s."documentId" AND d."workspaceId" = ${workspaceId}
        WHERE s."id" = ANY(${lineIds}::text[]) AND s."workspaceId" = ${workspaceId}
        ORDER BY score DESC, s."documentId", s."index"`
    : [];

  // Speakers as people named them in each meeting.
  const maps = await speakerMapsFor(workspaceId, [...qualifying]);
  for (const seg of segments) {
    const map = maps.get(seg.documentId);
    if (map && seg.speaker != null) seg.speaker = shownName(map, seg.speaker);
  }
  return groupResults(terms, spellings.flat(), titles, segments);
}

function groupResults(terms: string[], marks: string[], titles: TitleRow[], segments: SegmentRow[]): SearchResult[] {
  const byDoc = new Map<string, SegmentRow[]>();
  for (const s of segments) byDoc.set(s.documentId, [...(byDoc.get(s.documentId) ?? []), s]);

  const ranked = titles
    .map((t) => {
      const lines = byDoc.get(t.id) ?? [];
      const covered = terms.map((_, i) => t.matched[i] || lines.some((l) => l.matched[i]));
      const titleScore = t.matched.filter(Boolean).length;
      return { t, lines, all: covered.every(Boolean), score: Math.max(titleScore + 0.5, ...lines.map((l) => l.score)) };
    })
    .filter((d) => d.all)
    .sort((a, b) => b.score - a.score);

  const results: SearchResult[] = [];
  let budget = SEARCH_LIMIT;
  for (const d of ranked) {
    if (budget <= 0) break;
    const shown = d.lines.slice(0, Math.min(HITS_PER_DOCUMENT, budget));
    budget -= Math.max(1, shown.length);
    results.push({
      documentId: d.t.id,
      title: highlight(d.t.title, marks),
      hits: shown.map((l) => ({ index: l.index, speaker: l.speaker, snippet: snippetOf(l.text, marks) })),
      moreHits: d.lines.length - shown.length,
    });
  }
  return results;
}
