#include "net/fetch_job.h"

#include "net/content_decoder.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace warta::net {

namespace {

// QNAM stops reading the socket when this much is buffered, so a fast or decompressing
// server cannot run far ahead of our size check.
constexpr qint64 kReadBufferBytes = 256 * 1024;

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text.simplified();
}

// Host header value for a URL: the port only when it is not the scheme's default.
QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QUrl withoutFragment(QUrl url)
{
    url.setFragment(QString());
    return url;
}

} // namespace

FetchJob::FetchJob(QNetworkAccessManager *nam, const FetcherOptions &options, FetchRequest request,
                   DoneCallback done, QObject *parent)
    : QObject(parent),
      m_nam(nam),
      m_options(options),
      m_request(std::move(request)),
      m_done(std::move(done))
{
    m_connectTimer.setSingleShot(true);
    m_transferTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        finishError(FetchResult::Error::Timeout,
                    QStringLiteral("No response from %1 within %2 ms")
                        .arg(m_currentUrl.host()).arg(m_request.connectTimeoutMs));
    });
    connect(&m_transferTimer, &QTimer::timeout, this, [this] {
        finishError(FetchResult::Error::Timeout,
                    QStringLiteral("Transfer from %1 not complete within %2 ms")
                        .arg(m_currentUrl.host()).arg(m_request.transferTimeoutMs));
    });
}

FetchJob::~FetchJob()
{
    dropReply();
}

void FetchJob::start()
{
    m_transferTimer.start(m_request.transferTimeoutMs);
    m_visited.insert(withoutFragment(m_request.url));
    startHop(m_request.url);
}

void FetchJob::cancel()
{
    finishError(FetchResult::Error::Cancelled, QStringLiteral("Cancelled"));
}

void FetchJob::startHop(const QUrl &url)
{
    m_currentUrl = url;
    m_headersSeen = false;
    m_errorStatus = false;
    m_body.clear();
    m_rawBytes = 0;
    m_decoder.reset();

    const QUrl wireUrl = m_options.rewriteUrl ? m_options.rewriteUrl(url) : url;
    QNetworkRequest request(wireUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    request.setRawHeader("Accept", m_request.accept.isEmpty() ? QByteArray("*/*") : m_request.accept);
    if (wireUrl.authority() != url.authority())
        request.setRawHeader("Host", hostHeader(url));
    if (!m_request.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_request.etag.toLatin1());
    if (!m_request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_request.lastModified.toLatin1());
    // Setting Accept-Encoding ourselves turns QNAM's decompression off: ContentDecoder does
    // it in small slices so that the size cap holds against decompression bombs.
    request.setRawHeader("Accept-Encoding", "gzip, deflate");

    m_reply = m_nam->get(request);
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FetchJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &FetchJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FetchJob::onFinished);
    m_connectTimer.start(m_request.connectTimeoutMs);
}

void FetchJob::onMetaDataChanged()
{
    if (m_finished || m_headersSeen || !m_reply)
        return;
    const QVariant statusAttr = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttr.isValid())
        return;
    m_headersSeen = true;
    m_connectTimer.stop();
    const int status = statusAttr.toInt();

    if (isRedirectStatus(status) && m_reply->hasRawHeader("Location")) {
        followRedirect(status, m_reply->rawHeader("Location"));
        return;
    }
    if (status != 304 && (status < 200 || status > 299)) {
        // The body of an error page is of no use to the app; do not wait for it. Aborting
        // inside this signal upsets QNAM, which is about to set the HTTP error itself, so
        // the job ends from the event loop (readyRead ignores the body meanwhile).
        const QString reason =
            m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        m_errorStatus = true;
        QMetaObject::invokeMethod(
            this,
            [this, status, message = oneLine(QStringLiteral("HTTP %1 %2").arg(status).arg(reason))] {
                finishError(status == 410 ? FetchResult::Error::Gone : FetchResult::Error::Http,
                            message);
            },
            Qt::QueuedConnection);
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_request.maxBytes) {
        // Compressed or not, more bytes on the wire than the cap never fit under it.
        finishError(FetchResult::Error::TooLarge,
                    QStringLiteral("Content-Length %1 exceeds the limit of %2 bytes")
                        .arg(length.toLongLong()).arg(m_request.maxBytes));
        return;
    }
    m_decoder = std::make_unique<ContentDecoder>(m_reply->rawHeader("Content-Encoding"));
    if (!m_decoder->supported())
        finishError(FetchResult::Error::Network, m_decoder->error());
}

void FetchJob::onReadyRead()
{
    if (m_finished || !m_reply || !m_headersSeen)
        return;
    if (m_errorStatus) {
        m_reply->skip(m_reply->bytesAvailable());
        return;
    }
    appendBody(m_reply->readAll());
}

