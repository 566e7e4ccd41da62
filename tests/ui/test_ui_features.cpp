// Reader features through the real window: tags, collections, keyboard, filters,
// mark-all-read with undo, settings, the status bar.
#include "storage/article_store.h"
#include "storage/collection_store.h"
#include "storage/tag_store.h"
#include "ui/article_list_model.h"
#include "ui/article_scheme_handler.h"
#include "ui/article_view.h"
#include "ui/main_window.h"
#include "ui/refresh_controller.h"
#include "ui/settings_dialog.h"
#include "ui/tag_list_model.h"
#include "ui/tag_sidebar.h"
#include "ui/ui_settings.h"
#include "ui_test_fixture.h"
#include "ui_test_helpers.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace warta;
using namespace warta::test;

namespace {
class FakeRefresh : public ui::RefreshController {
public:
    using RefreshController::RefreshController;
    void refreshAll() override { ++calls; }
    void refreshFeed(qint64) override {}
    void cancel() override { cancelled = true; }
    int calls = 0;
    bool cancelled = false;
};

// Answers the next modal dialog `T` once it shows, polling without blocking, so a
// click that opens the dialog can finish first.
void answerNextInputDialog(const QString &text)
{
    whenModal<QInputDialog>([text](QInputDialog *dialog) {
        dialog->setTextValue(text);
        dialog->accept();
    });
}
} // namespace

class TestUiFeatures : public QObject {
    Q_OBJECT
public:
    static void initMain() { ui::registerUrlSchemes(); }

private slots:
    void init();
    void cleanup();
    void followingATagListsItsArticlesFromAllFeeds();
    void collectionsCreateSaveListRenameExportDelete();
    void keyboardNavigation();
    void quickFilterAndUnreadStarredFilters();
    void markAllReadCanBeUndone();
    void settingsDialogSavesPreferences();
    void statusBarShowsWriteFailuresAndRefreshProgress();
    void renameAndMergeTagsFromTheSidebar();

private:
    void makeWindow(ui::RefreshController *refresh = nullptr);
    QTableView *list() const { return m_window->findChild<QTableView *>(QStringLiteral("articleList")); }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    bool isRead(qint64 id);
    void settle(); ///< writer done, reload timers fired
    void activate(); ///< after a modal dialog, give the window its focus back

    std::unique_ptr<UiFixture> m_db;
    std::unique_ptr<ui::UiSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QList<QUrl> m_opened;
};

void TestUiFeatures::init()
{
    m_db = std::make_unique<UiFixture>();
    m_db->seedNews();
    m_settings = std::make_unique<ui::UiSettings>(m_db->settings());
    m_opened.clear();
}

void TestUiFeatures::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_db.reset();
}

