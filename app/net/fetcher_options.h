#pragma once

#include "core/version.h"

#include <QByteArray>
#include <QUrl>

#include <functional>

namespace warta::net {

/// Process-wide knobs of a Fetcher, fixed at construction.
struct FetcherOptions
{
    /// Requests in flight at once, all hosts together; the rest wait in a FIFO queue.
    int maxConcurrent = 8;
    /// Requests in flight per host (of the requested URL). Two keeps us polite to outlets
    /// that host dozens of feeds on one name.
    int maxPerHost = 2;
    QByteArray userAgent = QByteArray("Warta/") + kVersion + " (+https://warta.invalid)";

    /// Test hook: maps each hop's URL to the URL actually connected to (e.g. the loopback
    /// server). The original authority is sent in the Host header and every URL the caller
    /// sees (finalUrl, redirect resolution, per-host limits) stays the original one.
    /// Leave empty in the app.
    std::function<QUrl(const QUrl &)> rewriteUrl;
};

} // namespace warta::net
