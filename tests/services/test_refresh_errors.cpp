// Refresh when things go wrong: each failure stays with its feed, with back-off, and
// never stops the others.
#include "refresh_harness.h"
#include "storage/article_store.h"

using namespace warta;
using Response = test::LoopbackHttpServer::Response;

class TestRefreshErrors : public QObject {
    Q_OBJECT
private slots:
    void failuresStayPerFeed();
    void goneDisablesAndBackoffSkips();
    void permanentRedirectUpdatesStoredUrl();
    void illFormedFeedKeepsWhatParsed();
    void gzipFeedIsRead();
};

static const QByteArray kFeed =
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Baik</title>"
    "<item><guid>1</guid><title>Satu</title></item><item><guid>2</guid><title>Dua</title></item>"
    "</channel></rss>";

static Response rss(const QByteArray &body = kFeed)
{
    return {.headers = {{"Content-Type", "application/rss+xml; charset=utf-8"}}, .body = body};
}

void TestRefreshErrors::failuresStayPerFeed()
{
    test::RefreshHarness h;
    h.server.route(QStringLiteral("/ok.xml"), rss());
    h.server.route(QStringLiteral("/500.xml"), {.status = 500, .body = "boom"});
    h.server.route(QStringLiteral("/slow.xml"), {.body = kFeed, .delayMs = 5000});
    h.server.route(QStringLiteral("/html"), {.headers = {{"Content-Type", "text/html"}}, .body = "<html><p>no feed</p></html>"});
    h.server.route(QStringLiteral("/loop-a"), test::LoopbackHttpServer::redirect(302, "/loop-b"));
    h.server.route(QStringLiteral("/loop-b"), test::LoopbackHttpServer::redirect(302, "/loop-a"));
    h.server.route(QStringLiteral("/cut.xml"), {.body = kFeed, .truncateAfter = 40});
    for (const char *path : {"/ok.xml", "/500.xml", "/slow.xml", "/html", "/loop-a", "/cut.xml", "/missing.xml"})
        h.subscribe(h.server.url(QLatin1String(path)).toString());
    const RefreshSummary s = h.refresh({.fullText = false, .feedTimeoutMs = 1500});
    QCOMPARE(s.feeds, 7);
    QCOMPARE(s.feedErrors, 6);
    QCOMPARE(s.newArticles, 2);
    auto reader = h.storage.openReader();
    for (const Feed &f : FeedStore::all(*reader)) {
        if (f.url.endsWith(QLatin1String("/ok.xml"))) {
            QVERIFY(f.lastError.isEmpty());
            QCOMPARE(f.title, QStringLiteral("Baik"));
            continue;
        }
        QVERIFY2(!f.lastError.isEmpty(), qPrintable(f.url));
        QCOMPARE(f.errorCount, 1);
        QVERIFY2(f.nextAttempt > QDateTime::currentDateTimeUtc(), "failed feeds back off");
    }
    // Each error says what happened, readably.
    auto errorOf = [&](const char *path) {
        for (const Feed &f : FeedStore::all(*reader))
            if (f.url.endsWith(QLatin1String(path)))
                return f.lastError;
        return QString();
    };
    QVERIFY2(errorOf("/500.xml").contains(QLatin1String("500")), qPrintable(errorOf("/500.xml")));
    QVERIFY2(errorOf("/html").contains(QLatin1String("not a feed")), qPrintable(errorOf("/html")));
    QVERIFY2(errorOf("/missing.xml").contains(QLatin1String("404")), qPrintable(errorOf("/missing.xml")));
}

void TestRefreshErrors::goneDisablesAndBackoffSkips()
{
    test::RefreshHarness h;
    h.server.route(QStringLiteral("/gone.xml"), {.status = 410});
    h.server.route(QStringLiteral("/err.xml"), {.status = 503});
    h.server.route(QStringLiteral("/ok.xml"), rss());
    h.subscribe(h.server.url(QStringLiteral("/gone.xml")).toString());
    h.subscribe(h.server.url(QStringLiteral("/err.xml")).toString());
    h.subscribe(h.server.url(QStringLiteral("/ok.xml")).toString());
    h.refresh({.fullText = false});
    QCOMPARE(h.query<int>(QStringLiteral("SELECT disabled FROM feeds WHERE url LIKE '%gone.xml'")), 1);
    h.server.clearLog();
    const RefreshSummary again = h.refresh({.fullText = false});
    QCOMPARE(again.skipped, 2); // the gone feed is disabled, the failing one waits
    QCOMPARE(h.server.requestCount("/gone.xml"), 0);
    QCOMPARE(h.server.requestCount("/err.xml"), 0);
    QCOMPARE(h.server.requestCount("/ok.xml"), 1);
    const RefreshSummary forced = h.refresh({.fullText = false, .ignoreBackoff = true});
    QCOMPARE(forced.feeds, 2);
    QCOMPARE(h.query<int>(QStringLiteral("SELECT error_count FROM feeds WHERE url LIKE '%err.xml'")), 2);
}

void TestRefreshErrors::permanentRedirectUpdatesStoredUrl()
{
    test::RefreshHarness h;
    h.server.route(QStringLiteral("/old.xml"), test::LoopbackHttpServer::redirect(301, "/new.xml"));
    h.server.route(QStringLiteral("/tmp.xml"), test::LoopbackHttpServer::redirect(302, "/new2.xml"));
    h.server.route(QStringLiteral("/new.xml"), rss());
    h.server.route(QStringLiteral("/new2.xml"), rss(QByteArray(kFeed).replace("<guid>", "<guid>x")));
    h.subscribe(h.server.url(QStringLiteral("/old.xml")).toString());
    h.subscribe(h.server.url(QStringLiteral("/tmp.xml")).toString());
    const RefreshSummary s = h.refresh({.fullText = false});
    QCOMPARE(s.feedErrors, 0);
    QCOMPARE(h.query<int>(QStringLiteral("SELECT count(*) FROM feeds WHERE url LIKE '%/new.xml'")), 1);
    QCOMPARE(h.query<int>(QStringLiteral("SELECT count(*) FROM feeds WHERE url LIKE '%/tmp.xml'")), 1); // 302 keeps it
}

void TestRefreshErrors::illFormedFeedKeepsWhatParsed()
{
    test::RefreshHarness h;
    const QByteArray broken = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Rusak</title>"
                              "<item><guid>1</guid><title>Utuh</title></item>"
                              "<item><guid>2</guid><title>Pot</ong></item></channel></rss>";
    h.server.route(QStringLiteral("/broken.xml"), rss(broken));
    h.subscribe(h.server.url(QStringLiteral("/broken.xml")).toString());
    const RefreshSummary s = h.refresh({.fullText = false});
    QCOMPARE(s.newArticles, 1);
    auto reader = h.storage.openReader();
    const Feed f = FeedStore::all(*reader).first();
    QVERIFY2(f.lastError.contains(QLatin1String("line")), qPrintable(f.lastError));
    QCOMPARE(ArticleStore::list(*reader, {}).first().title, QStringLiteral("Utuh"));
}

void TestRefreshErrors::gzipFeedIsRead()
{
    test::RefreshHarness h;
    Response r = rss();
    r.encoding = test::LoopbackHttpServer::Encoding::Gzip;
    h.server.route(QStringLiteral("/gz.xml"), r);
    h.subscribe(h.server.url(QStringLiteral("/gz.xml")).toString());
    QCOMPARE(h.refresh({.fullText = false}).newArticles, 2);
}

QTEST_GUILESS_MAIN(TestRefreshErrors)
#include "test_refresh_errors.moc"
