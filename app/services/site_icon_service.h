#pragma once

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace warta {

class RefreshService;
class Storage;
namespace net {
class Fetcher;
}

/// Keeps the feed list's site icons: finds feeds whose icon is due (never looked for,
/// or looked for long enough ago; see SiteIconStore), looks each site up once on worker
/// threads, and stores what it finds through the writer. The feed list learns of new
/// icons from Storage::changed like any other write. Lives on the GUI thread.
class SiteIconService : public QObject {
    Q_OBJECT
public:
    SiteIconService(Storage &storage, net::Fetcher &fetcher, QObject *parent = nullptr);
    ~SiteIconService() override;

    /// Looks up the icons that are due, of `feedIds` only unless empty. A call while a
    /// pass runs is remembered and runs after it.
    void update(const QList<qint64> &feedIds = {});
    /// Runs update() after every refresh of `refresh` that reached at least one feed.
    void followRefreshes(RefreshService &refresh);
    [[nodiscard]] bool isRunning() const { return m_running; }

signals:
    /// A pass ended: `found` sites gave an icon, `missing` gave none. Always emitted from
    /// the event loop, never from inside update().
    void finished(int found, int missing);

private:
    void startPass(const QList<qint64> &feedIds);
    void siteDone(bool found);
    void passOver();

    Storage &m_storage;
    net::Fetcher &m_fetcher;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_running = false;
    bool m_again = false;
    QList<qint64> m_againIds; ///< empty with m_again: every feed
    int m_pending = 0;
    int m_found = 0;
    int m_missing = 0;
};

} // namespace warta
