#pragma once

#include <QList>
#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace warta {

class Storage;
struct Feed;
namespace net {
class Fetcher;
}

struct RefreshOptions {
    bool fullText = true;  ///< fetch and cache the page of each new article (per-feed setting too)
    bool ignoreBackoff = false; ///< also fetch feeds whose back-off has not expired
    int feedTimeoutMs = 60'000; ///< whole-transfer deadline per feed document
};

struct RefreshSummary {
    int feeds = 0;
    int feedErrors = 0;
    int notModified = 0;
    int skipped = 0;       ///< waiting for back-off or disabled
    int newArticles = 0;
    int updatedArticles = 0;
    int cached = 0;        ///< articles stored for offline reading
    int cacheErrors = 0;
    bool cancelled = false;
};

/// Refreshes feeds: conditional GET through the Fetcher, parse on worker threads, store
/// through the writer, then cache new articles' full text and images. Errors stay with
/// their feed (with back-off) and never stop the others. Lives on the thread that made it
/// (the GUI thread in the app); signals are emitted there.
class RefreshService : public QObject {
    Q_OBJECT
public:
    RefreshService(Storage &storage, net::Fetcher &fetcher, QObject *parent = nullptr);
    ~RefreshService() override;

    /// Starts refreshing `feedIds` (every feed when empty). Ignored while one is running.
    void refresh(const QList<qint64> &feedIds = {}, RefreshOptions options = {});
    /// Caches full text for articles not cached yet ("download for offline").
    void cacheArticles(const QList<qint64> &articleIds);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_pending > 0; }

signals:
    void started(int feeds);
    /// Work done so far out of the work known so far (feeds, then pages to cache).
    void progress(int done, int total, int errors);
    void feedRefreshed(qint64 feedId, const QString &title, int newArticles, const QString &error);
    void articleCached(qint64 articleId, const QString &error);
    void finished(const warta::RefreshSummary &summary);

private:
    struct FeedOutcome;
    void startFeed(const Feed &feed, bool fullText, int timeoutMs);
    void startCaching(qint64 articleId);
    void taskDone(bool failed);
    QFuture<void> indexPendingArticles();
    static FeedOutcome refreshOneFeed(Storage &storage, net::Fetcher &fetcher, const Feed &feed,
                                      int timeoutMs, const std::atomic_bool &cancelled);

    Storage &m_storage;
    net::Fetcher &m_fetcher;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    RefreshSummary m_summary;
    int m_pending = 0;
    int m_done = 0;
    int m_total = 0;
    int m_errors = 0;
    int m_sinceIndexed = 0;
    static constexpr int kFeedsPerIndexPass = 100;
    static constexpr int kMaxCachedPerFeed = 100;
    static constexpr int kMaxLeftoversPerRefresh = 200;
};

} // namespace warta

Q_DECLARE_METATYPE(warta::RefreshSummary)
