#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QtGlobal>

namespace warta::net {

/// One HTTP GET as the rest of the app asks for it. Plain value; safe to copy across threads.
struct FetchRequest
{
    QUrl url;
    /// Validators from the previous successful fetch; when set, a conditional GET is sent
    /// (If-None-Match / If-Modified-Since) and a 304 comes back as FetchResult::notModified.
    QString etag;
    QString lastModified;
    /// Cap on the *decompressed* body. Larger bodies end with Error::TooLarge.
    qint64 maxBytes = 20 * 1024 * 1024;
    /// Time allowed per hop until the response headers arrive (DNS, connect, TLS and the
    /// server's think time): QNAM does not report "connected" separately.
    int connectTimeoutMs = 15'000;
    /// Deadline for the whole fetch, redirects included. Not an inactivity timer: a server
    /// that drips one byte a second must still end here.
    int transferTimeoutMs = 60'000;
    int maxRedirects = 5;
    /// Accept header; empty means "*/*".
    QByteArray accept;
};

} // namespace warta::net
