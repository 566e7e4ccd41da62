#include "storage/tag_store.h"

#include "core/text_utils.h"
#include "storage/article_store.h"
#include "storage/sqlite_connection.h"

#include <QFileInfo>

namespace warta {

QList<Tag> TagStore::all(SqliteConnection &db)
{
    Statement st = db.prepare(QStringLiteral(
        // Counts from indexes only: the unread articles come from index articles_read (CROSS
        // JOIN keeps that order). Joining every tag link to its article row read the whole
        // table: 1.7-2.3 s and 1 GB of mapped pages at start with 100,000 articles (bench/ui).
        "SELECT t.id, t.key, t.display, t.followed, ifnull(n.total, 0), ifnull(u.unread, 0) FROM tags t "
        "LEFT JOIN (SELECT tag_id, count(*) AS total FROM article_tags GROUP BY tag_id) n ON n.tag_id = t.id "
        "LEFT JOIN (SELECT x.tag_id, count(*) AS unread FROM articles a CROSS JOIN article_tags x "
        "ON x.article_id = a.id WHERE a.read = 0 GROUP BY x.tag_id) u ON u.tag_id = t.id "
        "ORDER BY t.followed DESC, t.key"));
    QList<Tag> tags;
    while (st.next())
        tags.append({st.int64(0), st.text(1), st.text(2), st.int64(3) != 0, int(st.int64(4)), int(st.int64(5))});
    return tags;
}

void TagStore::setFollowed(SqliteConnection &db, const QString &tag, bool followed)
{
    const QString key = normaliseTagKey(tag);
    Statement ensure = db.prepare(QStringLiteral(
        "INSERT INTO tags(key, display) VALUES (?1, ?2) ON CONFLICT(key) DO NOTHING"));
    ensure.bind(1, key).bind(2, tagDisplayForm(tag));
    ensure.run();
    Statement st = db.prepare(QStringLiteral("UPDATE tags SET followed = ?2 WHERE key = ?1"));
    st.bind(1, key).bind(2, followed);
    st.run();
}

namespace {
qint64 tagId(SqliteConnection &db, const QString &key)
{
    Statement st = db.prepare(QStringLiteral("SELECT id FROM tags WHERE key = ?1"));
    st.bind(1, key);
    return st.next() ? st.int64(0) : 0;
}

qint64 existingTag(SqliteConnection &db, const QString &tag)
{
    const qint64 id = tagId(db, normaliseTagKey(tag));
    if (!id)
        throw StorageError(QStringLiteral("no tag named %1").arg(tag));
    return id;
}

QList<qint64> articlesOf(SqliteConnection &db, qint64 tag)
{
    Statement st = db.prepare(QStringLiteral("SELECT article_id FROM article_tags WHERE tag_id = ?1"));
    st.bind(1, tag);
    QList<qint64> ids;
    while (st.next())
        ids << st.int64(0);
    return ids;
}
} // namespace

void TagStore::merge(SqliteConnection &db, const QString &from, const QString &into)
{
    const qint64 fromId = existingTag(db, from);
    const QString intoKey = normaliseTagKey(into);
    if (intoKey.isEmpty())
        throw StorageError(QStringLiteral("a tag needs a name"));
    Statement ensure = db.prepare(QStringLiteral(
        "INSERT INTO tags(key, display) VALUES (?1, ?2) ON CONFLICT(key) DO NOTHING"));
    ensure.bind(1, intoKey).bind(2, tagDisplayForm(into));
    ensure.run();
    const qint64 intoId = tagId(db, intoKey);
    if (intoId == fromId)
        return;
    const QList<qint64> articles = articlesOf(db, fromId);
    // An article tagged both ways keeps one link (the one it already had to `into`).
    Statement move = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO article_tags(article_id, tag_id, origin) "
        "SELECT article_id, ?2, origin FROM article_tags WHERE tag_id = ?1"));
    move.bind(1, fromId).bind(2, intoId);
    move.run();
    Statement follow = db.prepare(QStringLiteral(
        "UPDATE tags SET followed = max(followed, (SELECT followed FROM tags WHERE id = ?1)) WHERE id = ?2"));
    follow.bind(1, fromId).bind(2, intoId);
    follow.run();
    Statement drop = db.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?1"));
    drop.bind(1, fromId);
    drop.run();
    for (qint64 id : articles)
        ArticleStore::reindexTags(db, id);
}

void TagStore::rename(SqliteConnection &db, const QString &from, const QString &to)
{
    const qint64 fromId = existingTag(db, from);
    const QString key = normaliseTagKey(to);
    if (key.isEmpty())
        throw StorageError(QStringLiteral("a tag needs a name"));
    const qint64 other = tagId(db, key);
    if (other && other != fromId) {
        merge(db, from, to);
        return;
    }
    Statement st = db.prepare(QStringLiteral("UPDATE tags SET key = ?2, display = ?3 WHERE id = ?1"));
    st.bind(1, fromId).bind(2, key).bind(3, tagDisplayForm(to));
    st.run();
    for (qint64 id : articlesOf(db, fromId))
        ArticleStore::reindexTags(db, id);
}

Stats readStats(SqliteConnection &db)
{
    Stats s;
    s.feeds = db.scalar(QStringLiteral("SELECT count(*) FROM feeds")).toLongLong();
    s.articles = db.scalar(QStringLiteral("SELECT count(*) FROM articles")).toLongLong();
    s.unread = db.scalar(QStringLiteral("SELECT count(*) FROM articles WHERE read = 0")).toLongLong();
    s.tags = db.scalar(QStringLiteral("SELECT count(*) FROM tags")).toLongLong();
    s.collections = db.scalar(QStringLiteral("SELECT count(*) FROM collections")).toLongLong();
    // The main file plus its write-ahead log: what the database takes on disk.
    s.dbBytes = QFileInfo(db.path()).size() + QFileInfo(db.path() + QStringLiteral("-wal")).size();
    return s;
}

} // namespace warta
