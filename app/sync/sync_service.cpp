#include "sync/sync_service.h"

#include "storage/account_store.h"
#include "storage/storage.h"
#include "sync/sync_engine.h"

#include <QThread>

namespace warta {

SyncService::SyncService(Storage &storage, QObject *parent) : QObject(parent), m_storage(storage)
{
    qRegisterMetaType<warta::SyncSummary>();
    qRegisterMetaType<warta::SyncError::Kind>();
}

SyncService::~SyncService()
{
    cancel();
    m_closing = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    for (QThread *test : std::as_const(m_tests)) {
        test->wait();
        delete test;
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
            const int level = warta::testConnection(url, user, password, [this] { return m_closing.load(); });
            emit connectionTested(true, QStringLiteral("connected (API level %1)").arg(level), level, SyncError::Kind::Server);
        } catch (const SyncError &e) {
            emit connectionTested(false, e.message(), 0, e.kind());
        }
    });
    m_tests.insert(worker);
    connect(worker, &QThread::finished, this, [this, worker] {
        if (m_tests.remove(worker))
            worker->deleteLater();
    });
    worker->start();
}

} // namespace warta
