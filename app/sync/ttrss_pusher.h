#pragma once

#include "storage/account_store.h"
#include "storage/sync_queue.h"
#include "sync/sync_types.h"

#include <QHash>

namespace warta {

class Storage;
class TtRssClient;

/// Push: the queue of local changes -> server. Subscriptions go first, in queue order;
/// then article changes, where per article and field (or label) only the latest queued
/// value is sent (it is the state the user left), batched per value. A change leaves the
/// queue only after the server confirmed it, in the same transaction that records the
/// server's new state; every call sets an absolute value (never tt-rss's toggle), so a
/// change re-sent after a crash between the two has no further effect: delivered once.
class TtRssPusher {
public:
    TtRssPusher(Storage &storage, TtRssClient &client, const Account &account,
                QHash<QString, qint64> categoryIds, SyncProgress progress);
    /// Fills pushed/errors/missingLabels; throws SyncError when the server fails
    /// (what was confirmed so far stays confirmed, the rest stays queued).
    void run(SyncSummary &summary);

private:
    void pushFeeds(const QList<PendingChange> &changes, SyncSummary &summary);
    void pushArticles(const QList<PendingChange> &changes, SyncSummary &summary);
    void complete(const QList<qint64> &rowIds, const QString &field, const QList<qint64> &remoteIds, bool value);
    void defer(const QList<qint64> &rowIds, const QString &why);

    Storage &m_storage;
    TtRssClient &m_client;
    Account m_account;
    QHash<QString, qint64> m_categoryIds;
    SyncProgress m_progress;
    int m_done = 0;
    int m_total = 0;
};

} // namespace warta