void TestUiFeatures::makeWindow(ui::RefreshController *refresh)
{
    m_window = std::make_unique<ui::MainWindow>(m_db->storage(), *m_settings, refresh);
    m_window->setUrlOpener([this](const QUrl &url) { m_opened << url; });
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

bool TestUiFeatures::isRead(qint64 id)
{
    m_db->storage().drain();
    auto reader = m_db->storage().openReader();
    return ArticleStore::byId(*reader, id).read;
}

void TestUiFeatures::activate()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestUiFeatures::settle()
{
    m_db->storage().drain();
    QTest::qWait(250); // queued changed() + the 100 ms reload debounce
}

void TestUiFeatures::followingATagListsItsArticlesFromAllFeeds()
{
    makeWindow();
    auto *tags = m_window->findChild<QListView *>(QStringLiteral("tagList"));
    const int row = static_cast<ui::TagListModel *>(tags->model())->rowOfKey(QStringLiteral("teknologi"));
    tags->setCurrentIndex(tags->model()->index(row, 0));
    QCOMPARE(list()->model()->rowCount(), 3);
    QSet<QString> feeds;
    for (int r = 0; r < 3; ++r)
        feeds << list()->model()->index(r, ui::ArticleListModel::FeedColumn).data().toString();
    QCOMPARE(feeds, (QSet<QString>{QStringLiteral("ANTARA"), QStringLiteral("Tempo"), QStringLiteral("Detik Inet")}));

    auto *follow = m_window->findChild<QPushButton *>(QStringLiteral("followTagButton"));
    QCOMPARE(follow->text(), QStringLiteral("Follow"));
    QTest::mouseClick(follow, Qt::LeftButton);
    settle();
    auto reader = m_db->storage().openReader();
    QVERIFY(TagStore::all(*reader).first().followed);
    // Pinned on top, still selected, and the button now unfollows.
    QCOMPARE(tags->model()->index(0, 0).data(ui::TagListModel::KeyRole).toString(), QStringLiteral("teknologi"));
    QCOMPARE(tags->currentIndex().row(), 0);
    QCOMPARE(follow->text(), QStringLiteral("Unfollow"));
    QTest::mouseClick(follow, Qt::LeftButton);
    settle();
    QVERIFY(!TagStore::all(*reader).first().followed);
}

void TestUiFeatures::collectionsCreateSaveListRenameExportDelete()
{
    makeWindow();
    auto *collections = m_window->findChild<QListView *>(QStringLiteral("collectionList"));
    answerNextInputDialog(QStringLiteral("Riset"));
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("newCollectionButton")), Qt::LeftButton);
    settle();
    QCOMPARE(collections->model()->rowCount(), 1);
    QCOMPARE(collections->model()->index(0, 0).data().toString(), QStringLiteral("Riset (0)"));

    // Save the open article through the menu, and a second one through Ctrl+D.
    list()->setCurrentIndex(list()->model()->index(m_window->articleModel().rowOf(m_db->startupArticle), 0));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("saveToCollectionMenu"));
    emit menu->aboutToShow();
    m_window->findChild<QAction *>(QStringLiteral("saveTo:Riset"))->trigger();
    list()->setCurrentIndex(list()->model()->index(m_window->articleModel().rowOf(m_db->detikArticle), 0));
    answerNextInputDialog(QStringLiteral("Riset"));
    activate();
    QTest::keyClick(list(), Qt::Key_D, Qt::ControlModifier);
    settle();
    QCOMPARE(collections->model()->index(0, 0).data().toString(), QStringLiteral("Riset (2)"));

    // The collection view lists them in saving order.
    collections->setCurrentIndex(collections->model()->index(0, 0));
    QCOMPARE(list()->model()->rowCount(), 2);
    QCOMPARE(list()->model()->index(0, 0).data(ui::ArticleListModel::ArticleIdRole).toLongLong(), m_db->startupArticle);

    // Export both ways, through the window's file chooser.
    const QString md = m_db->path(QStringLiteral("riset.md"));
    const QString html = m_db->path(QStringLiteral("riset.html"));
    QString next = md;
    m_window->setSaveFileChooser([&next](const QString &, const QString &, const QString &) { return next; });
    auto *exportMenu = m_window->findChild<QMenu *>(QStringLiteral("exportCollectionMenu"));
    exportMenu->actions().at(0)->trigger();
    next = html;
    exportMenu->actions().at(1)->trigger();
    QFile mdFile(md), htmlFile(html);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString mdText = QString::fromUtf8(mdFile.readAll());
    QVERIFY(mdText.startsWith(QStringLiteral("# Riset")));
    QVERIFY(mdText.contains(QStringLiteral("## Ponsel lipat baru dirilis")));
    QVERIFY(QString::fromUtf8(htmlFile.readAll()).contains(QStringLiteral("Startup teknologi Indonesia tumbuh pesat")));

    // Rename, then delete (articles stay in their feeds).
    activate();
    answerNextInputDialog(QStringLiteral("Riset Pasar"));
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("renameCollectionButton")), Qt::LeftButton);
    settle();
    QCOMPARE(collections->model()->index(0, 0).data().toString(), QStringLiteral("Riset Pasar (2)"));
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("deleteCollectionButton")), Qt::LeftButton);
    settle();
    QCOMPARE(collections->model()->rowCount(), 0);
    auto reader = m_db->storage().openReader();
    QVERIFY(ArticleStore::byId(*reader, m_db->detikArticle).id != 0);
}

