// Search through the real window: the search box finds inflected forms across feeds off the
// GUI thread, shows snippets and syntax errors, and saved searches live in the sidebar with
// unread counts across a restart.
#include "ui/article_list_model.h"
#include "ui/article_scheme_handler.h"
#include "ui/article_view.h"
#include "ui/main_window.h"
#include "ui/saved_search_list_model.h"
#include "ui/ui_settings.h"
#include "ui_test_fixture.h"
#include "ui_test_helpers.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

using namespace warta;
using namespace warta::test;

class TestUiSearch : public QObject {
    Q_OBJECT
public:
    static void initMain() { ui::registerUrlSchemes(); }

private slots:
    void init();
    void cleanup();
    void searchBoxFindsInflectedFormsAcrossFeeds();
    void badSyntaxShowsAMessageNotAnError();
    void savedSearchShowsUnreadCountAndSurvivesRestart();

private:
    void makeWindow();
    void search(const QString &query);
    QSet<qint64> listedIds() const;
    /// Right-clicks `index` of `view` and picks the menu entry called `action`.
    void contextMenuAction(QListView *view, const QModelIndex &index, const QString &action);
    QTableView *list() const { return m_window->findChild<QTableView *>(QStringLiteral("articleList")); }
    QLineEdit *box() const { return m_window->findChild<QLineEdit *>(QStringLiteral("searchBox")); }
    QLabel *message() const { return m_window->findChild<QLabel *>(QStringLiteral("searchMessage")); }
    QListView *saved() const { return m_window->findChild<QListView *>(QStringLiteral("savedSearchList")); }

    std::unique_ptr<UiFixture> m_db;
    std::unique_ptr<ui::UiSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestUiSearch::init()
{
    m_db = std::make_unique<UiFixture>();
    m_db->seedNews();
    m_settings = std::make_unique<ui::UiSettings>(m_db->settings());
}

void TestUiSearch::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_db.reset();
}

void TestUiSearch::makeWindow()
{
    m_window = std::make_unique<ui::MainWindow>(m_db->storage(), *m_settings);
    m_window->setUrlOpener([](const QUrl &) {});
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestUiSearch::search(const QString &query)
{
    // "/" from the article list, as a reader would; then type and press Enter.
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Slash);
    QTRY_VERIFY(box()->hasFocus());
    QTest::keyClicks(box(), query);
    QTest::keyClick(box(), Qt::Key_Return);
}

QSet<qint64> TestUiSearch::listedIds() const
{
    QSet<qint64> ids;
    for (int r = 0; r < list()->model()->rowCount(); ++r)
        ids.insert(list()->model()->index(r, 0).data(ui::ArticleListModel::ArticleIdRole).toLongLong());
    return ids;
}

void TestUiSearch::contextMenuAction(QListView *view, const QModelIndex &index, const QString &action)
{
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, poll, [poll, action] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            poll->stop();
            poll->deleteLater();
            if (auto *entry = menu->findChild<QAction *>(action))
                entry->trigger();
            menu->close();
        }
    });
    poll->start(20);
    const QPoint at = view->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
}

