-- Version 5: accounts and synchronisation through a Tiny Tiny RSS server.
-- Feeds with account_id NULL belong to the local account (today's behaviour).
CREATE TABLE accounts (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('local', 'ttrss')),
    name         TEXT NOT NULL,
    url          TEXT,
    username     TEXT,
    secret_key   TEXT,            -- where the password is kept (keyring entry or file name)
    secret_store TEXT NOT NULL DEFAULT '' CHECK (secret_store IN ('', 'keyring', 'file')),
    since_id     INTEGER NOT NULL DEFAULT 0, -- highest server article id pulled
    last_sync    INTEGER,
    last_error   TEXT,
    created_at   INTEGER NOT NULL
);
INSERT INTO accounts(id, kind, name, created_at) VALUES (1, 'local', 'Lokal', strftime('%s', 'now'));

ALTER TABLE feeds ADD COLUMN account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE;
ALTER TABLE feeds ADD COLUMN remote_id INTEGER;
CREATE UNIQUE INDEX feeds_remote ON feeds(account_id, remote_id) WHERE remote_id IS NOT NULL;

-- Which server article a local article is, and the server's state when we last saw it
-- (the base that tells a conflict from our own unsent change).
CREATE TABLE sync_articles (
    article_id     INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    account_id     INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id      INTEGER NOT NULL,
    remote_read    INTEGER NOT NULL DEFAULT 0,
    remote_starred INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, remote_id)
);

-- Local changes waiting for the server, sent in id order and deleted only once the
-- server has confirmed them. Remote ids are copied in so a change survives the local
-- article or feed being deleted before it is sent.
CREATE TABLE sync_pending (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('read', 'starred', 'label', 'subscribe', 'unsubscribe')),
    article_id INTEGER,
    remote_id  INTEGER,
    value      INTEGER,
    label      TEXT,
    url        TEXT,
    folder     TEXT,
    created_at INTEGER NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX sync_pending_account ON sync_pending(account_id, id);

-- Set to 1 by the sync inside its own transaction while it applies server state, so
-- the triggers below queue only the user's changes, never the server's echo.
CREATE TABLE sync_guard (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    applying INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_guard(id, applying) VALUES (1, 0);

-- Queueing lives in triggers so every writer (UI, CLI, services) queues the same way.
CREATE TRIGGER sync_queue_read AFTER UPDATE OF read ON articles
WHEN OLD.read IS NOT NEW.read AND (SELECT applying FROM sync_guard) = 0
BEGIN
    INSERT INTO sync_pending(account_id, kind, article_id, remote_id, value, created_at)
    SELECT account_id, 'read', NEW.id, remote_id, NEW.read, strftime('%s', 'now')
    FROM sync_articles WHERE article_id = NEW.id;
END;

CREATE TRIGGER sync_queue_starred AFTER UPDATE OF starred ON articles
WHEN OLD.starred IS NOT NEW.starred AND (SELECT applying FROM sync_guard) = 0
BEGIN
    INSERT INTO sync_pending(account_id, kind, article_id, remote_id, value, created_at)
    SELECT account_id, 'starred', NEW.id, remote_id, NEW.starred, strftime('%s', 'now')
    FROM sync_articles WHERE article_id = NEW.id;
END;

CREATE TRIGGER sync_queue_collect AFTER INSERT ON collection_articles
WHEN (SELECT applying FROM sync_guard) = 0
BEGIN
    INSERT INTO sync_pending(account_id, kind, article_id, remote_id, value, label, created_at)
    SELECT s.account_id, 'label', NEW.article_id, s.remote_id, 1, c.name, strftime('%s', 'now')
    FROM sync_articles s JOIN collections c ON c.id = NEW.collection_id
    WHERE s.article_id = NEW.article_id;
END;

-- When a whole collection is deleted its rows go by cascade after the collection row,
-- so the name is gone by then: queue the removals before the collection goes.
CREATE TRIGGER sync_queue_uncollect AFTER DELETE ON collection_articles
WHEN (SELECT applying FROM sync_guard) = 0
BEGIN
    INSERT INTO sync_pending(account_id, kind, article_id, remote_id, value, label, created_at)
    SELECT s.account_id, 'label', OLD.article_id, s.remote_id, 0, c.name, strftime('%s', 'now')
    FROM sync_articles s JOIN collections c ON c.id = OLD.collection_id
    WHERE s.article_id = OLD.article_id;
END;

CREATE TRIGGER sync_queue_collection_delete BEFORE DELETE ON collections
WHEN (SELECT applying FROM sync_guard) = 0
BEGIN
    INSERT INTO sync_pending(account_id, kind, article_id, remote_id, value, label, created_at)
    SELECT s.account_id, 'label', s.article_id, s.remote_id, 0, OLD.name, strftime('%s', 'now')
    FROM collection_articles x JOIN sync_articles s ON s.article_id = x.article_id
    WHERE x.collection_id = OLD.id;
END;

CREATE TRIGGER sync_queue_collection_rename AFTER UPDATE OF name ON collections
WHEN OLD.name IS NOT NEW.name AND (SELECT applying FROM sync_guard) = 0
BEGIN
    INSERT INTO sync_pending(account_id, kind, article_id, remote_id, value, label, created_at)
    SELECT s.account_id, 'label', s.article_id, s.remote_id, v.value,
           CASE v.value WHEN 0 THEN OLD.name ELSE NEW.name END, strftime('%s', 'now')
    FROM collection_articles x JOIN sync_articles s ON s.article_id = x.article_id,
         (SELECT 0 AS value UNION ALL SELECT 1) v
    WHERE x.collection_id = NEW.id
    ORDER BY v.value, s.article_id;
END;

CREATE TRIGGER sync_queue_unsubscribe BEFORE DELETE ON feeds
WHEN OLD.account_id IS NOT NULL AND OLD.remote_id IS NOT NULL AND (SELECT applying FROM sync_guard) = 0
BEGIN
    INSERT INTO sync_pending(account_id, kind, remote_id, url, created_at)
    VALUES (OLD.account_id, 'unsubscribe', OLD.remote_id, OLD.url, strftime('%s', 'now'));
END;
