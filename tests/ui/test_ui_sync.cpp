// Sync from the window, against the real Tiny Tiny RSS on loopback (scripts/ttrss.sh):
// add an account through "Accounts…" with "Uji koneksi", refused logins that store
// nothing, unreachable / foreign / TLS addresses, "Sync Now" filling the article list,
// Cancel mid-sync leaving a consistent database, and the scheduled interval.
#include "core/app_paths.h"
#include "storage/account_store.h"
#include "storage/storage.h"
#include "sync/credential_store.h"
#include "sync/sync_engine.h"
#include "sync/sync_service.h"
#include "ttrss_server.h"
#include "ui/account_dialog.h"
#include "ui/article_list_model.h"
#include "ui/article_scheme_handler.h"
#include "ui/main_window.h"
#include "ui/sync_controller.h"
#include "ui/sync_messages.h"
#include "ui/ui_settings.h"
#include "ui_test_fixture.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <memory>

using namespace warta;
using namespace warta::test;

class TestUiSync : public QObject {
    Q_OBJECT
public:
    static void initMain() { ui::registerUrlSchemes(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addAccountWithTestConnection();
    void wrongPasswordStoresNothing();
    void apiOffUnreachableForeignAndTls();
    void syncNowFillsArticleList();
    void cancelMidSyncLeavesConsistentState();
    void scheduledSyncFollowsSettingAndNeverOverlaps();

private:
    ui::AccountDialog *openDialog();
    /// Types into the dialog's form and clicks `button`; returns the result text once shown.
    QString submit(ui::AccountDialog *dialog, const QString &url, const QString &user,
                   const QString &password, const char *button);
    qint64 scalar(const QString &sql) {
        return m_db->storage().openReader()->scalar(sql).toLongLong();
    }
    QString statusText() const {
        return m_window->findChild<QLabel *>(QStringLiteral("syncStatusLabel"))->text();
    }
    int credentialFiles() const {
        return int(QDir(CredentialStore::fallbackFolder()).entryList(QDir::Files).size());
    }

    QTemporaryDir m_home;
    std::unique_ptr<UiFixture> m_db;
    std::unique_ptr<ui::UiSettings> m_settings;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::SyncController *m_controller = nullptr;
};

void TestUiSync::initTestCase() {
    qputenv("XDG_DATA_HOME", m_home.path().toUtf8()); // password files of this run
    qputenv("WARTA_KEYRING", "off");                  // as on a desktop without a keyring
    setApplicationIdentity();
    QString why;
    if (!TtRssServer::ensureRunning(&why))
        QSKIP(qPrintable(QStringLiteral("no Tiny Tiny RSS server: %1").arg(why)));
}

void TestUiSync::init() {
    QDir(CredentialStore::fallbackFolder()).removeRecursively();
    m_db = std::make_unique<UiFixture>();
    m_settings = std::make_unique<ui::UiSettings>(m_db->settings());
    m_sync = std::make_unique<SyncService>(m_db->storage());
    m_window = std::make_unique<ui::MainWindow>(m_db->storage(), *m_settings);
    m_controller = new ui::SyncController(*m_sync, m_db->storage(), m_db->settings(), *m_window);
    m_window->show();
}

void TestUiSync::cleanup() {
    m_window.reset();
    m_sync.reset(); // waits for a running sync
    m_settings.reset();
    m_db.reset();
}

ui::AccountDialog *TestUiSync::openDialog() {
    m_window->findChild<QAction *>(QStringLiteral("accountsAction"))->trigger();
    auto *dialog = m_window->findChild<ui::AccountDialog *>();
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

QString TestUiSync::submit(ui::AccountDialog *dialog, const QString &url, const QString &user,
                           const QString &password, const char *button) {
    auto *urlEdit = dialog->findChild<QLineEdit *>(QStringLiteral("serverUrl"));
    if (!urlEdit->isReadOnly()) {
        urlEdit->clear();
        QTest::keyClicks(urlEdit, url);
        auto *userEdit = dialog->findChild<QLineEdit *>(QStringLiteral("userName"));
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
    }
    auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    auto *clicked = dialog->findChild<QPushButton *>(QLatin1String(button));
    QTest::mouseClick(clicked, Qt::LeftButton);
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("connectionResult"));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("accountList"));
    // Done when the buttons are usable again (the login, and the save after it, ended).
    (void)QTest::qWaitFor([&] { return clicked->isEnabled() && list->isEnabled(); }, 60000);
    return result->text();
}

void TestUiSync::addAccountWithTestConnection() {
    const QString user = TtRssServer::newUser(QStringLiteral("uiadd"));
    const QString password = TtRssServer::password(user);
    const int level = testConnection(TtRssServer::apiUrl(), user, password); // what the server says
    ui::AccountDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("accountList"))->count(),
             1); // local only

    // "Uji koneksi" logs in and says so, but stores nothing.
    const QString tested =
        submit(dialog, TtRssServer::apiUrl(), user, password, "testConnectionButton");
    QCOMPARE(tested, ui::connectionOkMessage(level));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM accounts")), 1);

    const QString saved =
        submit(dialog, TtRssServer::apiUrl(), user, password, "saveAccountButton");
    QVERIFY2(saved.startsWith(ui::connectionOkMessage(level)) &&
                 saved.contains(QLatin1String("Account added")),
             qPrintable(saved));
    const QList<Account> accounts = AccountStore::all(*m_db->storage().openReader());
    QCOMPARE(accounts.size(), 2);
    const Account &added = accounts.last();
    QCOMPARE(added.kind, Account::Kind::TtRss);
    QCOMPARE(added.username, user);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("accountList"));
    QCOMPARE(list->count(), 2);
    QVERIFY(list->currentItem()->text().contains(user));

    // No keyring here: the dialog says where the password went, and the file is private.
    QCOMPARE(added.secretStore, QStringLiteral("file"));
    const QString file = CredentialStore::fallbackFolder() + QLatin1Char('/') + added.secretKey;
    const QString notice =
        dialog->findChild<QLabel *>(QStringLiteral("passwordStoreLabel"))->text();
    QVERIFY2(notice.contains(QLatin1String("No desktop keyring answered")) && notice.contains(file),
             qPrintable(notice));
    QCOMPARE(QFile::permissions(file) &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions{});
    QFile stored(file);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(stored.readAll()), password);
}

