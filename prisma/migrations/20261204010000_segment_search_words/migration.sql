-- Library search words: a tsvector per transcript line with a GIN index, beside the trigram index.
-- Lexemes are built here, in SQL, so every writer (ingest, live append, imports, tests) fills the column
-- through one trigger and the query side tokenizes with the very same function: no app/DB mismatch.
--   * Han, kana and Hangul runs become overlapping character bigrams ("灰度发布" → 灰度 度发 发布), so any
--     ≥ 2-character substring is an AND of bigrams: recall equals the substring (ILIKE) match, with no
--     dictionary (jieba) deciding where words end; "预算" is found inside "预算案" too.
--   * Other letter/digit runs become lowercase words (cut at 60 characters); queries match them by prefix
--     ("budget" finds "budgets", "budgeting").
-- The lexemes are passed to array_to_tsvector as-is, so the 'simple' parser's locale rules never apply.
-- Candidates are still checked with ILIKE, so the tsvector only narrows; it never decides a match alone.

CREATE FUNCTION jiyao_search_words(t text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT array_to_tsvector(coalesce(array_agg(DISTINCT w), '{}'::text[]))
  FROM (
    SELECT left(m[1], 60) AS w
    FROM regexp_matches(lower(regexp_replace(t, '[㐀-䶿一-鿿豈-﫿぀-ヿ가-힯]+', ' ', 'g')), '[[:alnum:]]+', 'g') AS m
    UNION ALL
    SELECT substr(r[1], i, 2)
    FROM regexp_matches(t, '[㐀-䶿一-鿿豈-﫿぀-ヿ가-힯]{2,}', 'g') AS r,
         generate_series(1, char_length(r[1]) - 1) AS i
  ) x
$$;

-- The tsquery for one search term (NULL when it has no word of ≥ 2 characters and no bigram: such
-- terms, e.g. "会" or "%", keep the bounded scan). Words match by prefix, bigrams exactly.
CREATE FUNCTION jiyao_search_query(t text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT nullif(string_agg(q, ' & '), '')::tsquery
  FROM (
    SELECT '''' || replace(replace(left(m[1], 60), '\', '\\'), '''', '''''') || ''':*' AS q
    FROM regexp_matches(lower(regexp_replace(t, '[㐀-䶿一-鿿豈-﫿぀-ヿ가-힯]+', ' ', 'g')), '[[:alnum:]]+', 'g') AS m
    WHERE char_length(m[1]) >= 2
    UNION ALL
    SELECT DISTINCT '''' || substr(r[1], i, 2) || ''''
    FROM regexp_matches(t, '[㐀-䶿一-鿿豈-﫿぀-ヿ가-힯]{2,}', 'g') AS r,
         generate_series(1, char_length(r[1]) - 1) AS i
  ) x
$$;

CREATE FUNCTION jiyao_segment_search_words() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchWords" := jiyao_search_words(NEW."text");
  RETURN NEW;
END
$$;

-- AlterTable
ALTER TABLE "Segment" ADD COLUMN "searchWords" tsvector;

CREATE TRIGGER "Segment_searchWords" BEFORE INSERT OR UPDATE OF "text" ON "Segment"
FOR EACH ROW EXECUTE FUNCTION jiyao_segment_search_words();

-- Backfill: existing lines get their words here (about a minute per million lines); new ones via the trigger.
UPDATE "Segment" SET "searchWords" = jiyao_search_words("text");

-- CreateIndex
CREATE INDEX "Segment_searchWords_idx" ON "Segment" USING GIN ("searchWords");
