// First start: default Indonesian subscriptions once; the demo database filled from the
// bundled sample outlets through the real parse/extract/cache path.
#include "storage/article_store.h"
#include "storage/cache_store.h"
#include "storage/feed_store.h"
#include "storage/storage.h"
#include "storage/tag_store.h"
#include "services/first_start.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace warta;

class TestFirstStart : public QObject {
    Q_OBJECT
private slots:
    void defaultFeedsOnlyOnce();
    void demoDatabaseReadsOffline();

private:
    QTemporaryDir m_dir;
};

void TestFirstStart::defaultFeedsOnlyOnce()
{
    Storage storage(m_dir.filePath(QStringLiteral("first.db")));
    const int added = subscribeDefaultFeedsOnFirstStart(storage).result();
    QVERIFY(added >= 7);
    auto reader = storage.openReader();
    QStringList urls;
    for (const Feed &f : FeedStore::all(*reader))
        urls << f.url;
    QVERIFY(urls.contains(QStringLiteral("https://www.antaranews.com/rss/terkini.xml")));
    QVERIFY(urls.contains(QStringLiteral("https://feeds.bbci.co.uk/indonesia/rss.xml")));
    QVERIFY(!FeedStore::folders(*reader).isEmpty());
    // The user deletes one; a later start does not bring it back.
    storage.write(QStringLiteral("delete"), [](SqliteConnection &db) { FeedStore::remove(db, 1); }).waitForFinished();
    QCOMPARE(subscribeDefaultFeedsOnFirstStart(storage).result(), 0);
    QCOMPARE(FeedStore::all(*reader).size(), added - 1);
}

void TestFirstStart::demoDatabaseReadsOffline()
{
    Storage storage(m_dir.filePath(QStringLiteral("demo.db")));
    QCOMPARE(seedDemoContent(storage).result(), 6);
    QCOMPARE(seedDemoContent(storage).result(), 0); // idempotent
    auto reader = storage.openReader();
    const auto articles = ArticleStore::list(*reader, {});
    QCOMPARE(articles.size(), 6);
    int cards = 0, resolved = 0;
    for (const Article &listed : articles) {
        const Article a = ArticleStore::byId(*reader, listed.id);
        QVERIFY2(a.cached(), qPrintable(a.title));
        QVERIFY(!a.extractedHtml.contains(QLatin1String("<script")));
        QVERIFY(!a.extractedHtml.contains(QLatin1String("iklan")));
        static const QRegularExpression remoteImage(QStringLiteral("<img[^>]*src=\"https?:"));
        QVERIFY2(!a.extractedHtml.contains(remoteImage), qPrintable(a.extractedHtml));
        QVERIFY2(CacheStore::resourceByUrl(*reader, a.imageUrl).found, qPrintable(a.imageUrl)); // lead image offline
        QVERIFY(!a.editor.isEmpty());
        cards += a.related.size();
        for (const RelatedLink &r : a.related) {
            resolved += r.targetArticleId != 0;
            QCOMPARE(ArticleStore::byId(*reader, r.targetArticleId).title, r.text); // the card's article
        }
    }
    QCOMPARE(cards, 6);
    QCOMPARE(resolved, 6); // every Baca Juga points at an article the demo has cached
    const auto tags = TagStore::all(*reader);
    QVERIFY(!tags.isEmpty());
    QCOMPARE(tags.first().display, QStringLiteral("Teknologi"));
    QVERIFY(tags.first().followed);
    const auto teknologi = ArticleStore::list(*reader, {.tag = QStringLiteral("teknologi")});
    QSet<qint64> feeds;
    for (const Article &a : teknologi)
        feeds.insert(a.feedId);
    QCOMPARE(feeds.size(), 2); // a followed tag gathers articles from every feed
    QCOMPARE(ArticleStore::list(*reader, {.collection = QStringLiteral("Baca Nanti")}).size(), 1);
}

QTEST_GUILESS_MAIN(TestFirstStart)
#include "test_first_start.moc"
