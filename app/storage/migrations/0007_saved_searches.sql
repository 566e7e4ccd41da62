-- Version 7: saved searches, shown as smart views in the tag sidebar. `query` is the text
-- the user typed, in the query language of text::SearchQuery; it is parsed again on every
-- run, so a saved search follows improvements of the parser and the index.
CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    query TEXT NOT NULL CHECK (length(trim(query)) > 0),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX saved_searches_position ON saved_searches(position, id);
