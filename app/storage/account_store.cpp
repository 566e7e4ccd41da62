#include "storage/account_store.h"

#include "storage/feed_store.h"
#include "storage/sqlite_connection.h"
#include "storage/sync_store.h"

namespace warta::AccountStore {

qint64 addTtRss(SqliteConnection &db, const QString &url, const QString &username,
                const QString &secretKey, const QString &secretStore)
{
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO accounts(kind, name, url, username, secret_key, secret_store, created_at) "
        "VALUES ('ttrss', ?1, ?2, ?3, ?4, ?5, strftime('%s', 'now'))"));
    st.bind(1, username + QLatin1Char('@') + url).bind(2, url).bind(3, username);
    st.bind(4, secretKey).bind(5, secretStore);
    st.run();
    return db.lastInsertId();
}

static Account fromRow(Statement &st)
{
    Account a;
    a.id = st.int64(0);
    a.kind = st.text(1) == QLatin1String("ttrss") ? Account::Kind::TtRss : Account::Kind::Local;
    a.name = st.text(2);
    a.url = st.text(3);
    a.username = st.text(4);
    a.secretKey = st.text(5);
    a.secretStore = st.text(6);
    a.sinceId = st.int64(7);
    a.lastSync = st.dateTime(8);
    a.lastError = st.text(9);
    a.pending = int(st.int64(10));
    return a;
}

static const char kSelect[] =
    "SELECT id, kind, name, url, username, secret_key, secret_store, since_id, last_sync, last_error, "
    "(SELECT count(*) FROM sync_pending p WHERE p.account_id = accounts.id) FROM accounts";

QList<Account> all(SqliteConnection &db)
{
    Statement st = db.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY id"));
    QList<Account> list;
    while (st.next())
        list.append(fromRow(st));
    return list;
}

Account byId(SqliteConnection &db, qint64 id)
{
    Statement st = db.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE id = ?1"));
    st.bind(1, id);
    return st.next() ? fromRow(st) : Account{};
}

void remove(SqliteConnection &db, qint64 id)
{
    if (id == kLocalAccountId)
        throw StorageError(QStringLiteral("the local account cannot be removed"));
    if (!byId(db, id).id)
        throw StorageError(QStringLiteral("no account with id %1").arg(id));
    Transaction tx(db);
    SyncStore::ApplyingRemote guard(db); // removing the account is not an unsubscription
    QList<qint64> feeds;
    Statement st = db.prepare(QStringLiteral("SELECT id FROM feeds WHERE account_id = ?1"));
    st.bind(1, id);
    while (st.next())
        feeds.append(st.int64(0));
    for (qint64 feed : feeds)
        FeedStore::remove(db, feed);
    Statement del = db.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?1"));
    del.bind(1, id);
    del.run();
    guard.release();
    tx.commit();
}

void recordSync(SqliteConnection &db, qint64 id, const QString &error)
{
    Statement st = db.prepare(QStringLiteral(
        "UPDATE accounts SET last_sync = strftime('%s', 'now'), last_error = ?2 WHERE id = ?1"));
    st.bind(1, id).bind(2, error.isEmpty() ? QString() : error);
    st.run();
}

void setSecret(SqliteConnection &db, qint64 id, const QString &secretKey, const QString &secretStore)
{
    Statement st = db.prepare(QStringLiteral("UPDATE accounts SET secret_key = ?2, secret_store = ?3 WHERE id = ?1"));
    st.bind(1, id).bind(2, secretKey).bind(3, secretStore);
    st.run();
}

void setSinceId(SqliteConnection &db, qint64 id, qint64 sinceId)
{
    Statement st = db.prepare(QStringLiteral("UPDATE accounts SET since_id = max(since_id, ?2) WHERE id = ?1"));
    st.bind(1, id).bind(2, sinceId);
    st.run();
}

} // namespace warta::AccountStore
