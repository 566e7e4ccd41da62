// Resource limits through a whole refresh (RefreshService + Fetcher + parser + writer) against
// the loopback server (pages: test_limits_pages): each hostile feed ends within a bounded time and memory with a
// readable error on that feed (or article), while a good feed in the same refresh still gets
// its articles (and, with full text on, its page cached).
#include "../services/refresh_harness.h"
#include "hardening_support.h"
#include "storage/article_store.h"

using namespace warta;
using Server = test::LoopbackHttpServer;
using Response = Server::Response;

class TestLimitsRefresh : public QObject {
    Q_OBJECT
private slots:
    void hostileFeed_data();
    void hostileFeed();
};

// Peak memory one refresh beside a hostile feed may add (ASan keeps more).
static const double kMaxGrowthMiB = test::kSanitized ? 700 : 250;

void TestLimitsRefresh::hostileFeed_data()
{
    QTest::addColumn<Response>("response");
    QTest::addColumn<QString>("expectError"); // substring of the feed's error, case-insensitive
    QTest::addColumn<bool>("mayKeepItems");   // ill-formed feeds may keep the items before the error

    QTest::newRow("billion laughs") << test::xmlResponse(test::billionLaughs(
        "<rss version=\"2.0\"><channel><title>Bom</title>", "</channel></rss>",
        "<item><guid>1</guid><title>ENTITY</title><description>ENTITY</description></item>"))
                                    << QStringLiteral("xml error") << false;
    QTest::newRow("external entity") << test::xmlResponse(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        "<rss version=\"2.0\"><channel><title>XXE</title><item><guid>1</guid><title>a&xxe;b</title>"
        "<description>&xxe;</description></item></channel></rss>")
                                     << QString() << true;
    Response bomb{.headers = {{"Content-Type", "application/rss+xml"}}, .body = Server::gzipZeros(2'000'000'000LL),
                  .encoding = Server::Encoding::Gzip, .bodyIsEncoded = true};
    QTest::newRow("gzip bomb 2 GB") << bomb << QStringLiteral("exceeds the limit") << false;
    Response bombNoLength = bomb;
    bombNoLength.sendContentLength = false;
    QTest::newRow("gzip bomb, no length") << bombNoLength << QStringLiteral("exceeds the limit") << false;
    QTest::newRow("endless body") << Response{.headers = {{"Content-Type", "application/rss+xml"}}, .endless = true}
                                  << QStringLiteral("exceeds the limit") << false;
    QTest::newRow("huge content-length") << Response{.headers = {{"Content-Type", "application/rss+xml"}, {"Content-Length", "9000000000"}},
                                                     .body = "<rss>", .truncateAfter = 5}
                                         << QStringLiteral("limit") << false;
    QTest::newRow("slow drip") << Response{.headers = {{"Content-Type", "application/rss+xml"}},
                                           .body = test::rssFeed("Tetes", 8), .dripBytes = 64, .dripIntervalMs = 250}
                               << QStringLiteral("not complete within") << false;
    QTest::newRow("never answers") << Response{.body = test::rssFeed("Diam", 1), .delayMs = 6'000}
                                   << QStringLiteral("within") << false;
    QTest::newRow("redirect loop") << Server::redirect(302, "/loop-b") << QStringLiteral("redirect loop") << false;
    QTest::newRow("redirect chain") << Server::redirect(302, "/chain/1") << QStringLiteral("more than") << false;
    QTest::newRow("redirect to file:") << Server::redirect(302, "file:///etc/passwd") << QStringLiteral("unsupported") << false;
    QTest::newRow("binary garbage") << test::xmlResponse(QByteArray(3'000'000, '\xff')) << QStringLiteral("not a feed") << false;
}

void TestLimitsRefresh::hostileFeed()
{
    QFETCH(Response, response);
    QFETCH(QString, expectError);
    QFETCH(bool, mayKeepItems);
    test::RefreshHarness h;
    test::routeGoodFeed(h.server, 5);
    h.server.route(QStringLiteral("/hostile.xml"), response);
    h.server.route(QStringLiteral("/loop-b"), Server::redirect(302, "/hostile.xml"));
    for (int i = 1; i <= 10; ++i)
        h.server.route(QStringLiteral("/chain/%1").arg(i), Server::redirect(302, "/chain/" + QByteArray::number(i + 1)));
    const qint64 good = h.subscribe(h.server.url(QStringLiteral("/good.xml")).toString());
    const qint64 hostile = h.subscribe(h.server.url(QStringLiteral("/hostile.xml")).toString());

    test::PeakMemory peak;
    const RefreshSummary s = h.refresh({.fullText = true, .feedTimeoutMs = 3000});
    qInfo("%s", qPrintable(peak.report()));
    QVERIFY2(peak.seconds() < test::kRefreshSeconds, qPrintable(peak.report()));
    QVERIFY2(peak.growthMiB() < kMaxGrowthMiB, qPrintable(peak.report()));

    auto reader = h.storage.openReader();
    const Feed hostileFeed = FeedStore::byId(*reader, hostile);
    const Feed goodFeed = FeedStore::byId(*reader, good);
    qInfo("hostile feed error: %s", qPrintable(hostileFeed.lastError));
    // The good feed is untouched by its neighbour: articles stored, pages cached.
    QVERIFY2(goodFeed.lastError.isEmpty(), qPrintable(goodFeed.lastError));
    QCOMPARE(ArticleStore::list(*reader, {.feedId = good}).size(), 5);
    QCOMPARE(reader->scalar(QStringLiteral("SELECT count(*) FROM articles WHERE feed_id = %1 AND extracted_html IS NOT NULL").arg(good)).toInt(), 5);
    QCOMPARE(s.feeds, 2);
    // The hostile one carries a readable error naming what happened.
    if (!expectError.isEmpty()) {
        QVERIFY2(hostileFeed.lastError.contains(expectError, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("error \"%1\" lacks \"%2\"").arg(hostileFeed.lastError, expectError)));
        QVERIFY(hostileFeed.errorCount >= 1 || mayKeepItems);
    }
    const QList<Article> kept = ArticleStore::list(*reader, {.feedId = hostile});
    if (!mayKeepItems)
        QCOMPARE(kept.size(), 0);
    for (const Article &a : kept) {
        const Article full = ArticleStore::byId(*reader, a.id);
        QVERIFY2(!full.title.contains(QLatin1String("root:")) && !full.summary.contains(QLatin1String("root:")), "local file leaked");
        QVERIFY(full.title.size() < 100'000 && full.summary.size() < 1'000'000);
    }
}

QTEST_GUILESS_MAIN(TestLimitsRefresh)
#include "test_limits_refresh.moc"
