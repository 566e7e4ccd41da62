#pragma once

#include "sync/sync_types.h"

#include <QObject>
#include <QPointer>

class QAction;
class QSettings;
class QTimer;

namespace warta {
class Storage;
class SyncService;
} // namespace warta

namespace warta::ui {

class AccountDialog;
class MainWindow;
class SyncStatusWidget;

/// Puts sync into the main window: a "Sync" menu (Sync Now, Accounts…), the status bar
/// widget, the scheduled sync timer, and a reload of the article list after a sync that
/// changed something. Syncs run on SyncService's worker thread, never overlapping.
class SyncController : public QObject {
    Q_OBJECT
public:
    SyncController(SyncService &sync, Storage &storage, QSettings &settings, MainWindow &window);

    [[nodiscard]] SyncStatusWidget *statusWidget() const { return m_status; }
    [[nodiscard]] QTimer *timer() const { return m_timer; }

public slots:
    /// "Sync Now": every Tiny Tiny RSS account; false when one runs or there is none.
    bool syncNow();
    /// The timer's tick: like syncNow, silently skipped while a sync runs.
    bool scheduledSync();
    /// Opens the (non-modal) account dialog, or raises it.
    AccountDialog *openAccounts();

private:
    void applyInterval(int minutes);
    void onFinished(const warta::SyncSummary &summary);
    void onIdle();
    [[nodiscard]] bool hasServerAccount() const;

    SyncService &m_sync;
    Storage &m_storage;
    QSettings &m_settings;
    MainWindow &m_window;
    SyncStatusWidget *m_status = nullptr;
    QTimer *m_timer = nullptr;
    QAction *m_syncNow = nullptr;
    QPointer<AccountDialog> m_dialog;
    // Totals of the running request (several accounts).
    SyncSummary m_total;
    QStringList m_failures;
};

} // namespace warta::ui