bool FetchJob::appendBody(const QByteArray &chunk)
{
    if (!m_decoder || chunk.isEmpty())
        return true;
    m_rawBytes += chunk.size();
    if (!m_decoder->decode(chunk, m_body, m_request.maxBytes)) {
        finishError(FetchResult::Error::Network, m_decoder->error());
        return false;
    }
    if (m_body.size() <= m_request.maxBytes)
        return true;
    finishError(FetchResult::Error::TooLarge,
                QStringLiteral("Body exceeds the limit of %1 bytes").arg(m_request.maxBytes));
    return false;
}

void FetchJob::followRedirect(int status, const QByteArray &location)
{
    ++m_hops;
    if (status != 301 && status != 308)
        m_allPermanent = false;
    const QUrl next = withoutFragment(m_currentUrl.resolved(QUrl::fromEncoded(location)));
    if (!next.isValid() || (next.scheme() != QLatin1String("http")
                            && next.scheme() != QLatin1String("https"))) {
        finishError(FetchResult::Error::Network,
                    oneLine(QStringLiteral("Redirect to unsupported URL %1")
                                .arg(QString::fromLatin1(location))));
        return;
    }
    if (m_visited.contains(next)) {
        m_currentUrl = next;
        finishError(FetchResult::Error::RedirectLoop,
                    QStringLiteral("Redirect loop at %1").arg(next.toDisplayString()));
        return;
    }
    if (m_hops > m_request.maxRedirects) {
        finishError(FetchResult::Error::TooManyRedirects,
                    QStringLiteral("More than %1 redirects").arg(m_request.maxRedirects));
        return;
    }
    m_visited.insert(next);
    dropReply();
    startHop(next);
}

void FetchJob::onFinished()
{
    if (m_finished || !m_reply || m_errorStatus)
        return;
    if (!m_headersSeen)
        onMetaDataChanged(); // some replies finish without a separate metaDataChanged
    if (m_finished)
        return;
    if (m_reply->error() != QNetworkReply::NoError) {
        const auto error = m_reply->error() == QNetworkReply::TimeoutError
                               ? FetchResult::Error::Timeout
                               : FetchResult::Error::Network;
        finishError(error, oneLine(m_reply->errorString()));
        return;
    }
    if (!m_headersSeen) {
        finishError(FetchResult::Error::Network, QStringLiteral("No HTTP response"));
        return;
    }
    if (!appendBody(m_reply->readAll()))
        return;
    // QNAM usually reports a short body as RemoteHostClosedError; this covers the cases
    // where it does not, including a compressed stream cut before its end.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 304 && length.isValid() && m_rawBytes < length.toLongLong()) {
        finishError(FetchResult::Error::Network,
                    QStringLiteral("Body truncated: %1 of %2 bytes")
                        .arg(m_rawBytes).arg(length.toLongLong()));
        return;
    }
    if (status != 304 && m_rawBytes > 0 && !m_decoder->complete()) {
        finishError(FetchResult::Error::Network, QStringLiteral("Compressed body truncated"));
        return;
    }
    finishSuccess();
}

void FetchJob::finishSuccess()
{
    FetchResult result;
    result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.notModified = result.httpStatus == 304;
    result.contentType = m_reply->rawHeader("Content-Type");
    result.etag = QString::fromLatin1(m_reply->rawHeader("ETag"));
    result.lastModified = QString::fromLatin1(m_reply->rawHeader("Last-Modified"));
    if (result.notModified) {
        // A 304 may omit validators; the ones we sent are still the current ones.
        if (result.etag.isEmpty())
            result.etag = m_request.etag;
        if (result.lastModified.isEmpty())
            result.lastModified = m_request.lastModified;
    } else {
        result.body = std::move(m_body);
    }
    complete(std::move(result));
}

void FetchJob::finishError(FetchResult::Error error, const QString &message)
{
    if (m_finished)
        return;
    FetchResult result;
    if (m_reply && m_headersSeen)
        result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = error;
    result.errorMessage = message;
    complete(std::move(result));
}

void FetchJob::complete(FetchResult result)
{
    m_finished = true;
    m_connectTimer.stop();
    m_transferTimer.stop();
    dropReply();
    m_body.clear();
    result.requestedUrl = m_request.url;
    result.finalUrl = m_currentUrl;
    result.redirectCount = m_hops;
    result.permanentRedirect = m_hops > 0 && m_allPermanent;
    if (m_done)
        m_done(this, result);
}

void FetchJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    // QNAM is about to report its own error for a 4xx/5xx from the HTTP thread; aborting as
    // well makes it warn about a second error. Deleting the reply stops the transfer too.
    if (!m_errorStatus && !reply->isFinished())
        reply->abort();
    reply->deleteLater();
}

} // namespace warta::net
