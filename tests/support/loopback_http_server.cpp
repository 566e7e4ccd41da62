#include "loopback_http_server.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <zlib.h>

namespace warta::test {

using Response = LoopbackHttpServer::Response;
using Request = LoopbackHttpServer::Request;

struct LoopbackHttpServer::State
{
    mutable QMutex mutex;
    QHash<QByteArray, Response> routes;
    QList<Request> log;
    int active = 0;
    int maxActive = 0;

    QThread thread;
    QObject *context = nullptr; // lives on `thread`; parent of the server and connections
    QTcpServer *server = nullptr;
};

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 404: return "Not Found";
    case 410: return "Gone";
    case 500: return "Internal Server Error";
    default: return "Status";
    }
}

// Route key: "host/path?query" for absolute URLs, "/path?query" for paths.
QByteArray routeKey(const QString &key)
{
    if (key.startsWith(QLatin1String("http://")) || key.startsWith(QLatin1String("https://"))) {
        const QUrl url(key);
        QByteArray pathAndQuery = url.path(QUrl::FullyEncoded).toLatin1();
        if (pathAndQuery.isEmpty())
            pathAndQuery = "/";
        if (url.hasQuery())
            pathAndQuery += '?' + url.query(QUrl::FullyEncoded).toLatin1();
        return url.host().toLower().toLatin1() + pathAndQuery;
    }
    return key.toLatin1();
}

QByteArray compress(const QByteArray &data, int windowBits)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(int(stream.total_out));
    deflateEnd(&stream);
    return out;
}

bool notModified(const Response &route, const Request &request)
{
    const QByteArray ifNoneMatch = request.header("If-None-Match");
    if (!ifNoneMatch.isEmpty()) // RFC 9110: If-None-Match wins over If-Modified-Since
        return !route.etag.isEmpty() && (ifNoneMatch.trimmed() == "*" || ifNoneMatch.contains(route.etag));
    const QByteArray since = request.header("If-Modified-Since");
    if (since.isEmpty() || route.lastModified.isEmpty())
        return false;
    const auto sinceTime = QDateTime::fromString(QString::fromLatin1(since), Qt::RFC2822Date);
    const auto modified = QDateTime::fromString(QString::fromLatin1(route.lastModified), Qt::RFC2822Date);
    return since == route.lastModified || (sinceTime.isValid() && modified.isValid() && modified <= sinceTime);
}

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

// One accepted socket: reads one request, answers it as its route says, closes.
class Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, std::shared_ptr<LoopbackHttpServer::State> state)
        : QObject(socket), m_socket(socket), m_state(std::move(state))
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            endActive();
            m_socket->deleteLater();
        });
    }

