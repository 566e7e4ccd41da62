#pragma once

#include "feeds/parsed_feed.h"
#include "storage/article_store.h"

#include <QList>

namespace warta {

class SqliteConnection;

/// How one parsed feed changed the database.
struct IngestResult {
    int inserted = 0;
    int updated = 0;
    QList<qint64> newArticleIds; ///< to fetch full text for
};

/// Maps a parsed feed item onto what the article store takes.
[[nodiscard]] ArticleStore::Incoming toIncoming(const feeds::ParsedItem &item);

/// Stores every item of `feed` for `feedId` in one transaction (dedup, in-place updates,
/// reading state untouched). Call on the writer thread.
IngestResult ingestFeed(SqliteConnection &db, qint64 feedId, const feeds::ParsedFeed &feed,
                        ArticleStore::Indexing indexing = ArticleStore::Indexing::Now);

} // namespace warta
