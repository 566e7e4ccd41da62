-- Version 8: summaries are HTML; the index now holds their text only (warta_index_text,
-- registered with the tokenizer), so "strong" or "href" no longer match the markup of every
-- article, and snippets show no tags. Bodies (extracted_text) were plain text already.
DROP VIEW articles_fts_source;
CREATE VIEW articles_fts_source AS
SELECT a.id AS id, a.title AS title, ifnull(warta_index_text(a.summary), '') AS summary,
       ifnull(a.extracted_text, '') AS body,
       ifnull((SELECT group_concat(t.display, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id
               WHERE at.article_id = a.id), '') AS tags
FROM articles a;

-- Re-index only the articles whose summary can hold markup: a large archive of plain
-- summaries migrates in a moment.
CREATE TEMP TABLE fts_markup AS SELECT id FROM articles WHERE summary GLOB '*[<&]*';
DELETE FROM articles_fts WHERE rowid IN (SELECT id FROM fts_markup);
INSERT INTO articles_fts(rowid, title, summary, body, tags)
SELECT id, title, summary, body, tags FROM articles_fts_source WHERE id IN (SELECT id FROM fts_markup);
DROP TABLE fts_markup;
