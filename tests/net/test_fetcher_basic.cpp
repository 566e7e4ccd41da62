// Plain fetches: bodies, validators, compression, HTTP errors, the manifest mode.
#include "fetch_test_helpers.h"
#include "test_paths.h"

#include "core/version.h"

using namespace warta::test;

class TestFetcherBasic : public QObject
{
    Q_OBJECT
private slots:
    void okBodyAndHeaders()
    {
        Server server;
        Server::Response r;
        r.body = "<rss/>";
        r.headers = {{"Content-Type", "application/rss+xml; charset=utf-8"}};
        server.route(QStringLiteral("/feed"), r);
        Fetcher fetcher;
        const FetchResult result = fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/feed"))));
        WARTA_EXPECT_ERROR(result, Error::None);
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.body, QByteArray("<rss/>"));
        QCOMPARE(result.contentType, QByteArray("application/rss+xml; charset=utf-8"));
        QCOMPARE(result.finalUrl, server.url(QStringLiteral("/feed")));
        QVERIFY(!result.notModified);
        QVERIFY(result.errorMessage.isEmpty());
        const auto log = server.requests();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].header("User-Agent"),
                 QByteArray("Warta/") + warta::kVersion + " (+https://warta.invalid)");
        QVERIFY(log[0].header("If-None-Match").isEmpty());
    }

    void notModifiedViaEtag()
    {
        Server server;
        Server::Response r;
        r.body = "feed";
        r.etag = "\"v1\"";
        server.route(QStringLiteral("/feed"), r);
        Fetcher fetcher;
        FetchRequest request = quickRequest(server.url(QStringLiteral("/feed")));
        const FetchResult first = fetchNow(fetcher, request);
        WARTA_EXPECT_ERROR(first, Error::None);
        QCOMPARE(first.etag, QStringLiteral("\"v1\""));

        request.etag = first.etag;
        const FetchResult second = fetchNow(fetcher, request);
        WARTA_EXPECT_ERROR(second, Error::None);
        QVERIFY(second.notModified);
        QCOMPARE(second.httpStatus, 304);
        QVERIFY(second.body.isEmpty());
        QCOMPARE(second.etag, QStringLiteral("\"v1\""));
        const auto log = server.requests();
        QCOMPARE(log[1].header("If-None-Match"), QByteArray("\"v1\""));
        QVERIFY(log[1].notModified);
    }

    void notModifiedViaLastModified()
    {
        Server server;
        Server::Response r;
        r.body = "feed";
        r.lastModified = "Wed, 26 Aug 2020 03:00:00 GMT";
        server.route(QStringLiteral("/feed"), r);
        Fetcher fetcher;
        FetchRequest request = quickRequest(server.url(QStringLiteral("/feed")));
        const FetchResult first = fetchNow(fetcher, request);
        QCOMPARE(first.lastModified, QStringLiteral("Wed, 26 Aug 2020 03:00:00 GMT"));

        request.lastModified = first.lastModified;
        const FetchResult second = fetchNow(fetcher, request);
        WARTA_EXPECT_ERROR(second, Error::None);
        QVERIFY(second.notModified);
        QCOMPARE(second.lastModified, first.lastModified);
        QCOMPARE(server.requests()[1].header("If-Modified-Since"), QByteArray("Wed, 26 Aug 2020 03:00:00 GMT"));
    }

    void compressed_data()
    {
        QTest::addColumn<Server::Encoding>("encoding");
        QTest::addColumn<bool>("chunked");
        QTest::newRow("gzip") << Server::Encoding::Gzip << false;
        QTest::newRow("deflate") << Server::Encoding::Deflate << false;
        QTest::newRow("gzip chunked") << Server::Encoding::Gzip << true;
        QTest::newRow("identity chunked") << Server::Encoding::Identity << true;
    }
    void compressed()
    {
        QFETCH(Server::Encoding, encoding);
        QFETCH(bool, chunked);
        Server server;
        Server::Response r;
        r.body = QByteArray("Berita terkini hari ini. ").repeated(4000);
        r.encoding = encoding;
        r.chunked = chunked;
        server.route(QStringLiteral("/z"), r);
        Fetcher fetcher;
        const FetchResult result = fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/z"))));
        WARTA_EXPECT_ERROR(result, Error::None);
        QCOMPARE(result.body.size(), r.body.size());
        QCOMPARE(result.body, r.body);
        QVERIFY(server.requests()[0].header("Accept-Encoding").contains("gzip"));
    }

    // Some servers label raw RFC 1951 data "deflate"; browsers accept it, so do we.
    void rawDeflate()
    {
        Server server;
        Server::Response r;
        const QByteArray text = QByteArray("Baca juga: berita lain. ").repeated(500);
        r.body = Server::deflate(text).mid(2).chopped(4); // strip the zlib header and trailer
        r.encoding = Server::Encoding::Deflate;
        r.bodyIsEncoded = true;
        server.route(QStringLiteral("/raw"), r);
        Fetcher fetcher;
        const FetchResult result = fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/raw"))));
        WARTA_EXPECT_ERROR(result, Error::None);
        QCOMPARE(result.body, text);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Error>("error");
        QTest::newRow("404") << 404 << Error::Http;
        QTest::newRow("410") << 410 << Error::Gone;
        QTest::newRow("500") << 500 << Error::Http;
        QTest::newRow("302 without Location") << 302 << Error::Http;
    }
    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(Error, error);
        Server server;
        Server::Response r;
        r.status = status;
        r.body = "error page";
        server.route(QStringLiteral("/x"), r);
        Fetcher fetcher;
        const FetchResult result = fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/x"))));
        WARTA_EXPECT_ERROR(result, error);
        QCOMPARE(result.httpStatus, status);
        QVERIFY(result.errorMessage.contains(QString::number(status)));
        QVERIFY(!result.errorMessage.contains(QLatin1Char('\n')));
        QVERIFY(result.body.isEmpty());
    }

    void unknownPathIs404()
    {
        Server server;
        Fetcher fetcher;
        const FetchResult result = fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/nope"))));
        WARTA_EXPECT_ERROR(result, Error::Http);
        QCOMPARE(result.httpStatus, 404);
    }

    void unsupportedScheme()
    {
        Fetcher fetcher;
        const FetchResult result = fetchNow(fetcher, quickRequest(QUrl(QStringLiteral("file:///etc/passwd"))));
        WARTA_EXPECT_ERROR(result, Error::Network);
    }

    // The manifest mode with the rewrite hook: real hostnames, served from loopback, and
    // the caller still sees the real URLs.
    void manifestThroughRewriter()
    {
        Server server;
        const QString dir = sharedDir() + QStringLiteral("/fixtures/id-news");
        QVERIFY(server.serveManifest(dir) > 10);
        FetcherOptions options;
        options.rewriteUrl = server.rewriter();
        Fetcher fetcher(options);
        const QUrl feed(QStringLiteral("https://www.antaranews.com/rss/terkini.xml"));
        const FetchResult result = fetchNow(fetcher, quickRequest(feed));
        WARTA_EXPECT_ERROR(result, Error::None);
        QCOMPARE(result.finalUrl, feed);
        QVERIFY(result.body.contains("<feed"));
        QVERIFY(result.contentType.startsWith("application/atom+xml"));
        QVERIFY(!result.etag.isEmpty());
        QCOMPARE(server.requests()[0].host, QByteArray("www.antaranews.com"));

        // Conditional GET works against fixtures too.
        FetchRequest again = quickRequest(feed);
        again.etag = result.etag;
        QVERIFY(fetchNow(fetcher, again).notModified);

        // A page the feed lists without a fixture is a 404, as the README promises.
        const FetchResult missing = fetchNow(fetcher, quickRequest(QUrl(QStringLiteral("https://www.antaranews.com/berita/0/none"))));
        QCOMPARE(missing.httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestFetcherBasic)
#include "test_fetcher_basic.moc"
