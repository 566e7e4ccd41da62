#include "sync/ttrss_client.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

namespace warta {

TtRssClient::TtRssClient(Options options)
    : m_options(std::move(options)), m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_options.apiUrl = normaliseApiUrl(m_options.apiUrl);
}

TtRssClient::~TtRssClient() = default;

QString TtRssClient::normaliseApiUrl(const QString &url)
{
    QString u = url.trimmed();
    while (u.endsWith(QLatin1Char('/')))
        u.chop(1);
    if (u.endsWith(QLatin1String("/api/index.php")))
        u.chop(10);
    if (!u.endsWith(QLatin1String("/api")))
        u += QLatin1String("/api");
    return u + QLatin1Char('/');
}

void TtRssClient::checkCancelled() const
{
    if (m_options.cancelled && m_options.cancelled())
        throw SyncError(SyncError::Kind::Cancelled, QStringLiteral("sync cancelled"));
}

void TtRssClient::sleepMs(int ms) const
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        checkCancelled();
        QThread::msleep(quint32(qMin<qint64>(50, deadline.remainingTime())));
    }
}

QByteArray TtRssClient::postOnce(const QByteArray &body, int *httpStatus, QString *networkError, bool *tlsError)
{
    QNetworkRequest request{QUrl(m_options.apiUrl)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_options.timeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_nam->post(request, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // Poll for cancellation while waiting, so "cancel" answers within a fraction of a second.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_options.cancelled && m_options.cancelled())
            reply->abort();
    });
    poll.start(100);
    if (!reply->isFinished())
        loop.exec();
    checkCancelled();
    *httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && *httpStatus == 0)
        *networkError = reply->errorString();
    *tlsError = reply->error() == QNetworkReply::SslHandshakeFailedError;
    return reply->readAll();
}

QJsonObject TtRssClient::post(const QJsonObject &body)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QString lastProblem;
    for (int attempt = 0;; ++attempt) {
        checkCancelled();
        int status = 0;
        QString networkError;
        bool tlsError = false;
        const QByteArray answer = postOnce(bytes, &status, &networkError, &tlsError);
        if (tlsError) // an untrusted certificate or a plain-HTTP port: retrying changes nothing
            throw SyncError(SyncError::Kind::Tls,
                            QStringLiteral("secure connection to %1 failed: %2").arg(m_options.apiUrl, networkError));
        if (status >= 200 && status < 300) {
            QJsonParseError parseError{};
            const QJsonDocument doc = QJsonDocument::fromJson(answer, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().contains(QLatin1String("status")))
                throw SyncError(SyncError::Kind::BadResponse,
                                QStringLiteral("%1 does not answer like a Tiny Tiny RSS API (got \"%2\")")
                                    .arg(m_options.apiUrl, QString::fromUtf8(answer.left(80)).simplified()));
            return doc.object();
        }
        if (status >= 400 && status < 500) // retrying will not make a wrong address right
            throw SyncError(SyncError::Kind::BadResponse,
                            QStringLiteral("%1 answers HTTP %2: is this the tt-rss API address?").arg(m_options.apiUrl).arg(status));
        lastProblem = status ? QStringLiteral("HTTP %1").arg(status) : networkError;
        if (attempt >= m_options.retryDelaysMs.size())
            break;
        sleepMs(m_options.retryDelaysMs[attempt]);
    }
    throw SyncError(SyncError::Kind::Network,
                    QStringLiteral("the server %1 does not answer (%2)").arg(m_options.apiUrl, lastProblem));
}

