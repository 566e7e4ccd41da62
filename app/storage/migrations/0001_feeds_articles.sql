-- Version 1: subscriptions in folders, articles with reading state, tags, collections.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE folders (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,
    name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position  INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX folders_unique_name ON folders(ifnull(parent_id, 0), name);

CREATE TABLE feeds (
    id              INTEGER PRIMARY KEY,
    folder_id       INTEGER REFERENCES folders(id) ON DELETE SET NULL,
    title           TEXT NOT NULL DEFAULT '',
    url             TEXT NOT NULL UNIQUE CHECK (length(url) > 0),
    site_url        TEXT,
    description     TEXT,
    etag            TEXT,
    last_modified   TEXT,
    last_fetched    INTEGER,
    last_error      TEXT,
    error_count     INTEGER NOT NULL DEFAULT 0,
    next_attempt    INTEGER,
    disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    fetch_full_text INTEGER NOT NULL DEFAULT 1 CHECK (fetch_full_text IN (0, 1)),
    position        INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL
);
CREATE INDEX feeds_folder ON feeds(folder_id);

-- feed_id is NULL for an article kept by a collection after its feed was deleted.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    feed_id      INTEGER REFERENCES feeds(id) ON DELETE CASCADE,
    dedup_key    TEXT NOT NULL,
    guid         TEXT,
    link         TEXT,
    title        TEXT NOT NULL DEFAULT '',
    author       TEXT,
    summary      TEXT,
    content      TEXT,
    published    INTEGER,
    updated      INTEGER,
    image_url    TEXT,
    content_hash TEXT,
    fetched_at   INTEGER NOT NULL,
    read         INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1)),
    starred      INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
    UNIQUE (feed_id, dedup_key)
);
CREATE INDEX articles_feed_published ON articles(feed_id, published DESC);
CREATE INDEX articles_published ON articles(published DESC);
CREATE INDEX articles_unread ON articles(feed_id) WHERE read = 0;
CREATE INDEX articles_starred ON articles(published DESC) WHERE starred = 1;
CREATE INDEX articles_link ON articles(link);

CREATE TABLE tags (
    id       INTEGER PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE CHECK (length(key) > 0),
    display  TEXT NOT NULL,
    followed INTEGER NOT NULL DEFAULT 0 CHECK (followed IN (0, 1))
);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    origin     TEXT NOT NULL CHECK (origin IN ('feed', 'page', 'user')),
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags(tag_id, article_id);

CREATE TABLE collections (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    position   INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);

CREATE TABLE collection_articles (
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    added_at      INTEGER NOT NULL,
    PRIMARY KEY (collection_id, article_id)
) WITHOUT ROWID;
CREATE INDEX collection_articles_article ON collection_articles(article_id);
