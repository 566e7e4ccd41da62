#pragma once

#include "core/collection.h"

#include <QList>

namespace warta {

class SqliteConnection;

/// Named, ordered collections of saved articles.
namespace CollectionStore {

/// Returns the id of the collection called `name` (case-insensitive), creating it.
qint64 ensure(SqliteConnection &db, const QString &name);
/// Appends an article to a collection (no-op if it is already there).
void addArticle(SqliteConnection &db, qint64 collectionId, qint64 articleId);
void removeArticle(SqliteConnection &db, qint64 collectionId, qint64 articleId);
void rename(SqliteConnection &db, qint64 collectionId, const QString &name);
void remove(SqliteConnection &db, qint64 collectionId);
[[nodiscard]] QList<Collection> all(SqliteConnection &db);

} // namespace CollectionStore
} // namespace warta