void TtRssClient::login()
{
    QJsonObject body{{QStringLiteral("op"), QStringLiteral("login")},
                     {QStringLiteral("user"), m_options.user},
                     {QStringLiteral("password"), m_options.password}};
    const QJsonObject answer = post(body);
    const QJsonObject content = answer.value(QLatin1String("content")).toObject();
    if (answer.value(QLatin1String("status")).toInt() != 0) {
        const QString error = content.value(QLatin1String("error")).toString();
        if (error == QLatin1String("API_DISABLED"))
            throw SyncError(SyncError::Kind::ApiDisabled,
                            QStringLiteral("API access is disabled for %1 on this server: enable \"Enable API access\" "
                                           "in tt-rss Preferences").arg(m_options.user));
        if (error == QLatin1String("LOGIN_ERROR"))
            throw SyncError(SyncError::Kind::Auth, QStringLiteral("wrong user name or password for %1").arg(m_options.user));
        throw SyncError(SyncError::Kind::Server, QStringLiteral("login refused: %1").arg(error));
    }
    m_sid = content.value(QLatin1String("session_id")).toString();
    m_apiLevel = content.value(QLatin1String("api_level")).toInt();
    if (m_sid.isEmpty())
        throw SyncError(SyncError::Kind::BadResponse, QStringLiteral("login answered without a session id"));
}

QJsonValue TtRssClient::call(const QString &op, QJsonObject params)
{
    if (m_sid.isEmpty())
        login();
    params.insert(QStringLiteral("op"), op);
    for (int attempt = 0; attempt < 2; ++attempt) {
        params.insert(QStringLiteral("sid"), m_sid);
        const QJsonObject answer = post(params);
        if (answer.value(QLatin1String("status")).toInt() == 0)
            return answer.value(QLatin1String("content"));
        const QString error = answer.value(QLatin1String("content")).toObject().value(QLatin1String("error")).toString();
        if (error == QLatin1String("NOT_LOGGED_IN") && attempt == 0) {
            login(); // the session expired or the server forgot it
            continue;
        }
        if (error == QLatin1String("API_DISABLED"))
            throw SyncError(SyncError::Kind::ApiDisabled, QStringLiteral("API access was disabled for %1").arg(m_options.user));
        throw SyncError(SyncError::Kind::Server, QStringLiteral("%1 failed: %2").arg(op, error));
    }
    throw SyncError(SyncError::Kind::Auth, QStringLiteral("the server keeps rejecting the session"));
}

QJsonArray TtRssClient::getCategories()
{
    return call(QStringLiteral("getCategories")).toArray();
}

QJsonArray TtRssClient::getFeeds()
{
    return call(QStringLiteral("getFeeds"), {{QStringLiteral("cat_id"), -3}}).toArray();
}

QJsonArray TtRssClient::getLabels()
{
    return call(QStringLiteral("getLabels")).toArray();
}

QJsonArray TtRssClient::getHeadlines(const QJsonObject &params)
{
    return call(QStringLiteral("getHeadlines"), params).toArray();
}

static QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

void TtRssClient::updateArticle(const QList<qint64> &ids, int field, int mode)
{
    call(QStringLiteral("updateArticle"), {{QStringLiteral("article_ids"), joinIds(ids)},
                                           {QStringLiteral("field"), field},
                                           {QStringLiteral("mode"), mode}});
}

void TtRssClient::setArticleLabel(const QList<qint64> &ids, qint64 labelFeedId, bool assign)
{
    call(QStringLiteral("setArticleLabel"), {{QStringLiteral("article_ids"), joinIds(ids)},
                                             {QStringLiteral("label_id"), labelFeedId},
                                             {QStringLiteral("assign"), assign}});
}

int TtRssClient::subscribeToFeed(const QString &url, qint64 categoryId, QString *message)
{
    // A failed subscription still answers status 0: the outcome is in content.status.code.
    const QJsonObject status = call(QStringLiteral("subscribeToFeed"),
                                    {{QStringLiteral("feed_url"), url}, {QStringLiteral("category_id"), categoryId}})
                                   .toObject().value(QLatin1String("status")).toObject();
    if (message)
        *message = status.value(QLatin1String("message")).toString();
    return status.value(QLatin1String("code")).toInt(-1);
}

bool TtRssClient::unsubscribeFeed(qint64 feedId)
{
    try {
        call(QStringLiteral("unsubscribeFeed"), {{QStringLiteral("feed_id"), feedId}});
        return true;
    } catch (const SyncError &e) {
        if (e.kind() == SyncError::Kind::Server && e.message().contains(QLatin1String("FEED_NOT_FOUND")))
            return false;
        throw;
    }
}

} // namespace warta
