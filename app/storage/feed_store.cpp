#include "storage/feed_store.h"

#include "storage/sqlite_connection.h"

#include <QDateTime>

namespace warta::FeedStore {

qint64 ensureFolderPath(SqliteConnection &db, const QString &path)
{
    qint64 parent = 0;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &rawName : parts) {
        const QString name = rawName.trimmed();
        if (name.isEmpty())
            continue;
        Statement find = db.prepare(QStringLiteral(
            "SELECT id FROM folders WHERE ifnull(parent_id, 0) = ?1 AND name = ?2"));
        find.bind(1, parent).bind(2, name);
        if (find.next()) {
            parent = find.int64(0);
            continue;
        }
        Statement insert = db.prepare(QStringLiteral(
            "INSERT INTO folders(parent_id, name, position) VALUES (?1, ?2, "
            "(SELECT ifnull(max(position) + 1, 0) FROM folders WHERE ifnull(parent_id, 0) = ?3))"));
        if (parent)
            insert.bind(1, parent);
        else
            insert.bindNull(1);
        insert.bind(2, name).bind(3, parent);
        insert.run();
        parent = db.lastInsertId();
    }
    return parent;
}

AddResult add(SqliteConnection &db, const QString &url, const QString &title, qint64 folderId,
              const QString &siteUrl)
{
    Statement find = db.prepare(QStringLiteral("SELECT id FROM feeds WHERE url = ?1"));
    find.bind(1, url);
    if (find.next())
        return {find.int64(0), false};
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO feeds(folder_id, title, url, site_url, position, created_at) VALUES "
        "(?1, ?2, ?3, ?4, (SELECT ifnull(max(position) + 1, 0) FROM feeds), ?5)"));
    if (folderId)
        insert.bind(1, folderId);
    else
        insert.bindNull(1);
    insert.bind(2, title.isNull() ? QString(QLatin1String("")) : title).bind(3, url).bind(4, siteUrl);
    insert.bind(5, QDateTime::currentSecsSinceEpoch());
    insert.run();
    return {db.lastInsertId(), true};
}

void remove(SqliteConnection &db, qint64 feedId)
{
    Transaction tx(db);
    // Collections keep their articles forever, even when the feed goes.
    Statement detach = db.prepare(QStringLiteral(
        "UPDATE articles SET feed_id = NULL WHERE feed_id = ?1 AND id IN "
        "(SELECT article_id FROM collection_articles)"));
    detach.bind(1, feedId);
    detach.run();
    Statement del = db.prepare(QStringLiteral("DELETE FROM feeds WHERE id = ?1"));
    del.bind(1, feedId);
    del.run();
    tx.commit();
}

void update(SqliteConnection &db, const FeedEdit &edit)
{
    Statement st = db.prepare(QStringLiteral(
        "UPDATE feeds SET title = ?2, folder_id = ?3, fetch_full_text = ?4, "
        "etag = CASE WHEN url = ?5 THEN etag END, last_modified = CASE WHEN url = ?5 THEN last_modified END, "
        "error_count = CASE WHEN url = ?5 THEN error_count ELSE 0 END, "
        "next_attempt = CASE WHEN url = ?5 THEN next_attempt END, url = ?5 WHERE id = ?1"));
    st.bind(1, edit.id).bind(2, edit.title.trimmed());
    if (edit.folderId)
        st.bind(3, edit.folderId);
    else
        st.bindNull(3);
    st.bind(4, edit.fetchFullText).bind(5, edit.url.trimmed());
    st.run();
}

void moveToFolder(SqliteConnection &db, const QList<qint64> &feedIds, qint64 folderId)
{
    Transaction tx(db);
    Statement st = db.prepare(QStringLiteral("UPDATE feeds SET folder_id = ?2 WHERE id = ?1"));
    for (qint64 id : feedIds) {
        st.reset();
        st.bind(1, id);
        if (folderId)
            st.bind(2, folderId);
        else
            st.bindNull(2);
        st.run();
    }
    tx.commit();
}

void renameFolder(SqliteConnection &db, qint64 folderId, const QString &name)
{
    Statement st = db.prepare(QStringLiteral("UPDATE folders SET name = ?2 WHERE id = ?1"));
    st.bind(1, folderId).bind(2, name.trimmed());
    st.run();
}

void removeFolder(SqliteConnection &db, qint64 folderId)
{
    Transaction tx(db);
    // Said outright rather than left to ON DELETE SET NULL and the cascade to subfolders,
    // so no feed can end up pointing at a folder that is gone.
    Statement st = db.prepare(QStringLiteral(
        "WITH RECURSIVE below(id) AS (SELECT ?1 UNION SELECT f.id FROM folders f JOIN below b ON f.parent_id = b.id) "
        "UPDATE feeds SET folder_id = NULL WHERE folder_id IN (SELECT id FROM below)"));
    st.bind(1, folderId);
    st.run();
    Statement del = db.prepare(QStringLiteral("DELETE FROM folders WHERE id = ?1"));
    del.bind(1, folderId);
    del.run();
    tx.commit();
}

