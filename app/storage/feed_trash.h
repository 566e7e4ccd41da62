#pragma once

#include <QString>

namespace warta {

class SqliteConnection;

/// Deleting a feed so that it can be brought back in the same session (undo).
///
/// The delete is real and immediate (FeedStore::remove: collections keep their articles,
/// detached), so a crash or a quit leaves the database in its final state with nothing to
/// purge. What the delete removes is first copied into TEMP tables of the writer
/// connection named after `key`; they live as long as that connection, i.e. the session.
/// Tables that reference feeds or articles are found through their foreign keys, so
/// tables added by later migrations are kept too. Run these on the writer only.
namespace FeedTrash {

/// Copies feed `feedId` and what cascades from it under `key`, then deletes the feed.
void remove(SqliteConnection &db, qint64 feedId, const QString &key);
/// Puts back feed `feedId` as remove() took it under `key` (articles, reading state,
/// tags, cached pages, collection memberships, search index) and drops the copy.
void restore(SqliteConnection &db, qint64 feedId, const QString &key);
/// Drops the copy kept under `key` (the undo step is gone).
void discard(SqliteConnection &db, const QString &key);

} // namespace FeedTrash
} // namespace warta
