// Redirects are followed by hand: hop counting, loops, and the "all hops permanent" flag.
#include "fetch_test_helpers.h"

using namespace warta::test;

class TestFetcherRedirects : public QObject
{
    Q_OBJECT

    static Server::Response page()
    {
        Server::Response r;
        r.body = "final";
        return r;
    }

private slots:
    void single_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("permanent");
        QTest::newRow("301") << 301 << true;
        QTest::newRow("308") << 308 << true;
        QTest::newRow("302") << 302 << false;
        QTest::newRow("307") << 307 << false;
        QTest::newRow("303") << 303 << false;
    }
    void single()
    {
        QFETCH(int, status);
        QFETCH(bool, permanent);
        Server server;
        server.route(QStringLiteral("/old"), Server::redirect(status, server.url(QStringLiteral("/new")).toEncoded()));
        server.route(QStringLiteral("/new"), page());
        Fetcher fetcher;
        const FetchResult result = fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/old"))));
        WARTA_EXPECT_ERROR(result, Error::None);
        QCOMPARE(result.body, QByteArray("final"));
        QCOMPARE(result.requestedUrl, server.url(QStringLiteral("/old")));
        QCOMPARE(result.finalUrl, server.url(QStringLiteral("/new")));
        QCOMPARE(result.permanentRedirect, permanent);
        QCOMPARE(result.redirectCount, 1);
    }

    void mixedChainIsNotPermanent()
    {
        Server server;
        server.route(QStringLiteral("/a"), Server::redirect(301, "/b")); // relative Location
        server.route(QStringLiteral("/b"), Server::redirect(302, "/c"));
        server.route(QStringLiteral("/c"), Server::redirect(308, "/d"));
        server.route(QStringLiteral("/d"), page());
        Fetcher fetcher;
        const FetchResult result = fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/a"))));
        WARTA_EXPECT_ERROR(result, Error::None);
        QCOMPARE(result.redirectCount, 3);
        QVERIFY(!result.permanentRedirect);
        QCOMPARE(result.finalUrl, server.url(QStringLiteral("/d")));
    }

    void permanentChain()
    {
        Server server;
        server.route(QStringLiteral("/a"), Server::redirect(301, "/b"));
        server.route(QStringLiteral("/b"), Server::redirect(308, "/c"));
        server.route(QStringLiteral("/c"), page());
        Fetcher fetcher;
        const FetchResult result = fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/a"))));
        WARTA_EXPECT_ERROR(result, Error::None);
        QVERIFY(result.permanentRedirect);
        QCOMPARE(result.redirectCount, 2);
    }

    void loop()
    {
        Server server;
        server.route(QStringLiteral("/a"), Server::redirect(302, "/b"));
        server.route(QStringLiteral("/b"), Server::redirect(302, "/a"));
        Fetcher fetcher;
        const FetchResult result = fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/a"))));
        WARTA_EXPECT_ERROR(result, Error::RedirectLoop);
        QCOMPARE(server.requests().size(), 2); // stopped at the first repeat, did not spin
    }

    void selfLoop()
    {
        Server server;
        server.route(QStringLiteral("/a"), Server::redirect(301, "/a"));
        Fetcher fetcher;
        WARTA_EXPECT_ERROR(fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/a")))), Error::RedirectLoop);
    }

    void tooManyHops()
    {
        Server server;
        for (int i = 0; i < 10; ++i)
            server.route(QStringLiteral("/hop%1").arg(i), Server::redirect(302, "/hop" + QByteArray::number(i + 1)));
        server.route(QStringLiteral("/hop10"), page());
        Fetcher fetcher;
        FetchRequest request = quickRequest(server.url(QStringLiteral("/hop0")));
        request.maxRedirects = 3;
        const FetchResult result = fetchNow(fetcher, request);
        WARTA_EXPECT_ERROR(result, Error::TooManyRedirects);
        QCOMPARE(server.requests().size(), 4); // the original and three hops

        request.maxRedirects = 10;
        WARTA_EXPECT_ERROR(fetchNow(fetcher, request), Error::None);
    }

    // With the rewrite hook, redirects to absolute real-host URLs stay in the real-host space.
    void redirectAcrossHostsWithRewriter()
    {
        Server server;
        server.route(QStringLiteral("https://old.example.id/rss"), Server::redirect(301, "https://new.example.id/feed"));
        server.route(QStringLiteral("https://new.example.id/feed"), page());
        FetcherOptions options;
        options.rewriteUrl = server.rewriter();
        Fetcher fetcher(options);
        const FetchResult result = fetchNow(fetcher, quickRequest(QUrl(QStringLiteral("https://old.example.id/rss"))));
        WARTA_EXPECT_ERROR(result, Error::None);
        QCOMPARE(result.finalUrl, QUrl(QStringLiteral("https://new.example.id/feed")));
        QVERIFY(result.permanentRedirect);
        const auto log = server.requests();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].host, QByteArray("old.example.id"));
        QCOMPARE(log[1].host, QByteArray("new.example.id"));
    }
};

QTEST_GUILESS_MAIN(TestFetcherRedirects)
#include "test_fetcher_redirects.moc"