static const char *kFeedColumns =
    "f.id, ifnull(f.folder_id, 0), f.title, f.url, f.site_url, f.description, f.etag, "
    "f.last_modified, f.last_fetched, f.last_error, f.error_count, f.next_attempt, f.disabled, "
    "f.fetch_full_text, ifnull(f.icon_sha256, ''), "
    "(SELECT count(*) FROM articles a WHERE a.feed_id = f.id AND a.read = 0), "
    "(SELECT count(*) FROM articles a WHERE a.feed_id = f.id)";

static Feed readFeed(const Statement &st)
{
    Feed f;
    f.id = st.int64(0);
    f.folderId = st.int64(1);
    f.title = st.text(2);
    f.url = st.text(3);
    f.siteUrl = st.text(4);
    f.description = st.text(5);
    f.etag = st.text(6);
    f.lastModified = st.text(7);
    f.lastFetched = st.dateTime(8);
    f.lastError = st.text(9);
    f.errorCount = int(st.int64(10));
    f.nextAttempt = st.dateTime(11);
    f.disabled = st.int64(12) != 0;
    f.fetchFullText = st.int64(13) != 0;
    f.iconSha256 = st.text(14);
    f.unread = int(st.int64(15));
    f.total = int(st.int64(16));
    return f;
}

QList<Feed> all(SqliteConnection &db)
{
    Statement st = db.prepare(QStringLiteral("SELECT %1 FROM feeds f ORDER BY f.position, f.id")
                                  .arg(QLatin1String(kFeedColumns)));
    QList<Feed> feeds;
    while (st.next())
        feeds.append(readFeed(st));
    return feeds;
}

Feed byId(SqliteConnection &db, qint64 id)
{
    Statement st = db.prepare(QStringLiteral("SELECT %1 FROM feeds f WHERE f.id = ?1")
                                  .arg(QLatin1String(kFeedColumns)));
    st.bind(1, id);
    return st.next() ? readFeed(st) : Feed{};
}

QList<Folder> folders(SqliteConnection &db)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT id, ifnull(parent_id, 0), name, position FROM folders ORDER BY position, id"));
    QList<Folder> list;
    while (st.next())
        list.append({st.int64(0), st.int64(1), st.text(2), int(st.int64(3))});
    return list;
}

QString folderPath(SqliteConnection &db, qint64 folderId)
{
    QStringList parts;
    Statement st = db.prepare(QStringLiteral("SELECT ifnull(parent_id, 0), name FROM folders WHERE id = ?1"));
    for (int depth = 0; folderId != 0 && depth < 64; ++depth) {
        st.reset();
        st.bind(1, folderId);
        if (!st.next())
            break;
        parts.prepend(st.text(1));
        folderId = st.int64(0);
    }
    return parts.join(QLatin1Char('/'));
}

void recordFetch(SqliteConnection &db, qint64 feedId, const FetchOutcome &o)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (o.error.isEmpty()) {
        Statement st = db.prepare(QStringLiteral(
            "UPDATE feeds SET title = CASE WHEN title = '' THEN ifnull(?2, '') ELSE title END, "
            "site_url = ifnull(?3, site_url), url = ifnull(?4, url), etag = ?5, last_modified = ?6, "
            "last_fetched = ?7, last_error = ?8, error_count = 0, next_attempt = NULL, "
            "icon_url = ifnull(?9, icon_url), logo_url = ifnull(?10, logo_url) WHERE id = ?1"));
        const auto orNull = [](const QString &s) { return s.isEmpty() ? QString() : s; };
        st.bind(1, feedId).bind(2, o.title).bind(3, orNull(o.siteUrl));
        st.bind(4, orNull(o.newUrl)).bind(5, o.etag).bind(6, o.lastModified);
        st.bind(7, now).bind(8, orNull(o.warning)).bind(9, orNull(o.iconUrl)).bind(10, orNull(o.logoUrl));
        st.run();
        return;
    }
    // Exponential back-off: 5 min, 10, 20 ... capped at one day; other feeds are unaffected.
    Statement st = db.prepare(QStringLiteral(
        "UPDATE feeds SET last_error = ?2, error_count = error_count + 1, last_fetched = ?3, "
        "next_attempt = ?3 + min(86400, 300 * (1 << min(error_count, 9))), "
        "disabled = CASE WHEN ?4 THEN 1 ELSE disabled END WHERE id = ?1"));
    st.bind(1, feedId).bind(2, o.error).bind(3, now).bind(4, o.disable);
    st.run();
}

} // namespace warta::FeedStore
