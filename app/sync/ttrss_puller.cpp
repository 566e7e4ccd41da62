#include "sync/ttrss_puller.h"

#include "storage/storage.h"
#include "storage/sync_store.h"
#include "sync/ttrss_client.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace warta {

namespace {

constexpr int kPage = 200;            // the API's maximum per getHeadlines call
constexpr qint64 kAllArticles = -4;   // tt-rss's virtual feed "all articles"

// Runs a write job and waits: the pull applies one page at a time, in order.
template <class F>
auto writeNow(Storage &storage, const QString &what, F job)
{
    auto future = storage.write(what, std::move(job));
    future.waitForFinished(); // rethrows a failed write
    if constexpr (!std::is_void_v<std::invoke_result_t<F &, SqliteConnection &>>)
        return future.result();
}

SyncStore::RemoteArticle toRemote(const QJsonObject &h)
{
    SyncStore::RemoteArticle r;
    r.remoteId = h.value(QLatin1String("id")).toInteger();
    r.remoteFeedId = h.value(QLatin1String("feed_id")).toVariant().toLongLong();
    r.read = !h.value(QLatin1String("unread")).toBool();
    r.starred = h.value(QLatin1String("marked")).toBool();
    r.item.guid = h.value(QLatin1String("guid")).toString();
    r.item.link = h.value(QLatin1String("link")).toString();
    r.item.title = h.value(QLatin1String("title")).toString();
    r.item.author = h.value(QLatin1String("author")).toString();
    r.item.content = h.value(QLatin1String("content")).toString();
    r.item.imageUrl = h.value(QLatin1String("flavor_image")).toString();
    const qint64 updated = h.value(QLatin1String("updated")).toInteger();
    if (updated > 0)
        r.item.published = QDateTime::fromSecsSinceEpoch(updated, Qt::UTC);
    for (const QJsonValue &tag : h.value(QLatin1String("tags")).toArray()) {
        if (!tag.toString().trimmed().isEmpty())
            r.item.categories.append(tag.toString().trimmed());
    }
    // labels: [[label feed id, caption, fg, bg], ...]
    for (const QJsonValue &label : h.value(QLatin1String("labels")).toArray())
        r.labels.append(label.toArray().at(1).toString());
    return r;
}

} // namespace

TtRssPuller::TtRssPuller(Storage &storage, TtRssClient &client, const Account &account, SyncProgress progress)
    : m_storage(storage), m_client(client), m_account(account), m_progress(std::move(progress))
{
}

void TtRssPuller::run(SyncSummary &summary)
{
    pullFeeds(summary);
    for (const QJsonValue &v : m_client.getLabels()) {
        const QJsonObject label = v.toObject();
        m_labels.append({label.value(QLatin1String("id")).toInteger(), label.value(QLatin1String("caption")).toString()});
    }
    const bool firstSync = m_account.sinceId == 0;
    pullArticles(summary);
    if (!firstSync) // the article pages already carried the state of everything new
        pullState(summary);
    pullLabels(); // also makes a collection for every label, even an empty one
}

void TtRssPuller::pullFeeds(SyncSummary &summary)
{
    m_progress(QStringLiteral("feeds"), 0, -1);
    QHash<qint64, QString> names;
    for (const QJsonValue &v : m_client.getCategories()) {
        const QJsonObject c = v.toObject();
        const qint64 id = c.value(QLatin1String("id")).toVariant().toLongLong();
        if (id > 0) { // 0 uncategorised, negatives are virtual (special, labels)
            names.insert(id, c.value(QLatin1String("title")).toString());
            m_categoryIds.insert(c.value(QLatin1String("title")).toString().toLower(), id);
        }
    }
    const QJsonArray feeds = m_client.getFeeds();
    const qint64 account = m_account.id;
    const QStringList errors = writeNow(m_storage, QStringLiteral("syncing feeds"), [=](SqliteConnection &db) {
        Transaction tx(db);
        SyncStore::ApplyingRemote guard(db);
        QStringList problems;
        QSet<qint64> seen;
        for (const QJsonValue &v : feeds) {
            const QJsonObject f = v.toObject();
            const qint64 remote = f.value(QLatin1String("id")).toInteger();
            QString error;
            SyncStore::upsertRemoteFeed(db, account, remote, f.value(QLatin1String("feed_url")).toString(),
                                        f.value(QLatin1String("title")).toString(),
                                        names.value(f.value(QLatin1String("cat_id")).toInteger()), &error);
            if (!error.isEmpty())
                problems.append(error);
            seen.insert(remote);
        }
        SyncStore::removeFeedsNotIn(db, account, seen);
        guard.release();
        tx.commit();
        return problems;
    });
    summary.errors += errors;
    m_progress(QStringLiteral("feeds"), int(feeds.size()), int(feeds.size()));
}

