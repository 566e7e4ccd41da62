#pragma once

#include "storage/account_store.h"
#include "sync/sync_types.h"

#include <QHash>
#include <QSet>

namespace warta {

class Storage;
class TtRssClient;

/// Pull: server -> local. Categories become folders, feeds are mapped (or adopted by URL),
/// new articles arrive page by page (200 per call, ids above the account's since_id), and
/// on later syncs read/starred/labels of known articles are re-read as id sets (the API
/// has no "changed since"). Every page is written in its own transaction with the sync
/// guard on, so server state is never queued back, and memory stays at one page.
class TtRssPuller {
public:
    TtRssPuller(Storage &storage, TtRssClient &client, const Account &account, SyncProgress progress);

    /// Fills pulled/conflicts/errors of `summary`; throws SyncError when the server fails.
    void run(SyncSummary &summary);

    /// Category id by folder name (lower case), for subscribing; filled by run().
    [[nodiscard]] const QHash<QString, qint64> &categories() const { return m_categoryIds; }

private:
    void pullFeeds(SyncSummary &summary);
    void pullArticles(SyncSummary &summary);
    QSet<qint64> idSet(const QString &stage, qint64 feedId, const QString &viewMode);
    void pullState(SyncSummary &summary);
    void pullLabels();

    Storage &m_storage;
    TtRssClient &m_client;
    Account m_account;
    SyncProgress m_progress;
    QHash<QString, qint64> m_categoryIds;
    QList<QPair<qint64, QString>> m_labels; // label feed id, caption
};

} // namespace warta
