#pragma once

#include "loopback_http_server.h"
#include "net/fetcher.h"

#include <QTest>

namespace warta::test {

using Server = LoopbackHttpServer;
using warta::net::FetchRequest;
using warta::net::FetchResult;
using warta::net::Fetcher;
using warta::net::FetcherOptions;
using Error = FetchResult::Error;

/// A request with test-sized timeouts: nothing here should take seconds unless it means to.
inline FetchRequest quickRequest(const QUrl &url)
{
    FetchRequest request;
    request.url = url;
    request.connectTimeoutMs = 3'000;
    request.transferTimeoutMs = 5'000;
    return request;
}

/// Blocks the calling thread (fine: fetcher and server have their own threads).
inline FetchResult fetchNow(Fetcher &fetcher, const FetchRequest &request)
{
    QFuture<FetchResult> future = fetcher.fetch(request);
    future.waitForFinished();
    if (future.resultCount() != 1)
        qFatal("fetch of %s delivered no result", qPrintable(request.url.toString()));
    return future.result();
}

inline char *describe(const FetchResult &result)
{
    return QTest::toString(QStringLiteral("error=%1 status=%2 message=%3")
                               .arg(QLatin1String(warta::net::errorName(result.error)))
                               .arg(result.httpStatus)
                               .arg(result.errorMessage));
}

} // namespace warta::test

/// QCOMPARE on the error with the whole result in the failure message.
#define WARTA_EXPECT_ERROR(result, expected)                                                       \
    do {                                                                                           \
        if ((result).error != (expected)) {                                                        \
            char *text = warta::test::describe(result);                                            \
            const QByteArray message = QByteArray("expected ")                                     \
                                       + warta::net::errorName(expected) + ", got " + text;        \
            delete[] text;                                                                         \
            QFAIL(message.constData());                                                            \
        }                                                                                          \
    } while (false)
