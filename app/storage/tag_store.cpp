#include "storage/tag_store.h"

#include "core/text_utils.h"
#include "storage/sqlite_connection.h"

#include <QFileInfo>

namespace warta {

QList<Tag> TagStore::all(SqliteConnection &db)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT t.id, t.key, t.display, t.followed, count(a.id), "
        "ifnull(sum(a.read = 0), 0) FROM tags t "
        "LEFT JOIN article_tags x ON x.tag_id = t.id LEFT JOIN articles a ON a.id = x.article_id "
        "GROUP BY t.id ORDER BY t.followed DESC, t.key"));
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
