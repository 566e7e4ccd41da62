-- Version 9: unread counts from an index alone. The partial index articles_unread holds
-- feed ids, but SQLite still read every unread article's row to check `read`: with 100,000
-- articles the start-up counts (per feed, per tag, in the status bar) mapped ~110 MB of
-- article pages. (read, feed_id) answers all three without touching the table.
CREATE INDEX IF NOT EXISTS articles_read ON articles(read, feed_id);
