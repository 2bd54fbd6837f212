/**
 * The local engine's retrieval index (sentence units, their terms, BM25) for the last few documents
 * asked, keyed by a hash of the document's content: building it for a 1,000,000-character book takes
 * seconds, answering from it milliseconds. A document read again from the database with the same
 * lines (the next question) hits; any change to a line (glossary, speaker names) makes a new key.
 */
import { createHash } from "node:crypto";
import type { ParsedDoc } from "@/lib/ingest/types";
import { Bm25 } from "@/lib/engine/local/bm25";
import { buildUnits, type Unit } from "@/lib/engine/local/units";
import { contentTerms } from "@/lib/text/terms";
import { unitText } from "@/lib/engine/local/answer-support";

export interface RetrievalIndex {
  units: Unit[];
  docs: string[][];
  bm: Bm25;
}

const MAX_ENTRIES = 4;
const cache = new Map<string, RetrievalIndex>();

function fingerprint(doc: ParsedDoc): string {
  const h = createHash("sha1");
  h.update(`${doc.lang}\u0000${doc.speakers.join("\u0001")}\u0000`);
  for (const s of doc.segments) h.update(`${s.index}\u0001${s.speaker ?? ""}\u0001${s.startMs ?? ""}\u0001${s.text}\u0000`);
  return h.digest("hex");
}

export function retrievalIndex(doc: ParsedDoc): RetrievalIndex {
  const key = fingerprint(doc);
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last, so the oldest is the first evicted.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const units = buildUnits(doc);
  const docs = units.map((u) => contentTerms(u.text, { bigrams: true }));
  const index = { units, docs, bm: new Bm25(docs) };
  // The text the subject's words are looked up in (answer-support.ts), kept with the unit list.
  unitText(units);
  cache.set(key, index);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return index;
}