void TestUiSync::wrongPasswordStoresNothing() {
    const QString user = TtRssServer::newUser(QStringLiteral("uiwrong"));
    ui::AccountDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString refused =
        submit(dialog, TtRssServer::apiUrl(), user, QStringLiteral("salah"), "saveAccountButton");
    QCOMPARE(refused, ui::syncErrorMessage(SyncError::Kind::Auth, {}));
    QVERIFY(refused.contains(QLatin1String("Wrong user name or password")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM accounts")), 1);
    QCOMPARE(credentialFiles(), 0);

    // Changing the password of a stored account: a wrong one changes nothing.
    QVERIFY(submit(dialog, TtRssServer::apiUrl(), user, TtRssServer::password(user),
                   "saveAccountButton")
                .contains(QLatin1String("Account added")));
    const Account before = AccountStore::all(*m_db->storage().openReader()).last();
    auto *urlEdit = dialog->findChild<QLineEdit *>(QStringLiteral("serverUrl"));
    QVERIFY(urlEdit->isReadOnly()); // another server is another account
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("saveAccountButton"))
                 ->text()
                 .remove(QLatin1Char('&')),
             QStringLiteral("Change Password"));
    QCOMPARE(submit(dialog, {}, {}, QStringLiteral("juga-salah"), "saveAccountButton"),
             ui::syncErrorMessage(SyncError::Kind::Auth, {}));
    const Account after = AccountStore::byId(*m_db->storage().openReader(), before.id);
    QCOMPARE(after.secretKey, before.secretKey);
    QCOMPARE(CredentialStore::load(after.secretStore, after.secretKey),
             TtRssServer::password(user));
    QCOMPARE(credentialFiles(), 1);
}

