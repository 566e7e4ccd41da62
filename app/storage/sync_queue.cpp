#include "storage/sync_queue.h"

#include "storage/sqlite_connection.h"

namespace warta::SyncQueue {

void enqueueSubscribe(SqliteConnection &db, qint64 accountId, const QString &url, const QString &folder)
{
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO sync_pending(account_id, kind, url, folder, created_at) "
        "VALUES (?1, 'subscribe', ?2, ?3, strftime('%s', 'now'))"));
    st.bind(1, accountId).bind(2, url).bind(3, folder);
    st.run();
}

QList<PendingChange> pending(SqliteConnection &db, qint64 accountId)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT id, account_id, kind, ifnull(article_id, 0), ifnull(remote_id, 0), ifnull(value, 0), "
        "label, url, folder, attempts, last_error FROM sync_pending WHERE account_id = ?1 ORDER BY id"));
    st.bind(1, accountId);
    QList<PendingChange> list;
    while (st.next()) {
        PendingChange c;
        c.id = st.int64(0);
        c.accountId = st.int64(1);
        c.kind = st.text(2);
        c.articleId = st.int64(3);
        c.remoteId = st.int64(4);
        c.value = st.int64(5) != 0;
        c.label = st.text(6);
        c.url = st.text(7);
        c.folder = st.text(8);
        c.attempts = int(st.int64(9));
        c.lastError = st.text(10);
        list.append(c);
    }
    return list;
}

int count(SqliteConnection &db, qint64 accountId)
{
    Statement st = db.prepare(QStringLiteral("SELECT count(*) FROM sync_pending WHERE account_id = ?1"));
    st.bind(1, accountId);
    return st.next() ? int(st.int64(0)) : 0;
}

bool has(SqliteConnection &db, qint64 articleId, const QString &kind, const QString &label)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT 1 FROM sync_pending WHERE article_id = ?1 AND kind = ?2 "
        "AND (?3 IS NULL OR label = ?3 COLLATE NOCASE) LIMIT 1"));
    st.bind(1, articleId).bind(2, kind).bind(3, label.isEmpty() ? QString() : label);
    return st.next();
}

void complete(SqliteConnection &db, const QList<qint64> &ids)
{
    Statement st = db.prepare(QStringLiteral("DELETE FROM sync_pending WHERE id = ?1"));
    for (qint64 id : ids) {
        st.reset();
        st.bind(1, id);
        st.run();
    }
}

void defer(SqliteConnection &db, const QList<qint64> &ids, const QString &error)
{
    Statement st = db.prepare(QStringLiteral(
        "UPDATE sync_pending SET attempts = attempts + 1, last_error = ?2 WHERE id = ?1"));
    for (qint64 id : ids) {
        st.reset();
        st.bind(1, id).bind(2, error);
        st.run();
    }
}

} // namespace warta::SyncQueue