void TestUiSearch::searchBoxFindsInflectedFormsAcrossFeeds()
{
    makeWindow();
    const int all = list()->model()->rowCount();
    search(QStringLiteral("berteknologi"));
    // "berteknologi" is teknologi: in a title (ANTARA) and as a tag in Tempo and Detik.
    const QSet<qint64> expected{m_db->startupArticle, m_db->cachedTarget, m_db->detikArticle};
    QTRY_COMPARE(listedIds(), expected);
    QVERIFY(all > expected.size());
    QSet<QString> feeds;
    for (int r = 0; r < list()->model()->rowCount(); ++r)
        feeds.insert(list()->model()->index(r, ui::ArticleListModel::FeedColumn).data().toString());
    QVERIFY2(feeds.size() >= 2, qPrintable(QStringList(feeds.values()).join(QLatin1Char(','))));
    QVERIFY(message()->isHidden());

    // Hovering the title match shows its snippet with the word highlighted.
    const int row = static_cast<ui::ArticleListModel *>(list()->model())->rowOf(m_db->startupArticle);
    const QRect rect = list()->visualRect(list()->model()->index(row, 0));
    QHelpEvent hover(QEvent::ToolTip, rect.center(), list()->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(list()->viewport(), &hover);
    QTRY_VERIFY2(QToolTip::text().contains(QLatin1String("<mark>teknologi</mark>")), qPrintable(QToolTip::text()));

    // Opening a result shows it in the reader pane.
    list()->selectRow(row);
    QTRY_COMPARE(m_window->articleView().articleId(), m_db->startupArticle);
    QVERIFY(waitForPageText(m_window->articleView().webView(), QStringLiteral("Startup teknologi Indonesia")));
}

void TestUiSearch::badSyntaxShowsAMessageNotAnError()
{
    makeWindow();
    search(QStringLiteral("banjir"));
    // Nothing in the fixture says banjir: a message, not an empty list without a word.
    QTRY_VERIFY2(message()->isVisible() && message()->text().contains(QLatin1String("banjir")), qPrintable(message()->text()));
    QCOMPARE(list()->model()->rowCount(), 0);

    box()->clear();
    search(QStringLiteral("\"harga beras"));
    QTRY_VERIFY(message()->isVisible() && message()->text().contains(QLatin1String("quote"), Qt::CaseInsensitive));
    QVERIFY2(!message()->text().contains(QLatin1String("SQL")) && !message()->text().contains(QLatin1String("fts5")),
             qPrintable(message()->text()));
    QVERIFY(!m_window->findChild<QToolButton *>(QStringLiteral("saveSearchButton"))->isEnabled());

    // Correcting it runs the search and hides the message.
    QTest::keyClick(box(), Qt::Key_QuoteDbl);
    QTest::keyClick(box(), Qt::Key_Return);
    QTRY_VERIFY(message()->isHidden());
    QTRY_COMPARE(list()->model()->rowCount(), 1);
    QCOMPARE(list()->model()->index(0, 0).data().toString(), QStringLiteral("Harga beras naik di pasar"));
}

void TestUiSearch::savedSearchShowsUnreadCountAndSurvivesRestart()
{
    makeWindow();
    search(QStringLiteral("berteknologi"));
    QTRY_COMPARE(list()->model()->rowCount(), 3);
    list()->selectRow(0); // read one of them
    QTRY_VERIFY(m_window->articleView().articleId() != 0);

    auto *save = m_window->findChild<QToolButton *>(QStringLiteral("saveSearchButton"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    m_db->storage().drain();
    int unread = 0;
    for (int r = 0; r < list()->model()->rowCount(); ++r)
        unread += !list()->model()->index(r, 0).data(ui::ArticleListModel::ReadRole).toBool();
    QCOMPARE(unread, 2);
    const QString shown = QStringLiteral("berteknologi (%1)").arg(unread);
    QTRY_VERIFY(saved()->isVisible() && saved()->model()->rowCount() == 1);
    QTRY_COMPARE(saved()->model()->index(0, 0).data().toString(), shown);

    // A new window on the same database file still has it; clicking it lists the results.
    m_window.reset();
    makeWindow();
    QTRY_VERIFY(saved()->isVisible() && saved()->model()->rowCount() == 1);
    QCOMPARE(saved()->model()->index(0, 0).data().toString(), shown);
    const QRect rect = saved()->visualRect(saved()->model()->index(0, 0));
    QTest::mouseClick(saved()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(listedIds(), (QSet<qint64>{m_db->startupArticle, m_db->cachedTarget, m_db->detikArticle}));
    QCOMPARE(box()->text(), QStringLiteral("berteknologi"));

    // Deleting it from its context menu empties the section.
    contextMenuAction(saved(), saved()->model()->index(0, 0), QStringLiteral("deleteSavedSearchAction"));
    QTRY_COMPARE(saved()->model()->rowCount(), 0);
    QVERIFY(saved()->isHidden());
}

QTEST_MAIN(TestUiSearch)
#include "test_ui_search.moc"
