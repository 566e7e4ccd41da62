#pragma once

#include "sync/sync_types.h"

#include <QObject>
#include <QList>
#include <QSet>

#include <atomic>
#include <memory>

class QThread;

namespace warta {

class Storage;

/// The UI's handle on sync: runs syncs on a worker thread (never the GUI thread),
/// reports progress, and can be cancelled. One sync at a time; a request while one runs
/// is ignored (isRunning() tells). Signals arrive on the thread that owns the service.
///
///   SyncService sync(storage);
///   connect(&sync, &SyncService::progress, statusBar, ...);
///   connect(&sync, &SyncService::finished, ...);   // summary: pulled, pushed, conflicts, errors
///   sync.syncAll();      // or syncAccount(id); cancel() from the status bar's button
class SyncService : public QObject {
    Q_OBJECT
public:
    explicit SyncService(Storage &storage, QObject *parent = nullptr);
    ~SyncService() override; ///< cancels and waits for a running sync and tests

    [[nodiscard]] bool isRunning() const;

public slots:
    /// Starts a sync of one account; false if one is already running.
    bool syncAccount(qint64 accountId);
    /// Every Tiny Tiny RSS account, one after the other.
    bool syncAll();
    /// Asks the running sync to stop at the next request; what was confirmed stays,
    /// the rest stays queued. finished() still comes (with fatal set).
    void cancel();
    /// "Uji koneksi": logs in on the worker thread; answers with connectionTested().
    void testConnection(const QString &url, const QString &user, const QString &password);

signals:
    void started(qint64 accountId);
    /// stage: login, feeds, articles, state, labels, push; total -1 when unknown.
    void progress(qint64 accountId, const QString &stage, int done, int total);
    /// After every account, successful or not.
    void finished(const warta::SyncSummary &summary);
    /// A sync that stopped early, with a message for the user (wrong password, API
    /// access off, server down or answering garbage, cancelled).
    void error(qint64 accountId, const QString &message);
    /// All accounts of a request are done.
    void idle();
    /// kind: why it failed (meaningless when ok); message: the client's detail.
    void connectionTested(bool ok, const QString &message, int apiLevel, warta::SyncError::Kind kind);

private:
    bool start(const QList<qint64> &accounts);
    Storage &m_storage;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_closing{false}; ///< stops connection tests when the service goes
    QThread *m_thread = nullptr;
    QSet<QThread *> m_tests; ///< running connection tests, waited for on destruction
};

} // namespace warta
