#include "ui/sync_controller.h"

#include "storage/account_store.h"
#include "storage/storage.h"
#include "sync/sync_service.h"
#include "ui/account_dialog.h"
#include "ui/main_window.h"
#include "ui/sync_messages.h"
#include "ui/sync_status_widget.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace warta::ui {

SyncController::SyncController(SyncService &sync, Storage &storage, QSettings &settings,
                               MainWindow &window)
    : QObject(&window)
    , m_sync(sync)
    , m_storage(storage)
    , m_settings(settings)
    , m_window(window) {
    setObjectName(QStringLiteral("syncController"));
    QMenu *menu = window.menuBar()->addMenu(tr("S&ync"));
    menu->setObjectName(QStringLiteral("syncMenu"));
    m_syncNow = menu->addAction(tr("Sync &Now"));
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(tr("Ctrl+Shift+Y")));
    window.addAction(m_syncNow);
    connect(m_syncNow, &QAction::triggered, this, &SyncController::syncNow);
    QAction *accounts = menu->addAction(tr("&Accounts…"));
    accounts->setObjectName(QStringLiteral("accountsAction"));
    connect(accounts, &QAction::triggered, this, &SyncController::openAccounts);

    m_status = new SyncStatusWidget;
    window.statusBar()->addPermanentWidget(m_status);
    connect(m_status, &SyncStatusWidget::cancelRequested, this, [this] {
        m_status->showCancelling();
        m_sync.cancel();
    });

    connect(&m_sync, &SyncService::progress, m_status,
            [this](qint64, const QString &stage, int done, int total) {
                m_status->showProgress(stage, done, total);
            });
    connect(&m_sync, &SyncService::finished, this, &SyncController::onFinished);
    connect(&m_sync, &SyncService::idle, this, &SyncController::onIdle);

    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("syncTimer"));
    connect(m_timer, &QTimer::timeout, this, &SyncController::scheduledSync);
    applyInterval(m_settings.value(QLatin1String(AccountDialog::kIntervalKey), 0).toInt());
}

bool SyncController::hasServerAccount() const {
    for (const Account &a : AccountStore::all(*m_storage.openReader()))
        if (a.kind == Account::Kind::TtRss)
            return true;
    return false;
}

bool SyncController::syncNow() {
    if (m_sync.isRunning())
        return false;
    if (!hasServerAccount()) {
        m_status->showDone(tr("No Tiny Tiny RSS account yet: add one under Sync › Accounts…"), {},
                           false);
        return false;
    }
    m_total = SyncSummary{};
    m_failures.clear();
    m_status->showProgress(QStringLiteral("login"), 0, -1);
    return m_sync.syncAll();
}

bool SyncController::scheduledSync() {
    if (m_sync.isRunning() || !hasServerAccount())
        return false; // never overlap; nothing to do without an account
    return syncNow();
}

AccountDialog *SyncController::openAccounts() {
    if (!m_dialog) {
        m_dialog = new AccountDialog(m_storage, m_sync, m_settings, &m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &AccountDialog::syncIntervalChanged, this,
                &SyncController::applyInterval);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void SyncController::applyInterval(int minutes) {
    if (minutes > 0)
        m_timer->start(minutes * 60 * 1000);
    else
        m_timer->stop();
}

void SyncController::onFinished(const SyncSummary &summary) {
    m_total.pulled += summary.pulled;
    m_total.pushed += summary.pushed;
    m_total.conflicts += summary.conflicts;
    m_total.errors += summary.errors;
    m_total.missingLabels += summary.missingLabels;
    if (summary.fatal) {
        m_total.fatal = true;
        m_failures << (summary.fatalKind
                           ? syncErrorMessage(*summary.fatalKind,
                                              summary.errors.value(summary.errors.size() - 1))
                           : summary.errors.value(summary.errors.size() - 1));
    }
}

void SyncController::onIdle() {
    QStringList details = m_total.errors;
    if (!m_total.missingLabels.isEmpty())
        details
            << tr("Collections without a label on the server (create them in Tiny Tiny RSS): %1")
                   .arg(m_total.missingLabels.join(QStringLiteral(", ")));
    if (!m_failures.isEmpty()) {
        m_status->showDone(tr("Sync failed: %1").arg(m_failures.join(QLatin1Char(' '))),
                           details.join(QLatin1Char('\n')), true);
    } else {
        m_status->showDone(tr("Synced: %1 new, %2 sent, %3 conflicts, %4 errors")
                               .arg(m_total.pulled)
                               .arg(m_total.pushed)
                               .arg(m_total.conflicts)
                               .arg(m_total.errors.size()),
                           details.join(QLatin1Char('\n')), !m_total.errors.isEmpty());
    }
    // Feeds, counts and states follow Storage::changed; new articles need the list re-queried.
    if (m_total.pulled > 0 || m_total.pushed > 0)
        m_window.showSource(m_window.currentSource());
}

} // namespace warta::ui
