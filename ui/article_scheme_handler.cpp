#include "ui/article_scheme_handler.h"

#include "storage/article_store.h"
#include "storage/cache_store.h"
#include "ui/html_safety.h"
#include "storage/feed_store.h"
#include "storage/sqlite_connection.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace warta::ui {

static const QByteArray kScheme = QByteArrayLiteral("warta");

void registerUrlSchemes()
{
    QWebEngineUrlScheme scheme(kScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme |
                    QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

ArticleSchemeHandler::ArticleSchemeHandler(SqliteConnection &reader, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_reader(reader)
{
}

QUrl ArticleSchemeHandler::articleUrl(qint64 id)
{
    return QUrl(QStringLiteral("warta://article/%1").arg(id));
}

qint64 ArticleSchemeHandler::articleIdOf(const QUrl &url)
{
    if (url.scheme() != QLatin1String(kScheme) || url.host() != QLatin1String("article"))
        return 0;
    return url.path().mid(1).toLongLong();
}

void ArticleSchemeHandler::serveImage(QWebEngineUrlRequestJob *job)
{
    const QString hash = job->requestUrl().path().mid(1);
    if (!isCachedImageUrl(QStringLiteral("warta://image/") + hash)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    try {
        CacheStore::Resource r = CacheStore::resourceByHash(m_reader, hash);
        // Only images: cached bytes labelled as HTML must never become a document here.
        if (!r.found || !r.mimeType.startsWith(QLatin1String("image/"))) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        auto *buffer = new QBuffer(job);
        buffer->setData(std::move(r.data));
        job->reply(r.mimeType.toLatin1(), buffer);
    } catch (const StorageError &) {
        job->fail(QWebEngineUrlRequestJob::RequestFailed);
    }
}

void ArticleSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (job->requestUrl().host() == QLatin1String("image") && job->requestMethod() == "GET") {
        serveImage(job);
        return;
    }
    if (job->requestUrl().host() == QLatin1String("blank")) {
        // The empty pane; served here because setHtml() would need data: navigations.
        auto *buffer = new QBuffer(job);
        buffer->setData(QByteArrayLiteral("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
                                          "content=\"default-src 'none'\"></head><body></body></html>"));
        job->reply(QByteArrayLiteral("text/html"), buffer);
        return;
    }
    const qint64 id = articleIdOf(job->requestUrl());
    if (id <= 0 || job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    try {
        const Article article = ArticleStore::byId(m_reader, id);
        if (article.id == 0) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        ArticleRenderOptions options = m_options;
        if (options.outlet.isEmpty() && article.feedId)
            options.outlet = FeedStore::byId(m_reader, article.feedId).title;
        auto *buffer = new QBuffer(job);
        buffer->setData(renderArticlePage(article, options));
        job->reply(QByteArrayLiteral("text/html"), buffer);
    } catch (const StorageError &) {
        job->fail(QWebEngineUrlRequestJob::RequestFailed);
    }
}

} // namespace warta::ui
