#include "services/site_icon_service.h"

#include "net/fetcher.h"
#include "services/refresh_service.h"
#include "services/site_icon_finder.h"
#include "storage/site_icon_store.h"
#include "storage/sqlite_connection.h"
#include "storage/storage.h"

#include <QDateTime>
#include <QHash>
#include <QtConcurrent>

namespace warta {

namespace {
// Feeds of one site that share an answer.
struct SiteJob {
    SiteIconStore::Wanted feed; ///< the first feed of the site, whose hints are used
    QList<qint64> feedIds;
};

QList<SiteJob> groupBySite(const QList<SiteIconStore::Wanted> &wanted)
{
    QList<SiteJob> jobs;
    QHash<QString, qsizetype> byKey;
    for (const SiteIconStore::Wanted &feed : wanted) {
        const QString key = siteIconKey(feed);
        if (const auto it = byKey.constFind(key); it != byKey.constEnd()) {
            jobs[*it].feedIds.append(feed.feedId);
            continue;
        }
        byKey.insert(key, jobs.size());
        jobs.append({feed, {feed.feedId}});
    }
    return jobs;
}
} // namespace

SiteIconService::SiteIconService(Storage &storage, net::Fetcher &fetcher, QObject *parent)
    : QObject(parent), m_storage(storage), m_fetcher(fetcher)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    // Icons are a nicety: a few sites at a time, never crowding out a refresh.
    m_pool.setMaxThreadCount(4);
}

SiteIconService::~SiteIconService()
{
    m_cancelled->store(true);
    // Workers wait on fetches; at exit nothing else needs the network any more.
    if (m_running)
        m_fetcher.cancelAll();
    m_pool.waitForDone();
}

void SiteIconService::update(const QList<qint64> &feedIds)
{
    if (m_running) {
        // Every feed wins over a list; lists add up.
        m_againIds = (m_again && m_againIds.isEmpty()) || feedIds.isEmpty() ? QList<qint64>() : m_againIds + feedIds;
        m_again = true;
        return;
    }
    startPass(feedIds);
}

void SiteIconService::followRefreshes(RefreshService &refresh)
{
    connect(&refresh, &RefreshService::finished, this, [this](const RefreshSummary &summary) {
        // A refresh that reached no feed (offline) would find no icon either.
        if (!summary.cancelled && summary.feeds > summary.feedErrors)
            update();
    });
}

void SiteIconService::startPass(const QList<qint64> &feedIds)
{
    m_running = true;
    m_found = m_missing = 0;
    Storage &storage = m_storage;
    QtConcurrent::run(&m_pool, [&storage, feedIds] {
        auto reader = storage.openReader();
        return groupBySite(SiteIconStore::due(*reader, QDateTime::currentSecsSinceEpoch(), feedIds));
    }).then(this, [this](const QList<SiteJob> &jobs) {
        // Continuations run on this thread, so every site is queued before one reports.
        m_pending = int(jobs.size());
        if (jobs.isEmpty()) {
            passOver();
            return;
        }
        for (const SiteJob &job : jobs) {
            auto cancelled = m_cancelled;
            Storage &storage = m_storage;
            net::Fetcher &fetcher = m_fetcher;
            QtConcurrent::run(&m_pool, [&storage, &fetcher, job, cancelled] {
                const FoundSiteIcon found = findSiteIcon(fetcher, job.feed, *cancelled);
                const qint64 now = QDateTime::currentSecsSinceEpoch();
                if (*cancelled || (found.icon.png.isEmpty() && !found.reachedSite))
                    return false; // offline or cancelled: look again next time, not in a week
                storage.write(QStringLiteral("saving a site icon"), [job, found, now](SqliteConnection &db) {
                    if (found.icon.png.isEmpty())
                        SiteIconStore::recordMissing(db, job.feedIds, now);
                    else
                        SiteIconStore::save(db, job.feedIds, found.icon.png, found.icon.sha256, found.sourceUrl, now);
                }).waitForFinished();
                return !found.icon.png.isEmpty();
            }).then(this, [this](bool found) { siteDone(found); }).onFailed(this, [this] { siteDone(false); });
        }
    }).onFailed(this, [this] { passOver(); });
}

void SiteIconService::siteDone(bool found)
{
    (found ? m_found : m_missing)++;
    if (--m_pending == 0)
        passOver();
}

void SiteIconService::passOver()
{
    // Pictures of deleted feeds go once a pass is over.
    m_storage.write(QStringLiteral("removing unused site icons"), [](SqliteConnection &db) {
        SiteIconStore::removeUnused(db);
    }).onFailed([](const std::exception &) {});
    m_running = false;
    // Steps that were already done when chained run at once, so a pass can end inside
    // update(): report it from the event loop, after update() has returned to its caller.
    QMetaObject::invokeMethod(this, [this, found = m_found, missing = m_missing] { emit finished(found, missing); },
                              Qt::QueuedConnection);
    if (m_again && !m_cancelled->load()) {
        m_again = false;
        startPass(std::exchange(m_againIds, {}));
    }
}

} // namespace warta