void TestUiFeatures::keyboardNavigation()
{
    makeWindow();
    // From the feed tree: focusing the list itself would make its first row current.
    m_window->findChild<QTreeView *>(QStringLiteral("feedTree"))->setFocus();
    QTest::keyClick(list(), Qt::Key_J);
    QCOMPARE(list()->currentIndex().row(), 0);
    QTest::keyClick(list(), Qt::Key_J);
    QCOMPARE(list()->currentIndex().row(), 1);
    QTest::keyClick(list(), Qt::Key_K);
    QCOMPARE(list()->currentIndex().row(), 0);
    const qint64 first = list()->currentIndex().data(ui::ArticleListModel::ArticleIdRole).toLongLong();
    QVERIFY(list()->currentIndex().data(ui::ArticleListModel::ReadRole).toBool());
    QVERIFY(isRead(first));

    // m toggles read, s toggles the star, o opens the original page.
    QTest::keyClick(list(), Qt::Key_M);
    QVERIFY(!list()->currentIndex().data(ui::ArticleListModel::ReadRole).toBool());
    QVERIFY(!isRead(first));
    QTest::keyClick(list(), Qt::Key_S);
    QVERIFY(list()->currentIndex().data(ui::ArticleListModel::StarredRole).toBool());
    m_db->storage().drain();
    {
        auto reader = m_db->storage().openReader();
        QVERIFY(ArticleStore::byId(*reader, first).starred);
    }
    QTest::keyClick(list(), Qt::Key_O);
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first().host(), QStringLiteral("news.example"));

    // n skips read articles: mark row 1 and 2 read, then n from row 0 lands on row 3.
    QTest::keyClick(list(), Qt::Key_M); // row 0 read again
    m_window->articleModel().setLocalState(list()->model()->index(1, 0).data(ui::ArticleListModel::ArticleIdRole).toLongLong(), true, false);
    m_window->articleModel().setLocalState(list()->model()->index(2, 0).data(ui::ArticleListModel::ArticleIdRole).toLongLong(), true, false);
    QTest::keyClick(list(), Qt::Key_N);
    QCOMPARE(list()->currentIndex().row(), 3);

    // space on a short article moves to the next one.
    QVERIFY(waitForPageText(m_window->articleView().webView(),
                            list()->currentIndex().data().toString()));
    // space pages through the article first, then moves on.
    for (int i = 0; i < 20 && list()->currentIndex().row() == 3; ++i) {
        QTest::keyClick(list(), Qt::Key_Space);
        QTest::qWait(100); // the page reports its new scroll position asynchronously
    }
    QCOMPARE(list()->currentIndex().row(), 4);

    // Ctrl+F focuses the quick filter (/ is the search box); r asks for a refresh (none in this build: a message).
    QTest::keyClick(list(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("quickFilter"))->hasFocus());
    QTest::keyClick(m_window->findChild<QLineEdit *>(QStringLiteral("quickFilter")), Qt::Key_J);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("quickFilter"))->text(), QStringLiteral("j"));
    QCOMPARE(list()->currentIndex().row(), 4); // typed, not navigated
}

void TestUiFeatures::quickFilterAndUnreadStarredFilters()
{
    makeWindow();
    QCOMPARE(list()->model()->rowCount(), 7);
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    QTest::keyClicks(filter, QStringLiteral("startup"));
    QTRY_COMPARE(list()->model()->rowCount(), 2);
    filter->clear();
    QTRY_COMPARE(list()->model()->rowCount(), 7);

    list()->setCurrentIndex(list()->model()->index(0, 0)); // read now
    settle();
    QCOMPARE(list()->model()->rowCount(), 7); // a state change never reshuffles the list...
    m_window->findChild<QCheckBox *>(QStringLiteral("unreadFilter"))->setChecked(true);
    QCOMPARE(list()->model()->rowCount(), 6); // ...applying the filter does
    m_window->findChild<QCheckBox *>(QStringLiteral("unreadFilter"))->setChecked(false);
    m_window->findChild<QCheckBox *>(QStringLiteral("starredFilter"))->setChecked(true);
    QCOMPARE(list()->model()->rowCount(), 0);
    m_window->findChild<QCheckBox *>(QStringLiteral("starredFilter"))->setChecked(false);
    // The quick filter narrows the current source only.
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("feedTree"));
    tree->setCurrentIndex(findRow(tree->model(), QStringLiteral("Tempo")));
    QTest::keyClicks(filter, QStringLiteral("startup"));
    QTRY_COMPARE(list()->model()->rowCount(), 1);
}

void TestUiFeatures::markAllReadCanBeUndone()
{
    makeWindow();
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("feedTree"));
    tree->setCurrentIndex(findRow(tree->model(), QStringLiteral("ANTARA")));
    QCOMPARE(list()->model()->rowCount(), 3);
    action(QStringLiteral("markAllReadAction"))->trigger();
    for (int r = 0; r < 3; ++r)
        QVERIFY(list()->model()->index(r, 0).data(ui::ArticleListModel::ReadRole).toBool());
    settle();
    QVERIFY(isRead(m_db->policyArticle) && isRead(m_db->startupArticle) && isRead(m_db->scriptArticle));
    QVERIFY(!isRead(m_db->cachedTarget)); // other feeds untouched
    QCOMPARE(findRow(tree->model(), QStringLiteral("ANTARA")).data().toString(), QStringLiteral("ANTARA"));

    QTest::keyClick(list(), Qt::Key_Z, Qt::ControlModifier);
    settle();
    QVERIFY(!isRead(m_db->policyArticle) && !isRead(m_db->startupArticle) && !isRead(m_db->scriptArticle));
    QCOMPARE(findRow(tree->model(), QStringLiteral("ANTARA")).data().toString(), QStringLiteral("ANTARA (3)"));
    QVERIFY(!list()->model()->index(0, 0).data(ui::ArticleListModel::ReadRole).toBool());
}

