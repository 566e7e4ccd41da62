// Broken and hostile servers: timeouts, dead ports, short bodies, size caps, gzip bombs.
#include "fetch_test_helpers.h"

#include <QElapsedTimer>

using namespace warta::test;

class TestFetcherFailures : public QObject
{
    Q_OBJECT
private slots:
    void slowDripHitsTransferTimeout()
    {
        Server server;
        Server::Response r;
        r.body = QByteArray(100, 'a');
        r.dripBytes = 1;
        r.dripIntervalMs = 200; // keeps the connection busy: no inactivity timeout would fire
        server.route(QStringLiteral("/slow"), r);
        Fetcher fetcher;
        FetchRequest request = quickRequest(server.url(QStringLiteral("/slow")));
        request.transferTimeoutMs = 1'000;
        QElapsedTimer clock;
        clock.start();
        const FetchResult result = fetchNow(fetcher, request);
        WARTA_EXPECT_ERROR(result, Error::Timeout);
        QVERIFY2(clock.elapsed() >= 900 && clock.elapsed() < 3'000, QByteArray::number(clock.elapsed()));
        QVERIFY(result.body.isEmpty());
    }

    void silentServerHitsConnectTimeout()
    {
        Server server;
        Server::Response r;
        r.delayMs = 5'000;
        server.route(QStringLiteral("/late"), r);
        Fetcher fetcher;
        FetchRequest request = quickRequest(server.url(QStringLiteral("/late")));
        request.connectTimeoutMs = 300;
        QElapsedTimer clock;
        clock.start();
        const FetchResult result = fetchNow(fetcher, request);
        WARTA_EXPECT_ERROR(result, Error::Timeout);
        QVERIFY(clock.elapsed() < 2'000);
    }

    void deadServer()
    {
        Server server;
        const QUrl url = server.url(QStringLiteral("/feed"));
        server.stop();
        Fetcher fetcher;
        const FetchResult result = fetchNow(fetcher, quickRequest(url));
        WARTA_EXPECT_ERROR(result, Error::Network);
        QVERIFY(!result.errorMessage.isEmpty());
    }

    void closedWithoutResponse()
    {
        Server server;
        Server::Response r;
        r.closeWithoutResponse = true;
        server.route(QStringLiteral("/x"), r);
        Fetcher fetcher;
        WARTA_EXPECT_ERROR(fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/x")))), Error::Network);
    }

    void truncatedBody_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<Server::Encoding>("encoding");
        QTest::newRow("content-length") << false << Server::Encoding::Identity;
        QTest::newRow("content-length gzip") << false << Server::Encoding::Gzip;
        // Identity + chunked cut short is not here: Qt 6.4 sometimes reports it as success
        // and nothing above QNAM can tell (see docs/network.md, known limits).
        QTest::newRow("chunked gzip") << true << Server::Encoding::Gzip;
    }
    void truncatedBody()
    {
        QFETCH(bool, chunked);
        QFETCH(Server::Encoding, encoding);
        Server server;
        Server::Response r;
        for (int i = 0; i < 3'000; ++i)
            r.body += QByteArray::number(i * 7919) + ' ';
        r.truncateAfter = 4'000;
        r.chunked = chunked;
        r.encoding = encoding;
        server.route(QStringLiteral("/short"), r);
        Fetcher fetcher;
        const FetchResult result = fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/short"))));
        WARTA_EXPECT_ERROR(result, Error::Network);
        QVERIFY(result.body.isEmpty());
    }

    // Without Content-Length only the gzip stream itself shows that the body was cut.
    void truncatedGzipWithoutLength()
    {
        Server server;
        Server::Response r;
        QByteArray text;
        for (int i = 0; i < 20'000; ++i)
            text += QByteArray::number(i * 7919) + ' ';
        r.body = Server::gzip(text);
        r.bodyIsEncoded = true;
        r.encoding = Server::Encoding::Gzip;
        r.sendContentLength = false;
        r.truncateAfter = r.body.size() / 2;
        server.route(QStringLiteral("/cut"), r);
        Fetcher fetcher;
        const FetchResult result = fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/cut"))));
        WARTA_EXPECT_ERROR(result, Error::Network);
        QVERIFY2(result.errorMessage.contains(QLatin1String("truncated")), qPrintable(result.errorMessage));
    }

    void unsupportedEncoding()
    {
        Server server;
        Server::Response r;
        r.body = "brotli bytes";
        r.headers = {{"Content-Encoding", "br"}};
        server.route(QStringLiteral("/br"), r);
        Fetcher fetcher;
        WARTA_EXPECT_ERROR(fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/br")))), Error::Network);
    }

    void capByContentLength()
    {
        Server server;
        Server::Response r;
        r.body = QByteArray(200'000, 'a');
        server.route(QStringLiteral("/big"), r);
        Fetcher fetcher;
        FetchRequest request = quickRequest(server.url(QStringLiteral("/big")));
        request.maxBytes = 100'000;
        const FetchResult result = fetchNow(fetcher, request);
        WARTA_EXPECT_ERROR(result, Error::TooLarge);
        QVERIFY(result.errorMessage.contains(QLatin1String("Content-Length")));

        request.maxBytes = 200'000; // exactly at the cap is fine
        WARTA_EXPECT_ERROR(fetchNow(fetcher, request), Error::None);
    }

    void capWithoutContentLength()
    {
        Server server;
        Server::Response r;
        r.endless = true;
        server.route(QStringLiteral("/endless"), r);
        Fetcher fetcher;
        FetchRequest request = quickRequest(server.url(QStringLiteral("/endless")));
        request.maxBytes = 1'000'000;
        const FetchResult result = fetchNow(fetcher, request);
        WARTA_EXPECT_ERROR(result, Error::TooLarge);
        QVERIFY(result.body.isEmpty());
    }

    void gzipBombStopsAtCap()
    {
        Server server;
        Server::Response r;
        r.body = Server::gzipZeros(100LL * 1024 * 1024);
        QVERIFY(r.body.size() < 200'000);
        r.encoding = Server::Encoding::Gzip;
        r.bodyIsEncoded = true;
        server.route(QStringLiteral("/bomb"), r);
        Fetcher fetcher;
        FetchRequest request = quickRequest(server.url(QStringLiteral("/bomb")));
        request.maxBytes = 2 * 1024 * 1024;
        QElapsedTimer clock;
        clock.start();
        const FetchResult result = fetchNow(fetcher, request);
        WARTA_EXPECT_ERROR(result, Error::TooLarge);
        QVERIFY2(clock.elapsed() < 3'000, QByteArray::number(clock.elapsed()));
    }

    void corruptGzipIsNetworkError()
    {
        Server server;
        Server::Response r;
        r.body = "this is not gzip at all";
        r.encoding = Server::Encoding::Gzip;
        r.bodyIsEncoded = true;
        server.route(QStringLiteral("/bad"), r);
        Fetcher fetcher;
        WARTA_EXPECT_ERROR(fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/bad")))), Error::Network);
    }
};

QTEST_GUILESS_MAIN(TestFetcherFailures)
#include "test_fetcher_failures.moc"
