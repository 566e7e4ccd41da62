#include "services/refresh_service.h"

#include "feeds/feed_parser.h"
#include "net/fetcher.h"
#include "services/article_cacher.h"
#include "services/feed_ingest.h"
#include "storage/article_store.h"
#include "storage/cache_store.h"
#include "storage/feed_store.h"
#include "storage/storage.h"

#include <QtConcurrent>

namespace warta {

struct RefreshService::FeedOutcome {
    qint64 feedId = 0;
    QString title;
    QString error;
    bool notModified = false;
    bool skipped = false;
    IngestResult ingest;
    bool fullText = false;
};

RefreshService::RefreshService(Storage &storage, net::Fetcher &fetcher, QObject *parent)
    : QObject(parent), m_storage(storage), m_fetcher(fetcher)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<warta::RefreshSummary>();
    // Workers mostly wait on the network or on the writer saving their feed, so several
    // per core keep parsing going while others wait; the count bounds how many parsed
    // feeds are held at once. 12 on 2 cores measured best (bench/refresh: 4 threads 1.78 s,
    // 8 threads 1.67 s, 12 threads 1.58 s; peak memory 35, 42, 50 MiB).
    m_pool.setMaxThreadCount(qMax(12, QThread::idealThreadCount() * 6));
}

RefreshService::~RefreshService()
{
    cancel();
    m_pool.waitForDone();
}

void RefreshService::refresh(const QList<qint64> &feedIds, RefreshOptions options)
{
    if (isRunning())
        return;
    m_cancelled->store(false);
    m_summary = {};
    m_done = m_total = m_errors = 0;

    auto reader = m_storage.openReader();
    // Feeds of a sync account are fetched by their server and arrive through the sync.
    QSet<qint64> synced;
    Statement syncedFeeds = reader->prepare(QStringLiteral("SELECT id FROM feeds WHERE account_id IS NOT NULL"));
    while (syncedFeeds.next())
        synced.insert(syncedFeeds.int64(0));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Feed> feeds;
    for (const Feed &feed : FeedStore::all(*reader)) {
        if ((!feedIds.isEmpty() && !feedIds.contains(feed.id)) || synced.contains(feed.id))
            continue;
        const bool backingOff = feed.nextAttempt.isValid() && feed.nextAttempt > now;
        if (feed.disabled || (backingOff && !options.ignoreBackoff)) {
            ++m_summary.skipped;
            continue;
        }
        feeds.append(feed);
    }
    m_total = int(feeds.size());
    emit started(m_total);
    if (feeds.isEmpty()) {
        emit finished(m_summary);
        return;
    }
    m_pending = m_total;
    for (const Feed &feed : feeds)
        startFeed(feed, options.fullText && feed.fetchFullText, options.feedTimeoutMs);
    // Articles an earlier, interrupted refresh stored but did not cache get their turn too.
    if (options.fullText && feedIds.isEmpty()) {
        const QList<qint64> leftovers = CacheStore::articlesNeedingExtraction(*reader, kMaxLeftoversPerRefresh);
        for (qint64 id : leftovers) {
            ++m_total;
            ++m_pending;
            startCaching(id);
        }
    }
}

void RefreshService::cacheArticles(const QList<qint64> &articleIds)
{
    if (articleIds.isEmpty())
        return;
    if (!isRunning()) {
        m_cancelled->store(false);
        m_summary = {};
        m_done = m_total = m_errors = 0;
        emit started(0);
    }
    for (qint64 id : articleIds) {
        ++m_total;
        ++m_pending;
        startCaching(id);
    }
}

void RefreshService::cancel()
{
    m_cancelled->store(true);
    m_fetcher.cancelAll();
}

void RefreshService::startFeed(const Feed &feed, bool fullText, int timeoutMs)
{
    auto cancelled = m_cancelled;
    Storage &storage = m_storage;
    net::Fetcher &fetcher = m_fetcher;
    QtConcurrent::run(&m_pool, [&storage, &fetcher, feed, fullText, timeoutMs, cancelled] {
        FeedOutcome outcome = refreshOneFeed(storage, fetcher, feed, timeoutMs, *cancelled);
        outcome.fullText = fullText;
        return outcome;
    }).then(this, [this](const FeedOutcome &o) {
        const bool failed = !o.error.isEmpty() && o.ingest.inserted == 0 && o.ingest.updated == 0;
        m_summary.feeds++;
        m_summary.feedErrors += failed ? 1 : 0;
        m_summary.notModified += o.notModified ? 1 : 0;
        m_summary.newArticles += o.ingest.inserted;
        m_summary.updatedArticles += o.ingest.updated;
        emit feedRefreshed(o.feedId, o.title, o.ingest.inserted, o.error);
        if (o.fullText && !m_cancelled->load()) {
            // The newest first, and a bounded number per feed: a feed that suddenly lists
            // thousands of items must not queue thousands of page downloads.
            const QList<qint64> &ids = o.ingest.newArticleIds;
            for (qsizetype i = ids.size() - 1; i >= 0 && i >= ids.size() - kMaxCachedPerFeed; --i) {
                ++m_total;
                ++m_pending;
                startCaching(ids[i]);
            }
        }
        taskDone(failed);
    });
}

