#include "ui/service_refresh_controller.h"

#include "services/refresh_service.h"
#include "storage/article_store.h"
#include "storage/storage.h"

namespace warta::ui {

ServiceRefreshController::ServiceRefreshController(RefreshService &service, Storage &storage, QObject *parent)
    : RefreshController(parent)
    , m_service(service)
    , m_storage(storage)
{
    connect(&m_service, &RefreshService::started, this, &RefreshController::started);
    connect(&m_service, &RefreshService::progress, this,
            [this](int done, int total, int) { emit progress(done, total); });
    connect(&m_service, &RefreshService::feedRefreshed, this,
            [this](qint64 feedId, const QString &title, int, const QString &error) {
                if (!error.isEmpty())
                    emit feedFailed(feedId, tr("%1: %2").arg(title, error));
            });
    connect(&m_service, &RefreshService::finished, this, &ServiceRefreshController::onFinished);
}

void ServiceRefreshController::refreshAll()
{
    refreshFeeds({});
}

void ServiceRefreshController::refreshFeed(qint64 feedId)
{
    refreshFeeds({feedId});
}

void ServiceRefreshController::refreshFeeds(const QList<qint64> &feedIds)
{
    RefreshOptions options;
    options.fullText = !m_fullText || m_fullText();
    // The user asked for it now: a feed waiting out its back-off is tried as well.
    options.ignoreBackoff = !feedIds.isEmpty();
    m_caching = false;
    m_service.refresh(feedIds, options);
}

void ServiceRefreshController::downloadForOffline(const QList<qint64> &feedIds)
{
    // Listing ids reads no bodies, so this stays quick on the GUI thread even for big feeds;
    // the fetching and extracting happen on the service's pool.
    auto reader = m_storage.openReader();
    QList<qint64> ids;
    for (qint64 feedId : feedIds) {
        ArticleStore::Filter filter;
        filter.feedId = feedId;
        for (const Article &a : ArticleStore::list(*reader, filter))
            if (!a.cached())
                ids << a.id;
    }
    if (ids.isEmpty()) {
        emit finished(0);
        return;
    }
    m_caching = !m_service.isRunning();
    m_service.cacheArticles(ids);
}

void ServiceRefreshController::cancel()
{
    m_service.cancel();
}

void ServiceRefreshController::onFinished(const RefreshSummary &summary)
{
    // Only a refresh says something about the network: caching errors may be one bad page.
    if (!m_caching && !summary.cancelled && summary.feeds > 0) {
        const bool offline = summary.feedErrors == summary.feeds;
        if (offline != m_offline) {
            m_offline = offline;
            emit offlineChanged(offline);
        }
    }
    m_caching = false;
    emit finished(summary.newArticles);
}

} // namespace warta::ui