void TestUiFeatures::settingsDialogSavesPreferences()
{
    ui::SettingsDialog dialog(*m_settings);
    dialog.findChild<QSpinBox *>(QStringLiteral("refreshInterval"))->setValue(15);
    dialog.findChild<QSpinBox *>(QStringLiteral("retentionDays"))->setValue(30);
    dialog.findChild<QCheckBox *>(QStringLiteral("cacheForOffline"))->setChecked(false);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    language->setCurrentIndex(language->findData(QStringLiteral("id")));
    auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QSettings reread(m_db->path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ui::UiSettings again(reread);
    QCOMPARE(again.refreshIntervalMinutes(), 15);
    QCOMPARE(again.retentionDays(), 30);
    QCOMPARE(again.cacheForOffline(), false);
    QCOMPARE(again.language(), QStringLiteral("id"));
    QCOMPARE(again.theme(), QStringLiteral("dark"));
}

void TestUiFeatures::statusBarShowsWriteFailuresAndRefreshProgress()
{
    FakeRefresh refresh;
    makeWindow(&refresh);
    auto *error = m_window->findChild<QLabel *>(QStringLiteral("writeErrorLabel"));
    QVERIFY(!error->isVisible());
    m_db->storage().write(QStringLiteral("saving a test"), [](SqliteConnection &db) {
        db.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
    });
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->toolTip().contains(QStringLiteral("saving a test")));
    QVERIFY(error->toolTip().contains(QStringLiteral("no_such_table")));

    QTest::keyClick(list(), Qt::Key_R);
    QCOMPARE(refresh.calls, 1);
    auto *progress = m_window->findChild<QProgressBar *>(QStringLiteral("refreshProgress"));
    emit refresh.started(4);
    emit refresh.progress(1, 4);
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->value(), 1);
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("cancelRefreshButton")), Qt::LeftButton);
    QVERIFY(refresh.cancelled);
    emit refresh.finished(3);
    QVERIFY(!progress->isVisible());
    m_window.reset(); // before `refresh` goes
}

void TestUiFeatures::renameAndMergeTagsFromTheSidebar()
{
    makeWindow();
    auto *tags = m_window->findChild<QListView *>(QStringLiteral("tagList"));
    auto *model = static_cast<ui::TagListModel *>(tags->model());
    auto *sidebar = m_window->findChild<ui::TagSidebar *>(QStringLiteral("tagSidebar"));
    const auto articlesOf = [&](const QString &key) {
        const int row = model->rowOfKey(key);
        return row < 0 ? -1 : model->index(row, 0).data(ui::TagListModel::ArticlesRole).toInt();
    };
    const int tekno = articlesOf(QStringLiteral("teknologi"));
    const int politik = articlesOf(QStringLiteral("politik"));
    QVERIFY(tekno > 0 && politik > 0);

    tags->setCurrentIndex(model->index(model->rowOfKey(QStringLiteral("politik")), 0));
    answerNextInputDialog(QStringLiteral("Politik Nasional"));
    sidebar->promptRename();
    settle();
    QTRY_COMPARE(articlesOf(QStringLiteral("politik nasional")), politik);
    QCOMPARE(articlesOf(QStringLiteral("politik")), -1);

    // "Politik Nasional" into "Teknologi": every article keeps the merged tag, once.
    tags->setCurrentIndex(model->index(model->rowOfKey(QStringLiteral("politik nasional")), 0));
    answerNextInputDialog(QStringLiteral("Teknologi"));
    sidebar->promptMerge();
    settle();
    QTRY_COMPARE(articlesOf(QStringLiteral("teknologi")), tekno + politik); // the fixture tags none both ways
    QCOMPARE(articlesOf(QStringLiteral("politik nasional")), -1);
}

QTEST_MAIN(TestUiFeatures)
#include "test_ui_features.moc"
