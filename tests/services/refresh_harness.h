#pragma once

// Shared set-up for refresh tests: a real database file, a Fetcher routed to the
// loopback server, and a RefreshService run to completion.
#include "loopback_http_server.h"
#include "net/fetcher.h"
#include "services/refresh_service.h"
#include "storage/feed_store.h"
#include "storage/storage.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace warta::test {

class RefreshHarness {
public:
    RefreshHarness()
        : storage(dir.filePath(QStringLiteral("refresh.db")))
        , fetcher(options())
        , service(storage, fetcher)
    {
    }

    qint64 subscribe(const QString &url, const QString &folder = {})
    {
        return storage.write(QStringLiteral("subscribe"), [url, folder](SqliteConnection &db) {
            return FeedStore::add(db, url, {}, FeedStore::ensureFolderPath(db, folder)).id;
        }).result();
    }

    /// Runs one refresh to the end and returns its summary.
    RefreshSummary refresh(RefreshOptions options = {})
    {
        QSignalSpy finished(&service, &RefreshService::finished);
        service.refresh({}, options);
        if (!finished.wait(120'000))
            qFatal("refresh did not finish");
        return finished.first().first().value<RefreshSummary>();
    }

    template <class T>
    T query(const QString &sql)
    {
        return storage.openReader()->scalar(sql).value<T>();
    }

    QTemporaryDir dir;
    LoopbackHttpServer server;
    Storage storage;
    net::Fetcher fetcher;
    RefreshService service;

private:
    net::FetcherOptions options()
    {
        net::FetcherOptions o;
        o.rewriteUrl = server.rewriter();
        return o;
    }
};

} // namespace warta::test
