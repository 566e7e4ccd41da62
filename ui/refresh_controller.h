#pragma once

#include <QList>
#include <QObject>

namespace warta::ui {

/// The seam between the UI and the refresh service (warta::RefreshService, app/services):
/// the composition root adapts the service to this interface; the status bar and the
/// Refresh actions only know these calls and signals. Null means "no refresh in this build".
class RefreshController : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void refreshAll() = 0;
    virtual void refreshFeed(qint64 feedId) = 0;
    /// Refreshes several feeds (a folder) in one run.
    virtual void refreshFeeds(const QList<qint64> &feedIds)
    {
        for (qint64 id : feedIds)
            refreshFeed(id);
    }
    /// "Download for offline": caches the full text and images of these feeds' articles.
    virtual void downloadForOffline(const QList<qint64> &feedIds) { Q_UNUSED(feedIds) }
    virtual void cancel() = 0;

signals:
    void started(int feeds);
    void progress(int done, int total);
    void feedFailed(qint64 feedId, const QString &message);
    void finished(int newArticles);
    /// True when the last refresh reached no feed at all (every fetch failed).
    void offlineChanged(bool offline);
};

} // namespace warta::ui
