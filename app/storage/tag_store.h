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

} // namespace TagStore

/// Totals shown by `warta-cli stats` and the status bar.
struct Stats {
    qint64 feeds = 0, articles = 0, unread = 0, tags = 0, collections = 0, dbBytes = 0;
};
[[nodiscard]] Stats readStats(SqliteConnection &db);

} // namespace warta