private:
    void onReadyRead()
    {
        if (m_requestSeen)
            return; // request bodies and pipelined requests are ignored
        m_buffer += m_socket->readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_requestSeen = true;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        m_request.method = requestLine.value(0);
        m_request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                m_request.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        QByteArray hostPort = m_request.header("Host");
        m_request.pathAndQuery = m_request.target;
        if (m_request.target.startsWith("http://") || m_request.target.startsWith("https://")) {
            const QUrl url = QUrl::fromEncoded(m_request.target);
            hostPort = url.host().toLatin1();
            m_request.pathAndQuery = routeKey(QString::fromLatin1(m_request.target)).mid(url.host().size());
        }
        const qsizetype colon = hostPort.lastIndexOf(':');
        m_request.host = (colon > 0 && !hostPort.endsWith(']') ? hostPort.left(colon) : hostPort).toLower();
        respond();
    }

    void respond()
    {
        Response route;
        {
            QMutexLocker lock(&m_state->mutex);
            auto found = m_state->routes.constFind(m_request.host + m_request.pathAndQuery);
            if (found == m_state->routes.cend())
                found = m_state->routes.constFind(m_request.pathAndQuery);
            if (found != m_state->routes.cend()) {
                route = found.value();
            } else {
                route.status = 404;
                route.body = "not found\n";
                route.headers = {{"Content-Type", "text/plain"}};
            }
            m_request.notModified = route.status == 200 && notModified(route, m_request);
            m_request.status = route.closeWithoutResponse ? 0 : (m_request.notModified ? 304 : route.status);
            m_state->log.append(m_request);
            m_active = true;
            m_state->maxActive = qMax(m_state->maxActive, ++m_state->active);
        }
        if (route.delayMs > 0)
            QTimer::singleShot(route.delayMs, this, [this, route] { send(route); });
        else
            send(route);
    }

    void send(const Response &route)
    {
        if (route.closeWithoutResponse) {
            m_socket->disconnectFromHost();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(m_request.status) + ' '
                          + reasonPhrase(m_request.status) + "\r\nConnection: close\r\n";
        for (const auto &[name, value] : route.headers)
            head += name + ": " + value + "\r\n";
        if (!route.etag.isEmpty())
            head += "ETag: " + route.etag + "\r\n";
        if (!route.lastModified.isEmpty())
            head += "Last-Modified: " + route.lastModified + "\r\n";
        if (m_request.notModified || m_request.method == "HEAD") {
            m_socket->write(head + "\r\n");
            finish();
            return;
        }
        QByteArray body = route.body;
        if (route.encoding != LoopbackHttpServer::Encoding::Identity) {
            const bool gzip = route.encoding == LoopbackHttpServer::Encoding::Gzip;
            head += gzip ? "Content-Encoding: gzip\r\n" : "Content-Encoding: deflate\r\n";
            if (!route.bodyIsEncoded)
                body = gzip ? LoopbackHttpServer::gzip(body) : LoopbackHttpServer::deflate(body);
        }
        m_chunked = route.chunked;
        if (m_chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else if (route.sendContentLength && !route.endless)
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        m_socket->write(head + "\r\n");

        m_endless = route.endless;
        if (m_chunked && !m_endless) {
            // Frame up front so drip and truncation act on wire bytes: a cut then lands inside
            // a chunk, as when a real server dies mid-response.
            for (qsizetype at = 0; at < body.size(); at += 1024)
                m_pending += chunk(body.mid(at, 1024));
            m_pending += "0\r\n\r\n";
        } else {
            m_pending = body;
        }
        if (route.truncateAfter >= 0)
            m_pending.truncate(route.truncateAfter);
        if (route.dripBytes > 0) {
            auto *timer = new QTimer(this);
            connect(timer, &QTimer::timeout, this, [this, timer, n = route.dripBytes] {
                if (!writeSome(n))
                    timer->stop();
            });
            timer->start(route.dripIntervalMs);
        } else if (m_endless) {
            // Refill whenever the kernel took what we gave, so memory stays flat.
            connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
                if (m_socket->bytesToWrite() < 64 * 1024)
                    writeSome(64 * 1024);
            });
            writeSome(64 * 1024);
        } else {
            writeSome(m_pending.size());
        }
    }

    // Sends up to n body bytes; returns false once the body is complete.
    bool writeSome(qsizetype n)
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return false;
        if (m_endless) {
            const QByteArray part(n, 'x');
            m_socket->write(m_chunked ? chunk(part) : part);
            return true;
        }
        m_socket->write(m_pending.left(n));
        m_pending.remove(0, qMin(n, m_pending.size()));
        if (!m_pending.isEmpty())
            return true;
        finish();
        return false;
    }

    void finish()
    {
        endActive();
        m_socket->disconnectFromHost(); // after the buffered bytes are written
    }

    void endActive()
    {
        if (!m_active)
            return;
        m_active = false;
        QMutexLocker lock(&m_state->mutex);
        --m_state->active;
    }

    QTcpSocket *m_socket;
    std::shared_ptr<LoopbackHttpServer::State> m_state;
    QByteArray m_buffer;
    Request m_request;
    QByteArray m_pending;
    bool m_requestSeen = false;
    bool m_active = false;
    bool m_chunked = false;
    bool m_endless = false;
};

} // namespace

QByteArray LoopbackHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

