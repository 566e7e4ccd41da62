#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace warta {

class SqliteConnection;

/// A search the user saved: shown as a smart view beside the followed tags.
struct SavedSearch {
    qint64 id = 0;
    QString name;
    QString query; ///< as typed, in the query language of text::SearchQuery
    int position = 0;
};

/// The saved_searches table (migration 0007). Writes run on the writer connection.
namespace SavedSearchStore {

/// Appends a saved search after the others; returns its id. Throws StorageError for an
/// empty name or query.
qint64 add(SqliteConnection &db, const QString &name, const QString &query);
void rename(SqliteConnection &db, qint64 id, const QString &name);
void remove(SqliteConnection &db, qint64 id);
/// In the user's order.
[[nodiscard]] QList<SavedSearch> all(SqliteConnection &db);

/// Unread articles the saved query matches (the query with is:unread added), counted
/// without ranking; nullopt when the query no longer parses or has nothing to search.
[[nodiscard]] std::optional<qint64> unreadCount(SqliteConnection &db, const QString &query);

} // namespace SavedSearchStore
} // namespace warta
