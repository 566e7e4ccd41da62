-- Version 10: site icons for the feed list. Each distinct picture is stored once, as a
-- small PNG keyed by its SHA-256 (the feeds of one site share it); a feed points at its
-- icon and remembers when Warta last looked, so icons are fetched once, not per refresh.
-- icon_url and logo_url are what the feed document itself declares (Atom icon/logo,
-- JSON Feed favicon/icon, RSS image).
CREATE TABLE site_icons (
    sha256 TEXT PRIMARY KEY,
    png BLOB NOT NULL,
    source_url TEXT NOT NULL,
    fetched_at INTEGER NOT NULL
) WITHOUT ROWID;
ALTER TABLE feeds ADD COLUMN icon_url TEXT;
ALTER TABLE feeds ADD COLUMN logo_url TEXT;
ALTER TABLE feeds ADD COLUMN icon_sha256 TEXT;
ALTER TABLE feeds ADD COLUMN icon_checked_at INTEGER;