void TestUiSync::apiOffUnreachableForeignAndTls() {
    const QString user = TtRssServer::newUser(QStringLiteral("uiapi"));
    TtRssServer::script({QStringLiteral("api"), user, QStringLiteral("off")});
    ui::AccountDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString password = TtRssServer::password(user);
    QCOMPARE(submit(dialog, TtRssServer::apiUrl(), user, password, "saveAccountButton"),
             ui::syncErrorMessage(SyncError::Kind::ApiDisabled, {}));

    // A loopback port nobody listens on: the server is down.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    const QString down =
        submit(dialog, QStringLiteral("http://127.0.0.1:%1/tt-rss").arg(closedPort), user, password,
               "testConnectionButton");
    QVERIFY2(down.startsWith(QLatin1String("Cannot reach the server")), qPrintable(down));

    // nginx answers, but not as tt-rss.
    const QString foreign = submit(dialog, QStringLiteral("http://127.0.0.1/no-tt-rss-here"), user,
                                   password, "testConnectionButton");
    QVERIFY2(foreign.startsWith(
                 QLatin1String("This address does not answer like a Tiny Tiny RSS server")),
             qPrintable(foreign));

    // https to a plain-HTTP port: the TLS handshake fails.
    const QString tls = submit(dialog, QStringLiteral("https://127.0.0.1:80/tt-rss"), user,
                               password, "testConnectionButton");
    QVERIFY2(tls.startsWith(QLatin1String("The secure connection (TLS) failed")), qPrintable(tls));

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM accounts")), 1);
    QCOMPARE(credentialFiles(), 0);
}

void TestUiSync::syncNowFillsArticleList() {
    const QString user = TtRssServer::newUser(QStringLiteral("uisync"));
    TtRssServer::addFeed(user, QStringLiteral("ekonomi"), 3);
    ui::AccountDialog *dialog = openDialog();
    QVERIFY(submit(dialog, TtRssServer::apiUrl(), user, TtRssServer::password(user),
                   "saveAccountButton")
                .contains(QLatin1String("Account added")));
    dialog->close();
    QCOMPARE(m_window->articleModel().rowCount(), 0);

    m_window->findChild<QAction *>(QStringLiteral("syncNowAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QLatin1String("Synced:")), 60000);
    QCOMPARE(statusText(), QStringLiteral("Synced: 3 new, 0 sent, 0 conflicts, 0 errors"));
    QTRY_COMPARE(m_window->articleModel().rowCount(), 3);
    QStringList titles;
    for (int r = 0; r < 3; ++r)
        titles << m_window->articleModel()
                      .index(r, ui::ArticleListModel::TitleColumn)
                      .data()
                      .toString();
    titles.sort();
    QCOMPARE(titles,
             (QStringList{QStringLiteral("ekonomi berita 1"), QStringLiteral("ekonomi berita 2"),
                          QStringLiteral("ekonomi berita 3")}));

    // A change made in the window reaches the server on the next "Sync Now".
    const qint64 remote = TtRssServer::remoteId(user, QStringLiteral("ekonomi berita 2"));
    QVERIFY(TtRssServer::unread(remote));
    m_db->exec(QStringLiteral("UPDATE articles SET read = 1 WHERE title = 'ekonomi berita 2'"));
    m_window->findChild<QAction *>(QStringLiteral("syncNowAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
        statusText(), QStringLiteral("Synced: 0 new, 1 sent, 0 conflicts, 0 errors"), 60000);
    QVERIFY(!TtRssServer::unread(remote));
}

void TestUiSync::cancelMidSyncLeavesConsistentState() {
    const QString user = TtRssServer::newUser(QStringLiteral("uicancel"));
    const int total = 4000;
    TtRssServer::addBulkArticles(user, QStringLiteral("massal"), total, 2000);
    ui::AccountDialog *dialog = openDialog();
    QVERIFY(submit(dialog, TtRssServer::apiUrl(), user, TtRssServer::password(user),
                   "saveAccountButton")
                .contains(QLatin1String("Account added")));
    dialog->close();
    const qint64 account = AccountStore::all(*m_db->storage().openReader()).last().id;

    m_window->findChild<QAction *>(QStringLiteral("syncNowAction"))->trigger();
    // Cancel once the first page of articles is stored.
    static const QRegularExpression articles(QStringLiteral("^Sync: articles ([0-9]+)"));
    QTRY_VERIFY_WITH_TIMEOUT(articles.match(statusText()).hasMatch(), 60000);
    auto *cancel = m_window->findChild<QToolButton *>(QStringLiteral("cancelSyncButton"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QLatin1String("Sync failed:")), 60000);
    QCOMPARE(statusText(), QStringLiteral("Sync failed: %1")
                               .arg(ui::syncErrorMessage(SyncError::Kind::Cancelled, {})));
    QVERIFY(!cancel->isVisible());

    // The account dialog says why the last sync stopped in the reader's words, not the
    // engine's: the error is stored with its kind.
    QTRY_COMPARE(scalar(QStringLiteral("SELECT last_error LIKE 'cancelled: %' FROM accounts WHERE id = %1").arg(account)), 1);
    dialog = openDialog();
    auto *accounts = dialog->findChild<QListWidget *>(QStringLiteral("accountList"));
    accounts->setCurrentRow(accounts->count() - 1);
    QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("accountDetails"))->text()
                    .contains(ui::syncErrorMessage(SyncError::Kind::Cancelled, {})));
    dialog->close();

    // Consistent: whole pages only (one transaction each), no since_id yet (the first
    // sync starts over), nothing queued, and the list shows what was stored.
    const qint64 stored = scalar(QStringLiteral("SELECT count(*) FROM articles"));
    QVERIFY2(stored > 0 && stored < total && stored % 200 == 0,
             qPrintable(QString::number(stored)));
    QCOMPARE(scalar(QStringLiteral("SELECT since_id FROM accounts WHERE id = %1").arg(account)), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_pending")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_articles")), stored);

    // The next sync completes it without doubles.
    m_window->findChild<QAction *>(QStringLiteral("syncNowAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QLatin1String("Synced:")), 120000);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM articles")), total);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT remote_id) FROM sync_articles")), total);
    QVERIFY(scalar(QStringLiteral("SELECT since_id FROM accounts WHERE id = %1").arg(account)) > 0);
}

