#pragma once

#include <QList>
#include <QString>

namespace warta {

class SqliteConnection;

/// One queued local change (a row of sync_pending).
struct PendingChange {
    qint64 id = 0;
    qint64 accountId = 0;
    QString kind;     ///< read, starred, label, subscribe, unsubscribe
    qint64 articleId = 0;
    qint64 remoteId = 0;
    bool value = false;
    QString label;
    QString url;
    QString folder;
    int attempts = 0;
    QString lastError;
};

/// The queue of local changes waiting for the server. Rows are written by triggers (read,
/// starred, collections, unsubscribing) or by enqueueSubscribe, in the same transaction as
/// the change itself, so a change and its queue entry are never separated by a crash.
namespace SyncQueue {

void enqueueSubscribe(SqliteConnection &db, qint64 accountId, const QString &url, const QString &folder);
[[nodiscard]] QList<PendingChange> pending(SqliteConnection &db, qint64 accountId);
[[nodiscard]] int count(SqliteConnection &db, qint64 accountId);
/// True when a change of `kind` for this article (and label) is waiting.
[[nodiscard]] bool has(SqliteConnection &db, qint64 articleId, const QString &kind, const QString &label = {});
/// Deletes delivered changes.
void complete(SqliteConnection &db, const QList<qint64> &ids);
/// Keeps changes for a later sync, noting why they were not delivered.
void defer(SqliteConnection &db, const QList<qint64> &ids, const QString &error);

} // namespace SyncQueue
} // namespace warta
