#include "sync/sync_service.h"

#include "storage/account_store.h"
#include "storage/storage.h"
#include "sync/sync_engine.h"

#include <QThread>

namespace warta {

SyncService::SyncService(Storage &storage, QObject *parent) : QObject(parent), m_storage(storage)
{
    qRegisterMetaType<warta::SyncSummary>();
}

SyncService::~SyncService()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool SyncService::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool SyncService::syncAccount(qint64 accountId)
{
    return start({accountId});
}

bool SyncService::syncAll()
{
    QList<qint64> ids;
    for (const Account &a : AccountStore::all(*m_storage.openReader())) {
        if (a.kind == Account::Kind::TtRss)
            ids.append(a.id);
    }
    return start(ids);
}

void SyncService::cancel()
{
    m_cancel = true;
}

bool SyncService::start(const QList<qint64> &accounts)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    // The worker owns its own network access (TtRssClient) and blocks on it; signals
    // emitted there are queued to this object's thread.
    m_thread = QThread::create([this, accounts] {
        for (qint64 id : accounts) {
            if (m_cancel)
                break;
            emit started(id);
            const SyncSummary summary = warta::syncAccount(
                m_storage, id, [this, id](const QString &stage, int done, int total) { emit progress(id, stage, done, total); },
                [this] { return m_cancel.load(); });
            if (summary.fatal && !summary.errors.isEmpty())
                emit error(id, summary.errors.last());
            emit finished(summary);
        }
        emit idle();
    });
    m_thread->setObjectName(QStringLiteral("warta-sync"));
    m_thread->start();
    return true;
}

void SyncService::testConnection(const QString &url, const QString &user, const QString &password)
{
    QThread *worker = QThread::create([this, url, user, password] {
        try {
            const int level = warta::testConnection(url, user, password); // one try, 15 s at most
            emit connectionTested(true, tr("Connected (API level %1)").arg(level), level);
        } catch (const SyncError &e) {
            emit connectionTested(false, e.message(), 0);
        }
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

} // namespace warta
