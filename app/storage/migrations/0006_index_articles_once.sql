-- Version 6: a new article is indexed once, by the article store, after its tags are
-- linked; the per-row triggers indexed it once on insert and again for every tag, which
-- made the search index the main cost of a refresh (docs/benchmarks.md). Updates, deletes
-- and tag renames keep their triggers.
DROP TRIGGER IF EXISTS articles_fts_insert;
DROP TRIGGER IF EXISTS article_tags_fts_insert;
