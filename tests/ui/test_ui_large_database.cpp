// The lazy article list at scale (issue 5): 20,000 articles in a real SQLite file, driven
// through the real window. Scrolling to the end must list every article exactly once,
// newest first (ties by id), and the unread filter, a feed, the counts in the feed tree and
// the tag sidebar must agree with what was written. No timing here: speed is bench/ui's job.
#include "storage/article_store.h"
#include "storage/feed_store.h"
#include "ui/article_list_model.h"
#include "ui/article_scheme_handler.h"
#include "ui/article_view.h"
#include "ui/main_window.h"
#include "ui/tag_list_model.h"
#include "ui/ui_settings.h"
#include "ui_test_fixture.h"
#include "ui_test_helpers.h"

#include <QCheckBox>
#include <QListView>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

using namespace warta;
using namespace warta::test;

namespace {

constexpr int kArticles = 20000;
constexpr int kFeeds = 4;
constexpr int kTags = 50;

// What the test wrote, to compute every expectation independently of the app's queries.
struct Written {
    qint64 id = 0;
    qint64 feedId = 0;
    qint64 published = 0; // seconds
    bool read = false;
    QString tag;
};

// Newest first; equal dates by id, newest id first (what the list promises).
bool newerFirst(const Written &a, const Written &b)
{
    return a.published != b.published ? a.published > b.published : a.id > b.id;
}

} // namespace

class TestUiLargeDatabase : public QObject {
    Q_OBJECT
public:
    static void initMain() { ui::registerUrlSchemes(); }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void scrollingToTheEndListsEveryArticleOnceNewestFirst();
    void unreadFilterListsExactlyTheUnreadInOrder();
    void feedSelectionAndCountsAgreeWithTheDatabase();
    void readingDeepInTheListKeepsRowsAndUpdatesCounts();

private:
    QTableView *list() const { return m_window->findChild<QTableView *>(QStringLiteral("articleList")); }
    ui::ArticleListModel *model() const { return static_cast<ui::ArticleListModel *>(list()->model()); }
    /// Scrolls down the way a reader drags the scroll bar, until the model has no more.
    void scrollToEnd();
    QList<qint64> listedIds() const;
    static QList<qint64> idsOf(QList<Written> rows);

    std::unique_ptr<UiFixture> m_db;
    std::unique_ptr<ui::UiSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QList<Written> m_written;
    QList<qint64> m_feeds;
};

void TestUiLargeDatabase::initTestCase()
{
    m_db = std::make_unique<UiFixture>();
    m_written = m_db->storage().write(QStringLiteral("generating"), [this](SqliteConnection &db) {
        Transaction tx(db);
        for (int f = 0; f < kFeeds; ++f)
            m_feeds.append(FeedStore::add(db, QStringLiteral("https://kabar%1.example/rss").arg(f),
                                          QStringLiteral("Kabar %1").arg(f), 0).id);
        QList<Written> out;
        const QDateTime newest = QDateTime::currentDateTimeUtc().addDays(-1);
        qint64 step = 0;
        for (int i = 0; i < kArticles; ++i) {
            // Every tenth article shares its date with the one before: the order must
            // still be total (ties by id), or paging by offset would skip or repeat rows.
            if (i % 10 != 9)
                ++step;
            // Inserted in a shuffled date order, so ids do not simply follow dates.
            const qint64 slot = (step * 7919) % (kArticles + 1);
            Written w;
            w.feedId = m_feeds[(i * 31 + i / 7) % kFeeds];
            w.tag = QStringLiteral("Topik%1").arg((i * 13) % kTags);
            ArticleStore::Incoming in;
            in.guid = QStringLiteral("urn:large:%1").arg(i);
            in.title = QStringLiteral("Berita nomor %1").arg(i);
            in.summary = QStringLiteral("Ringkasan berita %1.").arg(i);
            in.published = newest.addSecs(-60 * slot);
            in.categories = {w.tag};
            w.published = in.published.toSecsSinceEpoch();
            w.id = ArticleStore::upsert(db, w.feedId, in, ArticleStore::Indexing::Deferred).id;
            w.read = i % 3 != 0;
            if (w.read)
                ArticleStore::setRead(db, w.id, true);
            out.append(w);
        }
        ArticleStore::indexPending(db);
        tx.commit();
        return out;
    }).result();
    QCOMPARE(m_written.size(), kArticles);
}

void TestUiLargeDatabase::cleanupTestCase()
{
    m_db.reset();
}

void TestUiLargeDatabase::init()
{
    m_settings = std::make_unique<ui::UiSettings>(m_db->settings());
    m_window = std::make_unique<ui::MainWindow>(m_db->storage(), *m_settings);
    m_window->setUrlOpener([](const QUrl &) {});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUiLargeDatabase::cleanup()
{
    m_window.reset();
    m_settings.reset();
}

void TestUiLargeDatabase::scrollToEnd()
{
    // Each scroll to the bottom loads one batch; the bound only stops a broken model
    // from looping forever.
    for (int round = 0; model()->canFetchMore({}) && round < 2 * kArticles; ++round) {
        list()->scrollToBottom();
        QCoreApplication::processEvents();
    }
}

QList<qint64> TestUiLargeDatabase::listedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < model()->rowCount(); ++row)
        ids.append(model()->index(row, 0).data(ui::ArticleListModel::ArticleIdRole).toLongLong());
    return ids;
}

QList<qint64> TestUiLargeDatabase::idsOf(QList<Written> rows)
{
    std::sort(rows.begin(), rows.end(), newerFirst);
    QList<qint64> ids;
    for (const Written &w : rows)
        ids.append(w.id);
    return ids;
}

