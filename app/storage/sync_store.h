#pragma once

#include "storage/article_store.h"

#include <QSet>
#include <QString>

namespace warta {

class SqliteConnection;

/// What a sync writes: server ids mapped to local rows, server state applied without
/// queueing it back (see the triggers in migration 0005), and the conflict rule.
namespace SyncStore {

/// While alive, the queueing triggers stay quiet: use it only inside a Transaction, for
/// writes that copy server state. release() (or the rollback) switches it off again.
class ApplyingRemote {
public:
    explicit ApplyingRemote(SqliteConnection &db);
    ~ApplyingRemote();
    ApplyingRemote(const ApplyingRemote &) = delete;
    ApplyingRemote &operator=(const ApplyingRemote &) = delete;
    void release();
private:
    SqliteConnection &m_db;
    bool m_active = true;
};

/// Clears a guard left set by a crashed process that committed it (defensive).
void resetGuard(SqliteConnection &db);

/// Local feed for a server feed: updates the mapped one, adopts a local feed with the
/// same URL, or subscribes locally. Returns 0 and sets `error` when the URL belongs to
/// another account.
qint64 upsertRemoteFeed(SqliteConnection &db, qint64 accountId, qint64 remoteId, const QString &url,
                        const QString &title, const QString &folder, QString *error);
/// Removes the account's feeds the server no longer has (no unsubscription queued).
int removeFeedsNotIn(SqliteConnection &db, qint64 accountId, const QSet<qint64> &remoteIds);
/// Local feed id for a server feed id, 0 if unknown.
[[nodiscard]] qint64 feedForRemote(SqliteConnection &db, qint64 accountId, qint64 remoteFeedId);

struct RemoteArticle {
    qint64 remoteId = 0;
    qint64 remoteFeedId = 0;
    bool read = false;
    bool starred = false;
    ArticleStore::Incoming item;
    QStringList labels; ///< captions
};
struct ApplyResult {
    qint64 articleId = 0;
    bool inserted = false;
    int conflicts = 0;
};
/// Stores one server article through the normal article store (so extraction, tags and
/// collections work as for any article), maps it, and applies its state and labels.
ApplyResult applyRemoteArticle(SqliteConnection &db, qint64 accountId, qint64 localFeedId,
                               const RemoteArticle &remote);

/// Applies server read/starred for one mapped article. The conflict rule: a field with a
/// queued local change keeps the local value (it is sent after this pull); it counts as a
/// conflict when the server changed that field since we last saw it to another value.
int applyRemoteState(SqliteConnection &db, qint64 articleId, bool read, bool starred);

/// Read/starred for every mapped article of the account from the server's sets of
/// unread and starred ids (the API has no "changed since"). Returns conflicts.
int applyRemoteStateSets(SqliteConnection &db, qint64 accountId, const QSet<qint64> &unread,
                         const QSet<qint64> &starred);
/// Membership of the collection `caption` for the account's mapped articles, from the
/// server's article ids of that label; queued local label changes win.
void applyRemoteLabel(SqliteConnection &db, qint64 accountId, const QString &caption,
                      const QSet<qint64> &remoteIds);

/// After a change reached the server: the server's state is now this value.
void setRemoteBase(SqliteConnection &db, qint64 accountId, qint64 remoteId, const QString &field, bool value);

} // namespace SyncStore
} // namespace warta
