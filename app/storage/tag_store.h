#pragma once

#include "core/tag.h"

#include <QList>

namespace warta {

class SqliteConnection;

/// The tag vocabulary: counts, following.
namespace TagStore {

/// Every tag with article and unread counts; followed tags first, then by name.
[[nodiscard]] QList<Tag> all(SqliteConnection &db);
void setFollowed(SqliteConnection &db, const QString &tag, bool followed);
/// Renames `from` to `to`. When `to` names another existing tag (e.g. "Tekno" renamed to
/// "teknologi"), the two are merged. Throws StorageError when `from` does not exist.
void rename(SqliteConnection &db, const QString &from, const QString &to);
/// Merges `from` into `into` (created if needed): every article of `from` gets `into`
/// (once, keeping its origin), `into` is followed if either was, `from` is deleted and
/// the search index learns the new tags. Throws StorageError when `from` does not exist.
void merge(SqliteConnection &db, const QString &from, const QString &into);

} // namespace TagStore

/// Totals shown by `warta-cli stats` and the status bar.
struct Stats {
    qint64 feeds = 0, articles = 0, unread = 0, tags = 0, collections = 0, dbBytes = 0;
};
[[nodiscard]] Stats readStats(SqliteConnection &db);

} // namespace warta