LoopbackHttpServer::LoopbackHttpServer() : m_state(std::make_shared<State>())
{
    m_state->thread.setObjectName(QStringLiteral("loopback-http"));
    m_state->context = new QObject;
    m_state->context->moveToThread(&m_state->thread);
    m_state->thread.start();
    QMetaObject::invokeMethod(
        m_state->context,
        [this, state = m_state] {
            state->server = new QTcpServer(state->context);
            QObject::connect(state->server, &QTcpServer::newConnection, state->server, [state] {
                while (QTcpSocket *socket = state->server->nextPendingConnection())
                    new Connection(socket, state);
            });
            if (state->server->listen(QHostAddress::LocalHost, 0))
                m_port = state->server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (m_port == 0)
        qFatal("LoopbackHttpServer: cannot listen on 127.0.0.1");
}

LoopbackHttpServer::~LoopbackHttpServer()
{
    QMetaObject::invokeMethod(
        m_state->context, [state = m_state] { delete state->context; }, Qt::BlockingQueuedConnection);
    m_state->thread.quit();
    m_state->thread.wait();
}

QUrl LoopbackHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

void LoopbackHttpServer::route(const QString &key, const Response &response)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->routes.insert(routeKey(key), response);
}

int LoopbackHttpServer::serveManifest(const QString &fixturesDir)
{
    QFile file(fixturesDir + QStringLiteral("/manifest.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("LoopbackHttpServer: cannot read %s", qPrintable(file.fileName()));
    const QJsonObject outlets = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("outlets")).toObject();
    int count = 0;
    auto serve = [&](const QJsonObject &entry) {
        QFile content(fixturesDir + QLatin1Char('/') + entry.value(QLatin1String("file")).toString());
        if (!content.open(QIODevice::ReadOnly))
            qFatal("LoopbackHttpServer: cannot read %s", qPrintable(content.fileName()));
        Response response;
        response.body = content.readAll();
        response.headers = {{"Content-Type", entry.value(QLatin1String("content_type")).toString().toLatin1()}};
        response.etag = '"' + QCryptographicHash::hash(response.body, QCryptographicHash::Sha1).toHex().left(16) + '"';
        response.lastModified = "Wed, 26 Aug 2020 03:00:00 GMT";
        const QString url = entry.value(QLatin1String("url")).toString();
        const QByteArray key = routeKey(url);
        const QByteArray pathKey = key.mid(QUrl(url).host().size());
        QMutexLocker lock(&m_state->mutex);
        m_state->routes.insert(key, response);
        if (!m_state->routes.contains(pathKey))
            m_state->routes.insert(pathKey, response);
        ++count;
    };
    for (const QJsonValue &outlet : outlets) {
        serve(outlet.toObject().value(QLatin1String("feed")).toObject());
        for (const QJsonValue &page : outlet.toObject().value(QLatin1String("pages")).toArray())
            serve(page.toObject());
    }
    return count;
}

std::function<QUrl(const QUrl &)> LoopbackHttpServer::rewriter() const
{
    return [port = m_port](const QUrl &original) {
        QUrl url(original);
        url.setScheme(QStringLiteral("http"));
        url.setUserInfo(QString());
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port);
        return url;
    };
}

QList<Request> LoopbackHttpServer::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->log;
}

int LoopbackHttpServer::requestCount(const QByteArray &pathAndQuery) const
{
    QMutexLocker lock(&m_state->mutex);
    return int(std::count_if(m_state->log.cbegin(), m_state->log.cend(),
                             [&](const Request &r) { return r.pathAndQuery == pathAndQuery; }));
}

int LoopbackHttpServer::maxConcurrentRequests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->maxActive;
}

void LoopbackHttpServer::clearLog()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->log.clear();
    m_state->maxActive = m_state->active;
}

void LoopbackHttpServer::stop()
{
    QMetaObject::invokeMethod(
        m_state->context,
        [state = m_state] {
            state->server->close();
            const auto sockets = state->server->findChildren<QTcpSocket *>();
            for (QTcpSocket *socket : sockets)
                socket->abort();
        },
        Qt::BlockingQueuedConnection);
}

LoopbackHttpServer::Response LoopbackHttpServer::redirect(int status, const QByteArray &location)
{
    Response response;
    response.status = status;
    response.headers = {{"Location", location}};
    return response;
}

QByteArray LoopbackHttpServer::gzip(const QByteArray &data)
{
    return compress(data, MAX_WBITS + 16);
}

QByteArray LoopbackHttpServer::deflate(const QByteArray &data)
{
    return compress(data, MAX_WBITS);
}

QByteArray LoopbackHttpServer::gzipZeros(qint64 count)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, MAX_WBITS + 16, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray out;
    char buffer[1 << 16];
    for (qint64 left = count;;) {
        const qint64 slice = qMin<qint64>(left, zeros.size());
        left -= slice;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = uInt(slice);
        const int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            ::deflate(&stream, flush);
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
        if (left == 0)
            break;
    }
    deflateEnd(&stream);
    return out;
}

} // namespace warta::test
