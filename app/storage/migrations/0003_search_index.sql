-- Version 3: full-text index over articles (title, summary, extracted body, tags),
-- kept in step by triggers so no writer can forget it; rowid = articles.id.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, summary, body, tags,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIEW articles_fts_source AS
SELECT a.id AS id, a.title AS title, ifnull(a.summary, '') AS summary,
       ifnull(a.extracted_text, '') AS body,
       ifnull((SELECT group_concat(t.display, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id
               WHERE at.article_id = a.id), '') AS tags
FROM articles a;

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
