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
  const re = new RegExp(terms.map(escapeRegExp).sort((a, b) => b.length - a.length).join("|"), "giu");
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

interface TitleRow {
  id: string;
  title: string;
  matched: boolean[];
}

/**
 * Library search across titles and transcript lines of one workspace. A document qualifies when every
 * term occurs in it (title or any line); lines are ranked by how many terms they contain, then trigram
 * similarity to the whole query. Terms of ≥ 3 characters use the GIN trigram index on "Segment"."text";
 * 1–2 character terms (common in Chinese: 预算) cannot, so that scan stops after a bounded number of rows.
 */
/** `AND <doc> is in the collection`, scoped by the workspace like every other condition. */
export function inCollection(workspaceId: string, collectionId: string, doc: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`AND EXISTS (SELECT 1 FROM "CollectionDocument" cd WHERE cd."workspaceId" = ${workspaceId} AND cd."collectionId" = ${collectionId} AND cd."documentId" = ${doc})`;
}

export async function searchWorkspace(workspaceId: string, q: string, opts: { collectionId?: string } = {}): Promise<SearchResult[]> {
  const terms = searchTerms(q);
  // Within a collection: only its documents, checked inside each query (candidates too, so their bound is spent on them).
  const inScope = (doc: Prisma.Sql) => (opts.collectionId ? inCollection(workspaceId, opts.collectionId, doc) : Prisma.empty);
  if (!terms.length) return [];
  // The glossary makes a term and its misheard spellings one search term: 混元 finds 浑元 and back.
  const glossary = await loadGlossary(workspaceId);
  const spellings = terms.map((t) => [...new Set([t, ...expandSearchTerm(glossary, t)])]);
  const patterns = spellings.flat().map(containsPattern);
  const query = terms.join(" ");
  const termMatches = (col: Prisma.Sql, i: number) => Prisma.sql`(${Prisma.join(spellings[i].map((sp) => Prisma.sql`${col} ILIKE ${containsPattern(sp)}`), " OR ")})`;
  const anyTerm = (col: Prisma.Sql) => Prisma.join(patterns.map((p) => Prisma.sql`${col} ILIKE ${p}`), " OR ");
  const flags = (col: Prisma.Sql) => Prisma.sql`ARRAY[${Prisma.join(terms.map((_, i) => termMatches(col, i)))}]::boolean[]`;
  const count = (col: Prisma.Sql) => Prisma.join(terms.map((_, i) => Prisma.sql`${termMatches(col, i)}::int`), " + ");
  const text = Prisma.sql`s."text"`;
  const indexed = spellings.flat().every((t) => [...t].length >= 3);

  // Candidates: a bounded number of lines per term (the trigram index serves terms of ≥ 3 characters;
  // shorter ones scan, which the bound keeps cheap), so a common word cannot make the query score and
  // sort every line of the library. Only candidates get the costlier trigram similarity.
  const perTerm = indexed ? PER_TERM_CANDIDATES : Math.ceil(SHORT_SCAN_LIMIT / patterns.length);
  const candidates = Prisma.join(
    patterns.map((p) => Prisma.sql`(SELECT s."id" FROM "Segment" s WHERE s."workspaceId" = ${workspaceId} AND s."text" ILIKE ${p} ${inScope(Prisma.sql`s."documentId"`)} LIMIT ${perTerm})`),
    " UNION ",
  );
  const segments = await db().$queryRaw<SegmentRow[]>`
    WITH candidate AS (${candidates})
    SELECT s."documentId", s."index", s."speaker", s."text", ${flags(text)} AS matched,
           (${count(text)})::float8 + similarity(s."text", ${query})::float8 AS score
    FROM candidate c
    JOIN "Segment" s ON s."id" = c."id" AND s."workspaceId" = ${workspaceId}
    JOIN "Document" d ON d."id" = s."documentId" AND d."workspaceId" = ${workspaceId}
    ORDER BY score DESC, s."documentId", s."index"`;

  const title = Prisma.sql`d."title"`;
  const ids = [...new Set(segments.map((s) => s.documentId))];
  const titles = await db().$queryRaw<TitleRow[]>`
    SELECT d."id", d."title", ${flags(title)} AS matched
    FROM "Document" d
    WHERE d."workspaceId" = ${workspaceId} AND (d."id" = ANY(${ids}::text[]) OR ${anyTerm(title)}) ${inScope(Prisma.sql`d."id"`)}
    ORDER BY (d."id" = ANY(${ids}::text[])) DESC, d."createdAt" DESC
    LIMIT ${SEARCH_LIMIT + ids.length}`;

  // Speakers as people named them in each meeting.
  const maps = await speakerMapsFor(workspaceId, ids);
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
