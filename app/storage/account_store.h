#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace warta {

class SqliteConnection;

/// An account: the local one (id 1, today's behaviour) or a Tiny Tiny RSS server.
struct Account {
    enum class Kind { Local, TtRss };
    qint64 id = 0;
    Kind kind = Kind::Local;
    QString name;
    QString url;         ///< API URL, e.g. http://host/tt-rss/api/
    QString username;
    QString secretKey;   ///< name of the password entry (keyring key or file name)
    QString secretStore; ///< "keyring", "file" or "" (no password kept)
    qint64 sinceId = 0;  ///< highest server article id pulled so far
    QDateTime lastSync;
    QString lastError;
    int pending = 0;     ///< queued local changes (filled by all())
};

/// The accounts table. Feeds of a server account carry its id; local feeds carry NULL.
namespace AccountStore {

constexpr qint64 kLocalAccountId = 1;

qint64 addTtRss(SqliteConnection &db, const QString &url, const QString &username,
                const QString &secretKey, const QString &secretStore);
[[nodiscard]] QList<Account> all(SqliteConnection &db);
[[nodiscard]] Account byId(SqliteConnection &db, qint64 id); ///< id 0 when missing
/// Deletes a server account with its feeds (collections keep their articles) and its
/// queue, without queueing unsubscriptions. The local account cannot be removed.
void remove(SqliteConnection &db, qint64 id);
void recordSync(SqliteConnection &db, qint64 id, const QString &error);
void setSinceId(SqliteConnection &db, qint64 id, qint64 sinceId);
/// Points the account at a newly stored password entry (a changed password).
void setSecret(SqliteConnection &db, qint64 id, const QString &secretKey, const QString &secretStore);

} // namespace AccountStore
} // namespace warta
