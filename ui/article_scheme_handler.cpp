#include "ui/article_scheme_handler.h"

#include "storage/article_store.h"
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

void ArticleSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
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
