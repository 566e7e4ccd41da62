#include "ui/account_dialog.h"

#include "storage/account_store.h"
#include "storage/storage.h"
#include "sync/account_service.h"
#include "sync/credential_store.h"
#include "sync/sync_service.h"
#include "ui/sync_messages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace warta::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;

// The stored last error in the reader's language when its kind is known (older rows and
// storage failures keep their text).
QString readableLastError(const QString &stored)
{
    const StoredSyncError parsed = parseStoredSyncError(stored);
    return parsed.kind ? syncErrorMessage(*parsed.kind, parsed.detail) : stored;
}

// Runs `work` on the pool (keyring jobs and database writes must not hold the GUI
// thread) and hands its result or its error to `done` on the dialog's thread.
template <typename T>
void runOffGui(QObject *context, std::function<T()> work,
               std::function<void(const T &, const QString &error)> done) {
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        try {
            done(watcher->result(), {});
        } catch (const std::exception &e) {
            done(T{}, QString::fromUtf8(e.what()));
        }
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}
} // namespace

AccountDialog::AccountDialog(Storage &storage, SyncService &sync, QSettings &settings,
                             QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_sync(sync)
    , m_settings(settings) {
    setWindowTitle(tr("Accounts"));
    setObjectName(QStringLiteral("accountDialog"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Remove account"), question) == QMessageBox::Yes;
    };

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("accountList"));
    m_new = new QPushButton(tr("&New Tiny Tiny RSS Account"));
    m_new->setObjectName(QStringLiteral("newAccountButton"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("removeAccountButton"));
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("accountDetails"));
    m_details->setWordWrap(true);

    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://example.com/tt-rss"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("userName"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_test = new QPushButton(tr("&Test Connection"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("saveAccountButton"));
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passwordStore = new QLabel;
    m_passwordStore->setObjectName(QStringLiteral("passwordStoreLabel"));
    m_passwordStore->setWordWrap(true);
    m_passwordStore->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_interval = new QSpinBox;
    m_interval->setObjectName(QStringLiteral("syncInterval"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only when asked"));
    m_interval->setValue(m_settings.value(QLatin1String(kIntervalKey), 0).toInt());

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_test);
    formButtons->addWidget(m_save);
    formButtons->addStretch();
    auto *intervalRow = new QFormLayout;
    intervalRow->addRow(tr("S&ync every:"), m_interval);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(listButtons);
    layout->addWidget(m_details);
    layout->addLayout(form);
    layout->addLayout(formButtons);
    layout->addWidget(m_result);
    layout->addWidget(m_passwordStore);
    layout->addLayout(intervalRow);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &AccountDialog::showSelected);
    connect(m_new, &QPushButton::clicked, this, &AccountDialog::newAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountDialog::removeSelected);
    connect(m_test, &QPushButton::clicked, this, [this] { requestLogin(false); });
    connect(m_save, &QPushButton::clicked, this, [this] { requestLogin(true); });
    connect(&m_sync, &SyncService::connectionTested, this, &AccountDialog::onTested);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_settings.setValue(QLatin1String(kIntervalKey), minutes);
        emit syncIntervalChanged(minutes);
    });
    reload(0);
}

qint64 AccountDialog::selectedId() const {
    const QListWidgetItem *item = m_list->currentItem();
    const qint64 id = item ? item->data(kIdRole).toLongLong() : 0;
    return id == AccountStore::kLocalAccountId ? 0 : id;
}

void AccountDialog::reload(qint64 select) {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Account &a : AccountStore::all(*m_storage.openReader())) {
        const QString text = a.kind == Account::Kind::Local
                                 ? tr("This computer (local feeds)")
                                 : tr("Tiny Tiny RSS: %1 at %2").arg(a.username, a.url);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kIdRole, a.id);
        if (a.id == select)
            m_list->setCurrentItem(item);
    }
    showSelected();
}