void TestUiSync::scheduledSyncFollowsSettingAndNeverOverlaps() {
    QTimer *timer = m_controller->timer();
    QVERIFY(!timer->isActive()); // off by default
    const QString user = TtRssServer::newUser(QStringLiteral("uitimer"));
    TtRssServer::addBulkArticles(user, QStringLiteral("jadwal"), 2000, 2000);
    ui::AccountDialog *dialog = openDialog();
    QVERIFY(submit(dialog, TtRssServer::apiUrl(), user, TtRssServer::password(user),
                   "saveAccountButton")
                .contains(QLatin1String("Account added")));
    auto *interval = dialog->findChild<QSpinBox *>(QStringLiteral("syncInterval"));
    interval->setValue(15);
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 15 * 60 * 1000);
    dialog->close();

    // A tick while a sync runs starts nothing; after it, a tick syncs.
    QVERIFY(m_controller->syncNow());
    QVERIFY(m_sync->isRunning());
    QVERIFY(!m_controller->scheduledSync());
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QLatin1String("Synced: 2000 new")), 120000);
    QTRY_VERIFY(!m_sync->isRunning());
    QVERIFY(m_controller->scheduledSync());
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QLatin1String("Synced: 0 new")), 120000);

    // Persisted: the next start (a new window on the same settings) schedules again.
    m_window = std::make_unique<ui::MainWindow>(m_db->storage(), *m_settings);
    auto *next = new ui::SyncController(*m_sync, m_db->storage(), m_db->settings(), *m_window);
    QVERIFY(next->timer()->isActive());
    QCOMPARE(next->timer()->interval(), 15 * 60 * 1000);
}

QTEST_MAIN(TestUiSync)
#include "test_ui_sync.moc"
