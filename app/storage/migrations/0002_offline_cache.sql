-- Version 2: what full-text extraction stores for offline reading: the extracted
-- article, its "Baca Juga" related links, and its images (content-addressed).
ALTER TABLE articles ADD COLUMN extracted_html TEXT;
ALTER TABLE articles ADD COLUMN extracted_text TEXT;
ALTER TABLE articles ADD COLUMN byline TEXT;
ALTER TABLE articles ADD COLUMN editor TEXT;
ALTER TABLE articles ADD COLUMN source TEXT;
ALTER TABLE articles ADD COLUMN site_name TEXT;
ALTER TABLE articles ADD COLUMN language TEXT;
ALTER TABLE articles ADD COLUMN extracted_at INTEGER;
ALTER TABLE articles ADD COLUMN extract_error TEXT;

CREATE TABLE related_links (
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL CHECK (position >= 0),
    text              TEXT NOT NULL,
    url               TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX related_links_url ON related_links(url);

-- One row per distinct image (sha256 of the bytes); articles refer to them by URL.
CREATE TABLE resources (
    id         INTEGER PRIMARY KEY,
    sha256     TEXT NOT NULL UNIQUE,
    mime_type  TEXT NOT NULL,
    size       INTEGER NOT NULL CHECK (size >= 0),
    data       BLOB NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE article_resources (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url         TEXT NOT NULL,
    resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, url)
) WITHOUT ROWID;
CREATE INDEX article_resources_resource ON article_resources(resource_id);
