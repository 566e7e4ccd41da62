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
/// Puts the collections in the order of `ids` (ids not listed keep their place after them).
void setOrder(SqliteConnection &db, const QList<qint64> &ids);
/// The collections that hold an article.
[[nodiscard]] QList<qint64> containing(SqliteConnection &db, qint64 articleId);

} // namespace CollectionStore
} // namespace warta
