-- Version 4: the search index stems Indonesian words (tokenizer "warta_id", registered by
-- SqliteConnection on every connection: unicode61 with diacritics folded, stopwords dropped,
-- words replaced by their roots), so "tolak" finds "menolak" and "ditolak". The table keeps
-- its name and columns; its rows are rebuilt from the articles already stored.
DROP TRIGGER IF EXISTS articles_fts_insert;
DROP TRIGGER IF EXISTS articles_fts_update;
DROP TRIGGER IF EXISTS articles_fts_delete;
DROP TRIGGER IF EXISTS article_tags_fts_insert;
DROP TRIGGER IF EXISTS article_tags_fts_delete;
DROP TRIGGER IF EXISTS tags_fts_rename;
DROP TABLE articles_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, summary, body, tags,
    tokenize = 'warta_id'
);
-- Stored rank, so that ORDER BY rank uses these weights: a word in the title counts ten
-- times a word in the body, tags six times, the summary four times.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 6.0)');

INSERT INTO articles_fts(rowid, title, summary, body, tags)
SELECT id, title, summary, body, tags FROM articles_fts_source;

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, summary, body, tags)
    SELECT id, title, summary, body, tags FROM articles_fts_source WHERE id = NEW.id;
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, extracted_text ON articles BEGIN
    DELETE FROM articles_fts WHERE rowid = OLD.id;
    INSERT INTO articles_fts(rowid, title, summary, body, tags)
    SELECT id, title, summary, body, tags FROM articles_fts_source WHERE id = NEW.id;
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE rowid = OLD.id;
END;
CREATE TRIGGER article_tags_fts_insert AFTER INSERT ON article_tags BEGIN
    UPDATE articles_fts SET tags = (SELECT tags FROM articles_fts_source WHERE id = NEW.article_id)
    WHERE rowid = NEW.article_id;
END;
CREATE TRIGGER article_tags_fts_delete AFTER DELETE ON article_tags BEGIN
    UPDATE articles_fts SET tags = ifnull((SELECT tags FROM articles_fts_source WHERE id = OLD.article_id), '')
    WHERE rowid = OLD.article_id;
END;
CREATE TRIGGER tags_fts_rename AFTER UPDATE OF display ON tags BEGIN
    UPDATE articles_fts SET tags = (SELECT s.tags FROM articles_fts_source s WHERE s.id = articles_fts.rowid)
    WHERE rowid IN (SELECT article_id FROM article_tags WHERE tag_id = NEW.id);
END;