void TtRssPuller::pullArticles(SyncSummary &summary)
{
    // Newest first (tt-rss's default order) with a fixed since_id: articles arriving while
    // we page push the pages down, which repeats an article (harmless) but never skips one.
    const qint64 since = m_account.sinceId;
    qint64 maxSeen = since;
    qint64 lowestUnplaced = 0; // an article whose feed we do not know yet: fetch it again next time
    int seen = 0;
    for (int skip = 0;; skip += kPage) {
        const QJsonArray page = m_client.getHeadlines({{QStringLiteral("feed_id"), kAllArticles},
                                                       {QStringLiteral("view_mode"), QStringLiteral("all_articles")},
                                                       {QStringLiteral("since_id"), since},
                                                       {QStringLiteral("skip"), skip},
                                                       {QStringLiteral("limit"), kPage},
                                                       {QStringLiteral("show_content"), true},
                                                       {QStringLiteral("sanitize"), false}});
        QList<SyncStore::RemoteArticle> remote;
        remote.reserve(page.size());
        for (const QJsonValue &v : page)
            remote.append(toRemote(v.toObject()));
        const qint64 account = m_account.id;
        struct PageResult { int inserted = 0, conflicts = 0; qint64 unplaced = 0; };
        const PageResult r = writeNow(m_storage, QStringLiteral("syncing articles"), [=](SqliteConnection &db) {
            Transaction tx(db);
            SyncStore::ApplyingRemote guard(db);
            PageResult result;
            for (const SyncStore::RemoteArticle &a : remote) {
                const qint64 feed = SyncStore::feedForRemote(db, account, a.remoteFeedId);
                if (!feed) {
                    if (a.remoteFeedId > 0)
                        result.unplaced = result.unplaced ? qMin(result.unplaced, a.remoteId) : a.remoteId;
                    continue; // archived (feedless) server articles are not synced
                }
                const SyncStore::ApplyResult applied = SyncStore::applyRemoteArticle(db, account, feed, a);
                result.inserted += applied.inserted ? 1 : 0;
                result.conflicts += applied.conflicts;
            }
            guard.release();
            tx.commit();
            return result;
        });
        summary.pulled += r.inserted;
        summary.conflicts += r.conflicts;
        if (r.unplaced)
            lowestUnplaced = lowestUnplaced ? qMin(lowestUnplaced, r.unplaced) : r.unplaced;
        for (const SyncStore::RemoteArticle &a : remote)
            maxSeen = qMax(maxSeen, a.remoteId);
        seen += int(page.size());
        m_progress(QStringLiteral("articles"), seen, -1);
        if (page.size() < kPage)
            break;
    }
    const qint64 next = lowestUnplaced ? qMin(maxSeen, lowestUnplaced - 1) : maxSeen;
    const qint64 account = m_account.id;
    writeNow(m_storage, QStringLiteral("recording sync position"),
             [=](SqliteConnection &db) { AccountStore::setSinceId(db, account, next); });
}

QSet<qint64> TtRssPuller::idSet(const QString &stage, qint64 feedId, const QString &viewMode)
{
    QSet<qint64> ids;
    for (int skip = 0;; skip += kPage) {
        const QJsonArray page = m_client.getHeadlines({{QStringLiteral("feed_id"), feedId},
                                                       {QStringLiteral("view_mode"), viewMode},
                                                       {QStringLiteral("skip"), skip},
                                                       {QStringLiteral("limit"), kPage},
                                                       {QStringLiteral("show_content"), false}});
        for (const QJsonValue &v : page)
            ids.insert(v.toObject().value(QLatin1String("id")).toInteger());
        m_progress(stage, int(ids.size()), -1);
        if (page.size() < kPage)
            break;
    }
    return ids;
}

void TtRssPuller::pullState(SyncSummary &summary)
{
    const QSet<qint64> unread = idSet(QStringLiteral("state"), kAllArticles, QStringLiteral("unread"));
    const QSet<qint64> starred = idSet(QStringLiteral("state"), kAllArticles, QStringLiteral("marked"));
    const qint64 account = m_account.id;
    summary.conflicts += writeNow(m_storage, QStringLiteral("syncing read and starred"), [=](SqliteConnection &db) {
        Transaction tx(db);
        SyncStore::ApplyingRemote guard(db);
        const int conflicts = SyncStore::applyRemoteStateSets(db, account, unread, starred);
        guard.release();
        tx.commit();
        return conflicts;
    });
}

void TtRssPuller::pullLabels()
{
    for (const auto &[labelFeedId, caption] : m_labels) {
        const QSet<qint64> ids = idSet(QStringLiteral("labels"), labelFeedId, QStringLiteral("all_articles"));
        const qint64 account = m_account.id;
        const QString name = caption;
        writeNow(m_storage, QStringLiteral("syncing labels"), [=](SqliteConnection &db) {
            Transaction tx(db);
            SyncStore::ApplyingRemote guard(db);
            SyncStore::applyRemoteLabel(db, account, name, ids);
            guard.release();
            tx.commit();
        });
    }
}

} // namespace warta