void RefreshService::startCaching(qint64 articleId)
{
    auto cancelled = m_cancelled;
    Storage &storage = m_storage;
    net::Fetcher &fetcher = m_fetcher;
    QtConcurrent::run(&m_pool, [&storage, &fetcher, articleId, cancelled] {
        return cacheArticle(storage, networkLoader(fetcher), articleId, *cancelled);
    }).then(this, [this](const CacheOutcome &o) {
        (o.ok ? m_summary.cached : m_summary.cacheErrors)++;
        emit articleCached(o.articleId, o.error);
        taskDone(!o.ok);
    });
}

void RefreshService::taskDone(bool failed)
{
    ++m_done;
    m_errors += failed ? 1 : 0;
    emit progress(m_done, m_total, m_errors);
    // New articles reach the search index in bulk: every so often while feeds arrive,
    // and before the refresh reports that it finished.
    if (++m_sinceIndexed >= kFeedsPerIndexPass && m_pending > 1)
        indexPendingArticles();
    if (--m_pending == 0) {
        m_summary.cancelled = m_cancelled->load();
        indexPendingArticles().then(this, [this] { emit finished(m_summary); });
    }
}

QFuture<void> RefreshService::indexPendingArticles()
{
    m_sinceIndexed = 0;
    return m_storage.write(QStringLiteral("indexing new articles for search"), [](SqliteConnection &db) {
        Transaction tx(db);
        ArticleStore::indexPending(db);
        tx.commit();
    }).onFailed([](const std::exception &) {
        // Reported through Storage::writeFailed; the next pass (or the next start) retries.
    });
}

RefreshService::FeedOutcome RefreshService::refreshOneFeed(Storage &storage, net::Fetcher &fetcher,
                                                           const Feed &feed, int timeoutMs,
                                                           const std::atomic_bool &cancelled)
{
    FeedOutcome outcome;
    const qint64 feedId = feed.id;
    outcome.feedId = feedId;
    outcome.title = feed.title.isEmpty() ? feed.url : feed.title;
    net::FetchRequest request;
    request.url = QUrl(feed.url);
    request.etag = feed.etag;
    request.lastModified = feed.lastModified;
    request.transferTimeoutMs = timeoutMs;
    request.connectTimeoutMs = qMin(request.connectTimeoutMs, timeoutMs);
    request.accept = "application/rss+xml, application/atom+xml, application/feed+json, "
                     "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    const net::FetchResult fetched = fetcher.fetch(request).result();
    if (cancelled) {
        outcome.error = QStringLiteral("cancelled");
        return outcome;
    }

    FeedStore::FetchOutcome record;
    record.etag = fetched.etag;
    record.lastModified = fetched.lastModified;
    feeds::ParsedFeed parsed;
    if (!fetched.ok()) {
        record.error = fetched.errorMessage;
        record.disable = fetched.error == net::FetchResult::Error::Gone;
    } else if (fetched.notModified) {
        outcome.notModified = true;
        if (feed.errorCount == 0 && feed.lastError.isEmpty())
            return outcome; // a 304 writes nothing
    } else {
        parsed = feeds::parseFeed(fetched.body, fetched.finalUrl, fetched.contentType);
        if (parsed.format.isEmpty())
            record.error = QStringLiteral("not a feed: %1").arg(parsed.error.isEmpty() ? QStringLiteral("unknown format") : parsed.error);
        else if (!parsed.wellFormed)
            record.warning = parsed.error;
        record.title = parsed.title.simplified();
        record.siteUrl = parsed.link;
        record.iconUrl = parsed.iconUrl;
        record.logoUrl = parsed.imageUrl;
        if (fetched.permanentRedirect && fetched.finalUrl != request.url)
            record.newUrl = fetched.finalUrl.toString();
    }
    outcome.error = record.error.isEmpty() ? record.warning : record.error;
    if (!record.title.isEmpty() && feed.title.isEmpty())
        outcome.title = record.title;

    auto stored = storage.write(QStringLiteral("saving feed %1").arg(outcome.title),
                                [feedId, record, parsed](SqliteConnection &db) {
        IngestResult result;
        if (!parsed.items.isEmpty() && record.error.isEmpty())
            result = ingestFeed(db, feedId, parsed, ArticleStore::Indexing::Deferred);
        FeedStore::recordFetch(db, feedId, record);
        return result;
    });
    try {
        outcome.ingest = stored.result();
    } catch (const std::exception &e) {
        outcome.error = QString::fromUtf8(e.what());
    }
    return outcome;
}

} // namespace warta
