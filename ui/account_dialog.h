#pragma once

#include "sync/sync_types.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;
class QSpinBox;

namespace warta {
class Storage;
class SyncService;
} // namespace warta

namespace warta::ui {

/// "Accounts…": the local account and Tiny Tiny RSS accounts. Adding one or changing its
/// password first logs in off the GUI thread ("Uji koneksi"); only a login that succeeds
/// stores anything. Also holds the scheduled sync interval (QSettings "sync/intervalMinutes").
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    AccountDialog(Storage &storage, SyncService &sync, QSettings &settings,
                  QWidget *parent = nullptr);

    /// Asks before removing an account; tests replace it.
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    static constexpr const char *kIntervalKey = "sync/intervalMinutes";

signals:
    void accountsChanged();
    void syncIntervalChanged(int minutes);

private:
    void reload(qint64 select);
    void showSelected();
    void newAccount();
    void requestLogin(bool thenSave);
    void onTested(bool ok, const QString &detail, int apiLevel, warta::SyncError::Kind kind);
    void store();
    void removeSelected();
    void setBusy(bool busy);
    void showResult(bool ok, const QString &text);
    [[nodiscard]] qint64 selectedId() const; ///< a Tiny Tiny RSS account, else 0

    Storage &m_storage;
    SyncService &m_sync;
    QSettings &m_settings;
    Confirm m_confirm;
    QListWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_details = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_passwordStore = nullptr;
    QSpinBox *m_interval = nullptr;
    bool m_waiting = false;   ///< a login test of ours is running
    bool m_saveAfter = false; ///< ...and its success stores the account
};

} // namespace warta::ui
