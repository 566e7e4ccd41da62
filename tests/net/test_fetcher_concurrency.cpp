// Scheduling: overall and per-host limits, calls from other threads, cancellation.
#include "fetch_test_helpers.h"

#include <QElapsedTimer>
#include <QThread>

#include <memory>

using namespace warta::test;

namespace {

Server::Response slowPage(int delayMs)
{
    Server::Response r;
    r.body = "ok";
    r.delayMs = delayMs;
    return r;
}

QList<FetchResult> waitAll(QList<QFuture<FetchResult>> &futures)
{
    QList<FetchResult> results;
    for (auto &future : futures) {
        future.waitForFinished();
        results.append(future.resultCount() == 1 ? future.result() : FetchResult{});
    }
    return results;
}

} // namespace

class TestFetcherConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void perHostLimit()
    {
        Server server;
        server.route(QStringLiteral("/slow"), slowPage(200));
        FetcherOptions options;
        options.maxPerHost = 2;
        options.maxConcurrent = 8;
        Fetcher fetcher(options);
        QList<QFuture<FetchResult>> futures;
        for (int i = 0; i < 6; ++i)
            futures.append(fetcher.fetch(quickRequest(server.url(QStringLiteral("/slow")))));
        for (const FetchResult &result : waitAll(futures))
            WARTA_EXPECT_ERROR(result, Error::None);
        QCOMPARE(server.requestCount("/slow"), 6);
        QCOMPARE(server.maxConcurrentRequests(), 2);
    }

    // One saturated host must not hold back another: per-host queues, not one FIFO.
    void hostsProceedIndependently()
    {
        Server server;
        server.route(QStringLiteral("/slow"), slowPage(300));
        FetcherOptions options;
        options.maxPerHost = 1;
        options.maxConcurrent = 8;
        options.rewriteUrl = server.rewriter();
        Fetcher fetcher(options);
        QList<QFuture<FetchResult>> futures;
        for (int i = 0; i < 3; ++i) {
            futures.append(fetcher.fetch(quickRequest(QUrl(QStringLiteral("http://a.example.id/slow")))));
            futures.append(fetcher.fetch(quickRequest(QUrl(QStringLiteral("http://b.example.id/slow")))));
        }
        QElapsedTimer clock;
        clock.start();
        for (const FetchResult &result : waitAll(futures))
            WARTA_EXPECT_ERROR(result, Error::None);
        QCOMPARE(server.maxConcurrentRequests(), 2);
        QVERIFY2(clock.elapsed() < 1'700, QByteArray::number(clock.elapsed())); // ~900 ms, not ~1800
    }

    void overallLimit()
    {
        Server server;
        server.route(QStringLiteral("/slow"), slowPage(200));
        FetcherOptions options;
        options.maxPerHost = 10;
        options.maxConcurrent = 3;
        options.rewriteUrl = server.rewriter();
        Fetcher fetcher(options);
        QList<QFuture<FetchResult>> futures;
        for (int i = 0; i < 9; ++i)
            futures.append(fetcher.fetch(quickRequest(QUrl(QStringLiteral("http://h%1.example.id/slow").arg(i)))));
        for (const FetchResult &result : waitAll(futures))
            WARTA_EXPECT_ERROR(result, Error::None);
        QCOMPARE(server.maxConcurrentRequests(), 3);
    }

    void fetchFromWorkerThread()
    {
        Server server;
        Server::Response r;
        r.body = "from a worker";
        server.route(QStringLiteral("/w"), r);
        Fetcher fetcher;
        FetchResult result;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            result = fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/w"))));
        }));
        worker->start();
        QVERIFY(worker->wait(10'000));
        WARTA_EXPECT_ERROR(result, Error::None);
        QCOMPARE(result.body, QByteArray("from a worker"));
    }

    void cancelAllEndsRunningAndQueued()
    {
        Server server;
        server.route(QStringLiteral("/slow"), slowPage(3'000));
        FetcherOptions options;
        options.maxPerHost = 1;
        Fetcher fetcher(options);
        QList<QFuture<FetchResult>> futures;
        for (int i = 0; i < 3; ++i)
            futures.append(fetcher.fetch(quickRequest(server.url(QStringLiteral("/slow")))));
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 2'000); // one running, two queued
        QElapsedTimer clock;
        clock.start();
        fetcher.cancelAll();
        for (const FetchResult &result : waitAll(futures))
            WARTA_EXPECT_ERROR(result, Error::Cancelled);
        QVERIFY(clock.elapsed() < 1'000);
        QCOMPARE(server.requests().size(), 1);

        // The fetcher stays usable afterwards.
        Server::Response quick;
        quick.body = "again";
        server.route(QStringLiteral("/quick"), quick);
        WARTA_EXPECT_ERROR(fetchNow(fetcher, quickRequest(server.url(QStringLiteral("/quick")))), Error::None);
    }

    void destroyingTheFetcherCancels()
    {
        Server server;
        server.route(QStringLiteral("/slow"), slowPage(3'000));
        QFuture<FetchResult> future;
        {
            Fetcher fetcher;
            future = fetcher.fetch(quickRequest(server.url(QStringLiteral("/slow"))));
            QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 2'000);
        }
        QVERIFY(future.isFinished());
        WARTA_EXPECT_ERROR(future.result(), Error::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestFetcherConcurrency)
#include "test_fetcher_concurrency.moc"
