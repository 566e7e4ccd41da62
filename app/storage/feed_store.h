#pragma once

#include "core/feed.h"
#include "core/folder.h"

#include <QList>
#include <QString>

namespace warta {

class SqliteConnection;

/// Queries and writes on the folders and feeds tables.
namespace FeedStore {

/// Returns the id of the folder at `path` ("Berita/Nasional" nests), creating it.
/// An empty path means the top level (0).
qint64 ensureFolderPath(SqliteConnection &db, const QString &path);

struct AddResult {
    qint64 id = 0;
    bool added = false; ///< false when the URL was already subscribed
};
/// Subscribes to `url` (ignored if already there) in folder `folderId` (0 = top level).
AddResult add(SqliteConnection &db, const QString &url, const QString &title, qint64 folderId,
              const QString &siteUrl = {});

/// Deletes a feed with its articles; articles kept by a collection stay, detached.
void remove(SqliteConnection &db, qint64 feedId);

/// What the user can change about a subscription.
struct FeedEdit {
    qint64 id = 0;
    QString title;
    QString url;
    qint64 folderId = 0; ///< 0 = top level
    bool fetchFullText = true;
};
/// Saves an edit. A new URL forgets the old one's HTTP validators and error back-off.
void update(SqliteConnection &db, const FeedEdit &edit);
/// Moves feeds into folder `folderId` (0 = top level).
void moveToFolder(SqliteConnection &db, const QList<qint64> &feedIds, qint64 folderId);
void renameFolder(SqliteConnection &db, qint64 folderId, const QString &name);
/// Deletes a folder and the folders inside it; their feeds move to the top level.
void removeFolder(SqliteConnection &db, qint64 folderId);

[[nodiscard]] QList<Feed> all(SqliteConnection &db);   ///< with unread/total counts
[[nodiscard]] QList<Folder> folders(SqliteConnection &db);
[[nodiscard]] Feed byId(SqliteConnection &db, qint64 id); ///< id 0 when not found
/// "Berita/Nasional" for a folder id (for OPML export and JSON).
[[nodiscard]] QString folderPath(SqliteConnection &db, qint64 folderId);

/// Records the outcome of a fetch: HTTP validators, title, errors and back-off.
struct FetchOutcome {
    QString title;       ///< empty: keep
    QString siteUrl;     ///< empty: keep
    QString iconUrl;     ///< the feed's declared icon (Atom icon, JSON Feed favicon); empty: keep
    QString logoUrl;     ///< its declared logo (Atom logo, RSS image, JSON Feed icon); empty: keep
    QString newUrl;      ///< set after a permanent redirect
    QString etag;
    QString lastModified;
    QString error;       ///< empty on success; set: counts as a failure, with back-off
    QString warning;     ///< success with a problem (e.g. ill-formed XML, items kept)
    bool disable = false; ///< e.g. HTTP 410
};
void recordFetch(SqliteConnection &db, qint64 feedId, const FetchOutcome &outcome);

} // namespace FeedStore
} // namespace warta
