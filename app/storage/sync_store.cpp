#include "storage/sync_store.h"

#include "storage/collection_store.h"
#include "storage/feed_store.h"
#include "storage/sqlite_connection.h"
#include "storage/sync_queue.h"

namespace warta::SyncStore {

ApplyingRemote::ApplyingRemote(SqliteConnection &db) : m_db(db)
{
    m_db.exec(QStringLiteral("UPDATE sync_guard SET applying = 1"));
}

ApplyingRemote::~ApplyingRemote()
{
    if (m_active) {
        try {
            release();
        } catch (const StorageError &) {
            // The transaction is being rolled back, which undoes the flag anyway.
        }
    }
}

void ApplyingRemote::release()
{
    m_active = false;
    m_db.exec(QStringLiteral("UPDATE sync_guard SET applying = 0"));
}

void resetGuard(SqliteConnection &db)
{
    db.exec(QStringLiteral("UPDATE sync_guard SET applying = 0 WHERE applying <> 0"));
}

qint64 feedForRemote(SqliteConnection &db, qint64 accountId, qint64 remoteFeedId)
{
    Statement st = db.prepare(QStringLiteral("SELECT id FROM feeds WHERE account_id = ?1 AND remote_id = ?2"));
    st.bind(1, accountId).bind(2, remoteFeedId);
    return st.next() ? st.int64(0) : 0;
}

qint64 upsertRemoteFeed(SqliteConnection &db, qint64 accountId, qint64 remoteId, const QString &url,
                        const QString &title, const QString &folder, QString *error)
{
    const qint64 folderId = folder.isEmpty() ? 0 : FeedStore::ensureFolderPath(db, folder);
    qint64 id = feedForRemote(db, accountId, remoteId);
    if (!id) {
        Statement byUrl = db.prepare(QStringLiteral("SELECT id, account_id FROM feeds WHERE url = ?1"));
        byUrl.bind(1, url);
        if (byUrl.next()) {
            if (!byUrl.isNull(1) && byUrl.int64(1) != accountId) {
                if (error)
                    *error = QStringLiteral("feed %1 is already in account %2").arg(url).arg(byUrl.int64(1));
                return 0;
            }
            id = byUrl.int64(0); // a local subscription to the same URL joins the account
        } else {
            id = FeedStore::add(db, url, title, folderId).id;
        }
    }
    Statement st = db.prepare(QStringLiteral(
        "UPDATE feeds SET account_id = ?2, remote_id = ?3, url = ?4, "
        "title = CASE WHEN ?5 = '' THEN title ELSE ?5 END, folder_id = ?6 WHERE id = ?1"));
    st.bind(1, id).bind(2, accountId).bind(3, remoteId).bind(4, url).bind(5, title);
    if (folderId)
        st.bind(6, folderId);
    else
        st.bindNull(6);
    st.run();
    return id;
}

int removeFeedsNotIn(SqliteConnection &db, qint64 accountId, const QSet<qint64> &remoteIds)
{
    QList<qint64> gone;
    Statement st = db.prepare(QStringLiteral("SELECT id, remote_id FROM feeds WHERE account_id = ?1"));
    st.bind(1, accountId);
    while (st.next()) {
        if (!remoteIds.contains(st.int64(1)))
            gone.append(st.int64(0));
    }
    // As FeedStore::remove, inside the caller's transaction: collections keep their articles.
    Statement detach = db.prepare(QStringLiteral(
        "UPDATE articles SET feed_id = NULL WHERE feed_id = ?1 AND id IN (SELECT article_id FROM collection_articles)"));
    Statement del = db.prepare(QStringLiteral("DELETE FROM feeds WHERE id = ?1"));
    for (qint64 id : gone) {
        detach.reset();
        detach.bind(1, id);
        detach.run();
        del.reset();
        del.bind(1, id);
        del.run();
    }
    return int(gone.size());
}

static qint64 mappedArticle(SqliteConnection &db, qint64 accountId, qint64 remoteId)
{
    Statement st = db.prepare(QStringLiteral("SELECT article_id FROM sync_articles WHERE account_id = ?1 AND remote_id = ?2"));
    st.bind(1, accountId).bind(2, remoteId);
    return st.next() ? st.int64(0) : 0;
}

// An unmapped article of the same feed with the same link: the feed was subscribed
// locally before it joined the account; reuse the article instead of doubling it.
static qint64 unmappedByLink(SqliteConnection &db, qint64 feedId, const QString &link)
{
    if (link.isEmpty())
        return 0;
    Statement st = db.prepare(QStringLiteral(
        "SELECT a.id FROM articles a WHERE a.feed_id = ?1 AND a.link = ?2 "
        "AND NOT EXISTS (SELECT 1 FROM sync_articles s WHERE s.article_id = a.id) LIMIT 1"));
    st.bind(1, feedId).bind(2, link);
    return st.next() ? st.int64(0) : 0;
}

ApplyResult applyRemoteArticle(SqliteConnection &db, qint64 accountId, qint64 localFeedId,
                               const RemoteArticle &remote)
{
    ApplyResult result;
    qint64 id = mappedArticle(db, accountId, remote.remoteId);
    if (!id)
        id = unmappedByLink(db, localFeedId, remote.item.link);
    if (id) {
        // Refresh the stored text only when it is the same row the store would find
        // (an adopted local article keeps its own key and text).
        Statement same = db.prepare(QStringLiteral("SELECT 1 FROM articles WHERE id = ?1 AND feed_id = ?2 AND dedup_key = ?3"));
        same.bind(1, id).bind(2, localFeedId).bind(3, ArticleStore::dedupKey(remote.item));
        if (same.next())
            ArticleStore::upsert(db, localFeedId, remote.item);
    } else {
        const ArticleStore::UpsertResult up = ArticleStore::upsert(db, localFeedId, remote.item);
        id = up.id;
        result.inserted = up.kind == ArticleStore::UpsertKind::Inserted;
    }
    result.articleId = id;
    Statement map = db.prepare(QStringLiteral(
        "INSERT INTO sync_articles(article_id, account_id, remote_id, remote_read, remote_starred) "
        "VALUES (?1, ?2, ?3, (SELECT read FROM articles WHERE id = ?1), (SELECT starred FROM articles WHERE id = ?1)) "
        "ON CONFLICT(article_id) DO UPDATE SET remote_id = excluded.remote_id"));
    map.bind(1, id).bind(2, accountId).bind(3, remote.remoteId);
    map.run();
    result.conflicts = applyRemoteState(db, id, remote.read, remote.starred);
    for (const QString &caption : remote.labels) {
        if (!SyncQueue::has(db, id, QStringLiteral("label"), caption))
            CollectionStore::addArticle(db, CollectionStore::ensure(db, caption), id);
    }
    return result;
}

int applyRemoteState(SqliteConnection &db, qint64 articleId, bool read, bool starred)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT s.remote_read, s.remote_starred, a.read, a.starred FROM sync_articles s "
        "JOIN articles a ON a.id = s.article_id WHERE s.article_id = ?1"));
    st.bind(1, articleId);
    if (!st.next())
        return 0;
    const bool baseRead = st.int64(0), baseStarred = st.int64(1);
    const bool localRead = st.int64(2), localStarred = st.int64(3);
    int conflicts = 0;
    auto field = [&](const QString &kind, bool base, bool local, bool server) {
        if (SyncQueue::has(db, articleId, kind)) {
            // Both sides changed it: ours is queued and goes to the server after this pull.
            if (base != server && local != server)
                ++conflicts;
        } else if (local != server) {
            if (kind == QLatin1String("read"))
                ArticleStore::setRead(db, articleId, server);
            else
                ArticleStore::setStarred(db, articleId, server);
        }
    };
    field(QStringLiteral("read"), baseRead, localRead, read);
    field(QStringLiteral("starred"), baseStarred, localStarred, starred);
    Statement base = db.prepare(QStringLiteral(
        "UPDATE sync_articles SET remote_read = ?2, remote_starred = ?3 WHERE article_id = ?1"));
    base.bind(1, articleId).bind(2, read).bind(3, starred);
    base.run();
    return conflicts;
}