void AccountDialog::showSelected() {
    const qint64 id = selectedId();
    const Account account = id ? AccountStore::byId(*m_storage.openReader(), id) : Account{};
    // Another server or user is another account: only the password of one can change.
    m_url->setReadOnly(id != 0);
    m_user->setReadOnly(id != 0);
    m_url->setText(account.url);
    m_user->setText(account.username);
    m_password->clear();
    m_remove->setEnabled(id != 0);
    m_save->setText(id ? tr("&Change Password") : tr("&Add Account"));
    m_result->clear();
    if (!id) {
        m_details->setText(m_list->currentItem()
                               ? tr("Feeds you subscribe to in Warta itself. They are not synced.")
                               : tr("Enter the address of a Tiny Tiny RSS server and your login."));
        m_passwordStore->clear();
        return;
    }
    int pending = 0;
    for (const Account &a : AccountStore::all(*m_storage.openReader()))
        if (a.id == id)
            pending = a.pending;
    QStringList lines;
    lines << (account.lastSync.isValid()
                  ? tr("Last sync: %1")
                        .arg(QLocale().toString(account.lastSync.toLocalTime(),
                                                QLocale::ShortFormat))
                  : tr("Not synced yet."));
    if (!account.lastError.isEmpty())
        lines << tr("Last error: %1").arg(readableLastError(account.lastError));
    lines << tr("%n change(s) waiting to be sent.", nullptr, pending);
    m_details->setText(lines.join(QLatin1Char('\n')));
    if (account.secretStore == QLatin1String("file"))
        m_passwordStore->setText(
            tr("No desktop keyring answered, so the password is kept in a file readable only by "
               "you: %1")
                .arg(CredentialStore::fallbackFolder() + QLatin1Char('/') + account.secretKey));
    else if (account.secretStore == QLatin1String("keyring"))
        m_passwordStore->setText(tr("The password is kept in the desktop keyring."));
    else
        m_passwordStore->setText(tr("No password is saved for this account."));
}

void AccountDialog::newAccount() {
    m_list->setCurrentRow(-1);
    showSelected();
    m_url->setFocus();
}

void AccountDialog::requestLogin(bool thenSave) {
    if (m_url->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty() ||
        m_password->text().isEmpty()) {
        showResult(false, tr("Enter the server address, the user name and the password."));
        return;
    }
    m_saveAfter = thenSave;
    m_waiting = true;
    setBusy(true);
    m_result->setText(tr("Connecting…"));
    m_sync.testConnection(m_url->text().trimmed(), m_user->text().trimmed(), m_password->text());
}

void AccountDialog::onTested(bool ok, const QString &detail, int apiLevel, SyncError::Kind kind) {
    if (!m_waiting)
        return; // someone else's test
    m_waiting = false;
    if (!ok) {
        setBusy(false);
        showResult(false, syncErrorMessage(kind, detail)); // nothing was stored
        return;
    }
    showResult(true, connectionOkMessage(apiLevel));
    if (m_saveAfter)
        store();
    else
        setBusy(false);
}

// Called only after a successful login with exactly these fields.
void AccountDialog::store() {
    const qint64 id = selectedId();
    const QString url = m_url->text().trimmed();
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    Storage *storage = &m_storage;
    runOffGui<qint64>(
        this,
        [storage, id, url, user, password]() -> qint64 {
            if (id) {
                AccountService::changePassword(*storage, id, password);
                return id;
            }
            return AccountService::addTtRss(*storage, url, user, password).id;
        },
        [this, id](qint64 stored, const QString &error) {
            setBusy(false);
            if (!error.isEmpty()) {
                showResult(false, tr("Could not save the account: %1").arg(error));
                return;
            }
            const QString okText = m_result->text();
            reload(stored);
            showResult(true, okText + QLatin1Char(' ') +
                                 (id ? tr("Password changed.") : tr("Account added.")));
            emit accountsChanged();
        });
}

void AccountDialog::removeSelected() {
    const qint64 id = selectedId();
    if (!id)
        return;
    if (m_sync.isRunning()) {
        showResult(false, tr("A sync is running. Remove the account when it has finished."));
        return;
    }
    if (!m_confirm(tr("Remove the account “%1”? Its feeds and their articles are removed from "
                      "Warta; articles in "
                      "your collections stay. Nothing changes on the server.")
                       .arg(m_list->currentItem()->text())))
        return;
    setBusy(true);
    Storage *storage = &m_storage;
    runOffGui<bool>(
        this,
        [storage, id] {
            AccountService::remove(*storage, id);
            return true;
        },
        [this](bool, const QString &error) {
            setBusy(false);
            reload(0);
            if (!error.isEmpty())
                showResult(false, tr("Could not remove the account: %1").arg(error));
            emit accountsChanged();
        });
}

void AccountDialog::setBusy(bool busy) {
    m_test->setEnabled(!busy);
    m_save->setEnabled(!busy);
    m_remove->setEnabled(!busy && selectedId() != 0);
    m_new->setEnabled(!busy);
    m_list->setEnabled(!busy);
}

void AccountDialog::showResult(bool ok, const QString &text) {
    m_result->setProperty("ok", ok); // lets tests and styles tell success from failure
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_result->setText(text);
}

} // namespace warta::ui
