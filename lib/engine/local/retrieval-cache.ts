/**
 * The local engine's retrieval index (sentence units, their terms, BM25) of recently asked documents,
 * keyed by a hash of the document's content: building it for a 1,000,000-character book takes seconds,
 * answering from it milliseconds. A document read again from the database with the same lines (the next
 * question) hits; any change to a line (glossary, speaker names, a live meeting's new lines) makes a new
 * key, so a stale index is never used — there is nothing to invalidate.
 *
 * Bounded by memory, not by a count: with fifty people asking about fifty meetings a four-entry cache
 * rebuilt the index on nearly every question (docs/BENCHMARKS.md, "Questions under load").
 */
import { createHash } from "node:crypto";
import type { ParsedDoc } from "@/lib/ingest/types";
import { Bm25 } from "@/lib/engine/local/bm25";
import { buildUnits, type Unit } from "@/lib/engine/local/units";
import { contentTerms } from "@/lib/text/terms";
import { unitText } from "@/lib/engine/local/answer-support";
import { hanCount } from "@/lib/text/cjk";

export interface RetrievalIndex {
  units: Unit[];
  docs: string[][];
  bm: Bm25;
}

/**
 * Heap an index takes per character of its document, measured (node --expose-gc, heap before and after
 * building) on QMSum and VCSum meetings: ~30 bytes per Latin character, ~230 per Han character (each
 * character is a term and starts a bigram).
 */
const BYTES_PER_LATIN_CHAR = 30;
const BYTES_PER_HAN_CHAR = 230;
/** 64 MB: every ready meeting of a busy team (50 one-hour meetings ≈ 25 MB) stays warm; a whole book fits alone. */
const DEFAULT_BUDGET = 64 * 1024 * 1024;
let budget = DEFAULT_BUDGET;

interface Entry {
  index: RetrievalIndex;
  bytes: number;
}

const cache = new Map<string, Entry>();
let cachedBytes = 0;

function fingerprint(doc: ParsedDoc): string {
  const h = createHash("sha1");
  h.update(`${doc.lang}\u0000${doc.speakers.join("\u0001")}\u0000`);
  for (const s of doc.segments) h.update(`${s.index}\u0001${s.speaker ?? ""}\u0001${s.startMs ?? ""}\u0001${s.text}\u0000`);
  return h.digest("hex");
}

/** The heap an index of `doc` is estimated to take; counted only when one is built, not on every question. */
function estimatedBytes(doc: ParsedDoc): number {
  let chars = 0;
  let han = 0;
  for (const s of doc.segments) {
    chars += s.text.length;
    han += hanCount(s.text);
  }
  return (chars - han) * BYTES_PER_LATIN_CHAR + han * BYTES_PER_HAN_CHAR;
}

export function retrievalIndex(doc: ParsedDoc): RetrievalIndex {
  const key = fingerprint(doc);
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last, so the oldest is the first evicted.
    cache.delete(key);
    cache.set(key, hit);
    return hit.index;
  }
  const units = buildUnits(doc);
  const docs = units.map((u) => contentTerms(u.text, { bigrams: true }));
  const index = { units, docs, bm: new Bm25(docs) };
  // The text the subject's words are looked up in (answer-support.ts), kept with the unit list.
  unitText(units);
  const bytes = estimatedBytes(doc);
  cache.set(key, { index, bytes });
  cachedBytes += bytes;
  // The newest entry always stays, even when it alone is over the budget (the book being asked about).
  while (cachedBytes > budget && cache.size > 1) {
    const [oldest, entry] = cache.entries().next().value!;
    cache.delete(oldest);
    cachedBytes -= entry.bytes;
  }
  return index;
}

/** What the cache holds now, and its budget (tests set a small one to see eviction without 64 MB of text). */
export const retrievalCacheStats = () => ({ entries: cache.size, bytes: cachedBytes, budget });
export function setRetrievalCacheBudget(bytes = DEFAULT_BUDGET): void {
  budget = bytes;
}
