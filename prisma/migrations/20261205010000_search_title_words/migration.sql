-- Library search at 10,000 documents (issue 15).
--   * Titles get the same search words as transcript lines, as an expression index: a title match is then
--     found through the index instead of an ILIKE over every title of the workspace (the query checks
--     candidates with ILIKE, as for lines). No column: the function is immutable and titles are short.
--   * The GIN indexes search reads get a small pending list. New lines go to an unsorted pending list that
--     every search scans in full until a vacuum merges it; at the default 4 MB that cost ~8 ms per index
--     scan (181 pages against 4) and autovacuum on a large table runs rarely. 256 kB makes the inserting
--     backend merge more often, in smaller batches, and bounds what a search scans.

-- CreateIndex
CREATE INDEX "Document_title_searchWords_idx" ON "Document" USING GIN (jiyao_search_words("title"));

-- AlterIndex
ALTER INDEX "Segment_searchWords_idx" SET (gin_pending_list_limit = 256);
ALTER INDEX "Segment_text_idx" SET (gin_pending_list_limit = 256);
