#include "storage/feed_trash.h"

#include "storage/article_store.h"
#include "storage/feed_store.h"
#include "storage/sqlite_connection.h"

#include <QList>
#include <QStringList>

namespace warta::FeedTrash {

namespace {

struct ChildTable {
    QString table;
    QString column; ///< the foreign key column
};

// Tables with a foreign key into `parent`, read from the schema itself.
QList<ChildTable> childrenOf(SqliteConnection &db, const QString &parent)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT m.name, k.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) k "
        "WHERE m.type = 'table' AND k.\"table\" = ?1 ORDER BY m.name"));
    st.bind(1, parent);
    QList<ChildTable> list;
    while (st.next())
        list.append({st.text(0), st.text(1)});
    return list;
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

// The TEMP copy of `table` under `key`; `key` is ours ([a-z0-9_]), table names come from the schema.
QString copyOf(const QString &key, const QString &table)
{
    return QStringLiteral("temp.") + quoted(QStringLiteral("trash_%1_%2").arg(key, table));
}

void copyRows(SqliteConnection &db, const QString &key, const QString &table, const QString &where)
{
    db.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(copyOf(key, table)));
    db.exec(QStringLiteral("CREATE TABLE %1 AS SELECT * FROM main.%2 WHERE %3")
                .arg(copyOf(key, table), quoted(table), where));
}

// What remove() copied, in the order restore() needs (parents first).
QStringList copiedTables(SqliteConnection &db, const QString &key)
{
    const QString prefix = QStringLiteral("trash_%1_").arg(key);
    Statement st = db.prepare(QStringLiteral("SELECT name FROM sqlite_temp_schema WHERE type = 'table' "
                                             "AND substr(name, 1, length(?1)) = ?1"));
    st.bind(1, prefix);
    QStringList tables;
    while (st.next())
        tables << st.text(0).mid(prefix.size());
    return tables;
}

} // namespace

void remove(SqliteConnection &db, qint64 feedId, const QString &key)
{
    Transaction tx(db);
    const QString id = QString::number(feedId);
    copyRows(db, key, QStringLiteral("feeds"), QStringLiteral("id = ") + id);
    // Articles a collection keeps are detached, not deleted: only their link to the feed is noted.
    db.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(copyOf(key, QStringLiteral("detached"))));
    db.exec(QStringLiteral("CREATE TABLE %1 AS SELECT id FROM main.articles WHERE feed_id = %2 AND id IN "
                           "(SELECT article_id FROM main.collection_articles)")
                .arg(copyOf(key, QStringLiteral("detached")), id));
    const QString doomed = QStringLiteral("feed_id = %1 AND id NOT IN (SELECT id FROM %2)")
                               .arg(id, copyOf(key, QStringLiteral("detached")));
    for (const ChildTable &c : childrenOf(db, QStringLiteral("feeds"))) {
        if (c.table == QLatin1String("feeds") || c.table == QLatin1String("detached"))
            continue;
        copyRows(db, key, c.table,
                 c.table == QLatin1String("articles") ? doomed : QStringLiteral("%1 = %2").arg(quoted(c.column), id));
    }
    const QString doomedIds = QStringLiteral("SELECT id FROM %1").arg(copyOf(key, QStringLiteral("articles")));
    for (const ChildTable &c : childrenOf(db, QStringLiteral("articles")))
        if (c.table != QLatin1String("articles") && c.table != QLatin1String("feeds"))
            copyRows(db, key, c.table, QStringLiteral("%1 IN (%2)").arg(quoted(c.column), doomedIds));
    FeedStore::remove(db, feedId);
    tx.commit();
}

void restore(SqliteConnection &db, qint64 feedId, const QString &key)
{
    const QStringList tables = copiedTables(db, key);
    if (!tables.contains(QLatin1String("feeds")))
        return;
    Transaction tx(db);
    // Parents first: the feed, its articles, then whatever hangs off either.
    QStringList order{QStringLiteral("feeds"), QStringLiteral("articles")};
    for (const QString &t : tables)
        if (!order.contains(t) && t != QLatin1String("detached"))
            order << t;
    for (const QString &t : std::as_const(order))
        if (tables.contains(t))
            db.exec(QStringLiteral("INSERT OR IGNORE INTO main.%1 SELECT * FROM %2").arg(quoted(t), copyOf(key, t)));
    // Statements here have fixed SQL: the connection caches prepared statements by their text.
    db.exec(QStringLiteral("UPDATE main.articles SET feed_id = %1 WHERE feed_id IS NULL AND id IN (SELECT id FROM %2)")
                .arg(QString::number(feedId), copyOf(key, QStringLiteral("detached"))));
    {
        Statement feed = db.prepare(QStringLiteral("SELECT account_id, remote_id FROM feeds WHERE id = ?1"));
        feed.bind(1, feedId);
        // Deleting a synced feed queued an unsubscribe for the server; the undo takes it back.
        if (feed.next() && !feed.isNull(0) && !feed.isNull(1)) {
            Statement unqueue = db.prepare(QStringLiteral(
                "DELETE FROM sync_pending WHERE kind = 'unsubscribe' AND account_id = ?1 AND remote_id = ?2"));
            unqueue.bind(1, feed.int64(0)).bind(2, feed.int64(1));
            unqueue.run();
        }
    } // finished before the copies are dropped: a live statement would lock them
    // The delete trigger took the articles out of the search index; new rows are indexed here.
    ArticleStore::indexPending(db);
    for (const QString &t : tables)
        db.exec(QStringLiteral("DROP TABLE %1").arg(copyOf(key, t)));
    tx.commit();
}

void discard(SqliteConnection &db, const QString &key)
{
    for (const QString &t : copiedTables(db, key))
        db.exec(QStringLiteral("DROP TABLE %1").arg(copyOf(key, t)));
}

} // namespace warta::FeedTrash
