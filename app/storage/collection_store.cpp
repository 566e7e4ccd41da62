#include "storage/collection_store.h"

#include "storage/sqlite_connection.h"

#include <QDateTime>

namespace warta::CollectionStore {

qint64 ensure(SqliteConnection &db, const QString &name)
{
    const QString trimmed = name.trimmed();
    Statement find = db.prepare(QStringLiteral("SELECT id FROM collections WHERE name = ?1"));
    find.bind(1, trimmed);
    if (find.next())
        return find.int64(0);
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO collections(name, position, created_at) VALUES "
        "(?1, (SELECT ifnull(max(position) + 1, 0) FROM collections), ?2)"));
    insert.bind(1, trimmed).bind(2, QDateTime::currentSecsSinceEpoch());
    insert.run();
    return db.lastInsertId();
}

void addArticle(SqliteConnection &db, qint64 collectionId, qint64 articleId)
{
    Statement st = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO collection_articles(collection_id, article_id, position, added_at) "
        "VALUES (?1, ?2, (SELECT ifnull(max(position) + 1, 0) FROM collection_articles "
        "WHERE collection_id = ?1), ?3)"));
    st.bind(1, collectionId).bind(2, articleId).bind(3, QDateTime::currentSecsSinceEpoch());
    st.run();
}

void removeArticle(SqliteConnection &db, qint64 collectionId, qint64 articleId)
{
    Statement st = db.prepare(QStringLiteral(
        "DELETE FROM collection_articles WHERE collection_id = ?1 AND article_id = ?2"));
    st.bind(1, collectionId).bind(2, articleId);
    st.run();
}

void rename(SqliteConnection &db, qint64 collectionId, const QString &name)
{
    Statement st = db.prepare(QStringLiteral("UPDATE collections SET name = ?2 WHERE id = ?1"));
    st.bind(1, collectionId).bind(2, name.trimmed());
    st.run();
}

void remove(SqliteConnection &db, qint64 collectionId)
{
    Statement st = db.prepare(QStringLiteral("DELETE FROM collections WHERE id = ?1"));
    st.bind(1, collectionId);
    st.run();
}

QList<Collection> all(SqliteConnection &db)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT c.id, c.name, c.position, c.created_at, "
        "(SELECT count(*) FROM collection_articles x WHERE x.collection_id = c.id) "
        "FROM collections c ORDER BY c.position, c.id"));
    QList<Collection> list;
    while (st.next())
        list.append({st.int64(0), st.text(1), int(st.int64(2)), st.dateTime(3), int(st.int64(4))});
    return list;
}

void setOrder(SqliteConnection &db, const QList<qint64> &ids)
{
    Transaction tx(db);
    // Anything not listed (made meanwhile) is pushed past the listed ones, keeping its order.
    Statement shift = db.prepare(QStringLiteral("UPDATE collections SET position = position + ?1"));
    shift.bind(1, qint64(ids.size()));
    shift.run();
    Statement st = db.prepare(QStringLiteral("UPDATE collections SET position = ?2 WHERE id = ?1"));
    for (int i = 0; i < ids.size(); ++i) {
        st.reset();
        st.bind(1, ids[i]).bind(2, qint64(i));
        st.run();
    }
    tx.commit();
}

QList<qint64> containing(SqliteConnection &db, qint64 articleId)
{
    Statement st = db.prepare(QStringLiteral("SELECT collection_id FROM collection_articles WHERE article_id = ?1"));
    st.bind(1, articleId);
    QList<qint64> ids;
    while (st.next())
        ids.append(st.int64(0));
    return ids;
}

} // namespace warta::CollectionStore
