#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace warta::test {

/// A small HTTP/1.1 server on 127.0.0.1 (random port) for tests, running on its own thread
/// so that code under test may block or run on any other thread. Every response closes the
/// connection ("Connection: close"), which keeps the server simple and the behaviour of each
/// request independent. All public methods are thread-safe.
///
/// Routing: keys are either a path with query ("/feed?x=1") or an absolute URL
/// ("https://www.detik.com/feed"), the latter matched against the request's host, taken from
/// an absolute-URI request target (proxy style) or from the Host header. A request for a host
/// with no host-specific route falls back to the path-only routes; anything else is a 404.
class LoopbackHttpServer
{
public:
    enum class Encoding { Identity, Gzip, Deflate };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Response
    {
        int status = 200;
        Headers headers; ///< sent as given (Content-Type, Location...)
        QByteArray body;
        /// Content-Encoding to send. The body is compressed on the fly unless bodyIsEncoded.
        Encoding encoding = Encoding::Identity;
        bool bodyIsEncoded = false; ///< body is already compressed (e.g. gzipZeros())
        bool chunked = false;       ///< Transfer-Encoding: chunked instead of Content-Length
        bool sendContentLength = true; ///< false: body delimited by closing the connection
        /// When set, a matching If-None-Match / If-Modified-Since is answered with 304.
        QByteArray etag;
        QByteArray lastModified;
        int delayMs = 0;         ///< wait before the status line
        int dripBytes = 0;       ///< > 0: send the body this many bytes per dripIntervalMs
        int dripIntervalMs = 1000;
        /// >= 0: announce the full length, send this many body bytes, close. For chunked
        /// responses the count is of wire bytes (chunks of 1024 with their framing).
        qint64 truncateAfter = -1;
        bool closeWithoutResponse = false;
        bool endless = false;    ///< body of 'x' that never ends (no Content-Length)
    };

    struct Request
    {
        QByteArray method;
        QByteArray target;      ///< as on the request line
        QByteArray pathAndQuery;
        QByteArray host;        ///< absolute-URI host or Host header, port stripped, lower case
        Headers headers;
        int status = 0;         ///< what the server answered (0: closed without response)
        bool notModified = false;

        [[nodiscard]] QByteArray header(const QByteArray &name) const;
    };

    LoopbackHttpServer();
    ~LoopbackHttpServer();
    LoopbackHttpServer(const LoopbackHttpServer &) = delete;
    LoopbackHttpServer &operator=(const LoopbackHttpServer &) = delete;

    [[nodiscard]] quint16 port() const { return m_port; }
    /// http://127.0.0.1:<port><pathAndQuery>
    [[nodiscard]] QUrl url(const QString &pathAndQuery) const;

    void route(const QString &key, const Response &response);
    /// Serves every feed and page listed in `<fixturesDir>/manifest.json` under its absolute
    /// URL, with the manifest's Content-Type and a stable ETag and Last-Modified. Also routes
    /// the bare path when no other host claimed it first. Returns the number of URLs.
    int serveManifest(const QString &fixturesDir);
    /// Maps any URL onto this server, keeping path and query; pair it with
    /// warta::net::FetcherOptions::rewriteUrl (the fetcher then sends the original Host).
    [[nodiscard]] std::function<QUrl(const QUrl &)> rewriter() const;

    [[nodiscard]] QList<Request> requests() const;
    [[nodiscard]] int requestCount(const QByteArray &pathAndQuery) const;
    /// Highest number of requests that were being answered at the same time.
    [[nodiscard]] int maxConcurrentRequests() const;
    void clearLog();

    /// Closes the listening socket and every open connection; later requests are refused.
    void stop();

    static Response redirect(int status, const QByteArray &location);
    static QByteArray gzip(const QByteArray &data);
    static QByteArray deflate(const QByteArray &data); ///< zlib format (RFC 1950), as HTTP means it
    /// gzip of `count` zero bytes, compressed in slices: a decompression bomb in ~count/1000 bytes.
    static QByteArray gzipZeros(qint64 count);

    struct State; // shared with the server thread; defined in the .cpp

private:
    std::shared_ptr<State> m_state;
    quint16 m_port = 0;
};

} // namespace warta::test