void TestUiLargeDatabase::scrollingToTheEndListsEveryArticleOnceNewestFirst()
{
    // Lazy: the window starts with one batch, not the whole table.
    QVERIFY(model()->rowCount() > 0);
    QVERIFY(model()->rowCount() < kArticles);
    QVERIFY(model()->canFetchMore({}));
    scrollToEnd();
    QVERIFY(!model()->canFetchMore({}));
    const QList<qint64> listed = listedIds();
    QCOMPARE(listed.size(), kArticles);
    QCOMPARE(listed, idsOf(m_written));
    // The date column follows the same order.
    QDateTime previous = model()->index(0, 0).data(ui::ArticleListModel::PublishedRole).toDateTime();
    for (int row = 1; row < model()->rowCount(); ++row) {
        const QDateTime date = model()->index(row, 0).data(ui::ArticleListModel::PublishedRole).toDateTime();
        QVERIFY2(date <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
        previous = date;
    }
}

void TestUiLargeDatabase::unreadFilterListsExactlyTheUnreadInOrder()
{
    auto *unread = m_window->findChild<QCheckBox *>(QStringLiteral("unreadFilter"));
    QVERIFY(unread);
    unread->click();
    QVERIFY(unread->isChecked());
    scrollToEnd();
    QList<Written> expected;
    for (const Written &w : std::as_const(m_written))
        if (!w.read)
            expected.append(w);
    QCOMPARE(listedIds(), idsOf(expected));
    for (int row = 0; row < model()->rowCount(); ++row)
        QVERIFY(!model()->index(row, 0).data(ui::ArticleListModel::ReadRole).toBool());
    // The feed tree's unread total says the same.
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("feedTree"));
    QCOMPARE(tree->model()->index(1, 0).data().toString(), QStringLiteral("Unread (%1)").arg(expected.size()));
}

void TestUiLargeDatabase::feedSelectionAndCountsAgreeWithTheDatabase()
{
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("feedTree"));
    const qint64 feed = m_feeds[2];
    QList<Written> inFeed;
    int unreadInFeed = 0;
    for (const Written &w : std::as_const(m_written))
        if (w.feedId == feed) {
            inFeed.append(w);
            unreadInFeed += w.read ? 0 : 1;
        }
    const QModelIndex row = findRow(tree->model(), QStringLiteral("Kabar 2"));
    QVERIFY(row.isValid());
    QCOMPARE(row.data().toString(), QStringLiteral("Kabar 2 (%1)").arg(unreadInFeed));
    tree->setCurrentIndex(row);
    scrollToEnd();
    QCOMPARE(listedIds(), idsOf(inFeed));

    // Tag counts (articles and unread) for every tag, from the sidebar's model.
    const QAbstractItemModel *tagModel = nullptr;
    for (auto *view : m_window->findChildren<QListView *>())
        if (qobject_cast<const ui::TagListModel *>(view->model()))
            tagModel = view->model();
    QVERIFY(tagModel);
    QHash<QString, std::pair<int, int>> expected; // key -> (articles, unread)
    for (const Written &w : std::as_const(m_written)) {
        auto &counts = expected[w.tag.toLower()];
        ++counts.first;
        counts.second += w.read ? 0 : 1;
    }
    QCOMPARE(tagModel->rowCount(), kTags);
    for (int r = 0; r < tagModel->rowCount(); ++r) {
        const QModelIndex i = tagModel->index(r, 0);
        const QString key = i.data(ui::TagListModel::KeyRole).toString();
        QVERIFY2(expected.contains(key), qPrintable(key));
        QCOMPARE(i.data(ui::TagListModel::ArticlesRole).toInt(), expected[key].first);
        QCOMPARE(i.data(ui::TagListModel::UnreadRole).toInt(), expected[key].second);
    }
}

void TestUiLargeDatabase::readingDeepInTheListKeepsRowsAndUpdatesCounts()
{
    scrollToEnd();
    const QList<qint64> before = listedIds();
    // An unread article far down the list, opened by clicking its row.
    int row = kArticles - 1;
    while (row > 0 && model()->index(row, 0).data(ui::ArticleListModel::ReadRole).toBool())
        --row;
    QVERIFY(row > kArticles / 2);
    const qint64 id = model()->index(row, 0).data(ui::ArticleListModel::ArticleIdRole).toLongLong();
    int unread = 0;
    for (const Written &w : std::as_const(m_written))
        unread += w.read ? 0 : 1;
    list()->scrollTo(model()->index(row, 0));
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, list()->visualRect(model()->index(row, 0)).center());
    QCOMPARE(m_window->findChild<ui::ArticleView *>(QStringLiteral("articleView"))->articleId(), id);
    // The write lands, the window reloads its counts; the list keeps every row in place.
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("feedTree"));
    QTRY_COMPARE_WITH_TIMEOUT(tree->model()->index(1, 0).data().toString(),
                              QStringLiteral("Unread (%1)").arg(unread - 1), 10000);
    QCOMPARE(listedIds(), before);
    QVERIFY(model()->index(row, 0).data(ui::ArticleListModel::ReadRole).toBool());
    // Back to unread for the other tests, through the same store the window uses.
    m_db->storage().write(QStringLiteral("restore"), [id](SqliteConnection &db) { ArticleStore::setRead(db, id, false); })
        .waitForFinished();
}

QTEST_MAIN(TestUiLargeDatabase)
#include "test_ui_large_database.moc"