int applyRemoteStateSets(SqliteConnection &db, qint64 accountId, const QSet<qint64> &unread,
                         const QSet<qint64> &starred)
{
    struct Row { qint64 article, remote; bool baseRead, baseStarred, read, starred; };
    QList<Row> rows;
    Statement st = db.prepare(QStringLiteral(
        "SELECT s.article_id, s.remote_id, s.remote_read, s.remote_starred, a.read, a.starred "
        "FROM sync_articles s JOIN articles a ON a.id = s.article_id WHERE s.account_id = ?1"));
    st.bind(1, accountId);
    while (st.next())
        rows.append({st.int64(0), st.int64(1), st.int64(2) != 0, st.int64(3) != 0, st.int64(4) != 0, st.int64(5) != 0});
    int conflicts = 0;
    for (const Row &r : rows) {
        const bool read = !unread.contains(r.remote), star = starred.contains(r.remote);
        if (read == r.read && star == r.starred && read == r.baseRead && star == r.baseStarred)
            continue; // nothing moved: skip the per-article queries
        conflicts += applyRemoteState(db, r.article, read, star);
    }
    return conflicts;
}

void applyRemoteLabel(SqliteConnection &db, qint64 accountId, const QString &caption, const QSet<qint64> &remoteIds)
{
    const qint64 collection = CollectionStore::ensure(db, caption);
    QList<QPair<qint64, bool>> changes; // article, member on server
    Statement st = db.prepare(QStringLiteral(
        "SELECT s.article_id, s.remote_id, EXISTS (SELECT 1 FROM collection_articles x "
        "WHERE x.collection_id = ?2 AND x.article_id = s.article_id) FROM sync_articles s WHERE s.account_id = ?1"));
    st.bind(1, accountId).bind(2, collection);
    while (st.next()) {
        const bool server = remoteIds.contains(st.int64(1));
        if (server != (st.int64(2) != 0))
            changes.append({st.int64(0), server});
    }
    for (const auto &[article, member] : changes) {
        if (SyncQueue::has(db, article, QStringLiteral("label"), caption))
            continue;
        if (member)
            CollectionStore::addArticle(db, collection, article);
        else
            CollectionStore::removeArticle(db, collection, article);
    }
}

void setRemoteBase(SqliteConnection &db, qint64 accountId, qint64 remoteId, const QString &field, bool value)
{
    const QString column = field == QLatin1String("read") ? QStringLiteral("remote_read") : QStringLiteral("remote_starred");
    Statement st = db.prepare(QStringLiteral("UPDATE sync_articles SET %1 = ?3 WHERE account_id = ?1 AND remote_id = ?2").arg(column));
    st.bind(1, accountId).bind(2, remoteId).bind(3, value);
    st.run();
}

} // namespace warta::SyncStore
