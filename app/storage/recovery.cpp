#include "storage/recovery.h"

#include "storage/migrations.h"
#include "storage/sqlite_connection.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace warta {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL in the header

/// A raw read-only handle on `path` that cannot write: immutable when there is no WAL to
/// read (no locks, no -shm), plain read-only otherwise (readers never checkpoint).
struct ReadOnlyDb {
    sqlite3 *db = nullptr;
    int rc = SQLITE_OK;
    QString error;
    explicit ReadOnlyDb(const QString &path, bool hasWal)
    {
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setScheme(QStringLiteral("file"));
        uri.setQuery(hasWal ? QStringLiteral("mode=ro") : QStringLiteral("mode=ro&immutable=1"));
        rc = sqlite3_open_v2(uri.toEncoded().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
        if (rc != SQLITE_OK)
            error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
        else
            sqlite3_extended_result_codes(db, 1);
    }
    ~ReadOnlyDb() { sqlite3_close_v2(db); }
    ReadOnlyDb(const ReadOnlyDb &) = delete;
    ReadOnlyDb &operator=(const ReadOnlyDb &) = delete;
};

/// Runs `sql` and returns the first column of every row; sets `rc`/`error` on failure.
QStringList column(sqlite3 *db, const QString &sql, int *rc, QString *error)
{
    QStringList rows;
    sqlite3_stmt *st = nullptr;
    *rc = sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr);
    if (*rc == SQLITE_OK) {
        while ((*rc = sqlite3_step(st)) == SQLITE_ROW)
            rows.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))));
        if (*rc == SQLITE_DONE)
            *rc = SQLITE_OK;
    }
    if (*rc != SQLITE_OK)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(st);
    return rows;
}

bool isCorruption(int rc)
{
    const int primary = rc & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_FORMAT;
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QStringList columnsOf(sqlite3 *db, const QString &table)
{
    int rc = 0;
    QString error;
    return column(db, QStringLiteral("SELECT name FROM pragma_table_info(%1)").arg(QLatin1Char('\'') + QString(table).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'')),
                  &rc, &error);
}

} // namespace

QString databaseStateName(DatabaseState state)
{
    switch (state) {
    case DatabaseState::Missing: return QStringLiteral("missing");
    case DatabaseState::Healthy: return QStringLiteral("healthy");
    case DatabaseState::NewerSchema: return QStringLiteral("newer schema");
    case DatabaseState::Damaged: return QStringLiteral("damaged");
    case DatabaseState::NotADatabase: return QStringLiteral("not a database");
    case DatabaseState::Inaccessible: return QStringLiteral("inaccessible");
    }
    return {};
}

DatabaseDiagnosis diagnoseDatabase(const QString &path)
{
    DatabaseDiagnosis d;
    const QFileInfo info(path);
    if (!info.exists()) {
        d.state = DatabaseState::Missing;
        d.message = QStringLiteral("There is no database at %1 yet; a new one will be created.").arg(path);
        return d;
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        d.state = DatabaseState::Inaccessible;
        d.message = QStringLiteral("The database %1 cannot be read: %2").arg(path, info.isDir() ? QStringLiteral("it is a folder") : file.errorString());
        return d;
    }
    const QByteArray header = file.read(100);
    file.close();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    d.hasWal = wal.exists() && wal.size() > 0;
    if (header.isEmpty() && !d.hasWal) {
        d.state = DatabaseState::Missing;
        d.message = QStringLiteral("The database %1 is empty; it will be set up anew.").arg(path);
        return d;
    }
    if (header.size() < 100 || !header.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic))) {
        d.state = DatabaseState::NotADatabase;
        d.message = QStringLiteral("%1 is not a Warta database (it is not an SQLite file, or its first page is destroyed).").arg(path);
        return d;
    }

    ReadOnlyDb db(path, d.hasWal);
    if (db.rc != SQLITE_OK) {
        d.state = isCorruption(db.rc) ? DatabaseState::Damaged : DatabaseState::Inaccessible;
        d.problems.append(db.error);
        d.message = QStringLiteral("The database %1 cannot be opened: %2").arg(path, db.error);
        return d;
    }
    int rc = 0;
    QString error;
    const QStringList check = column(db.db, QStringLiteral("PRAGMA quick_check(20)"), &rc, &error);
    if (rc != SQLITE_OK || check != QStringList{QStringLiteral("ok")}) {
        d.state = (rc != SQLITE_OK && !isCorruption(rc)) ? DatabaseState::Inaccessible : DatabaseState::Damaged;
        d.problems = rc != SQLITE_OK ? QStringList{error} : check.mid(0, 20);
        d.message = QStringLiteral("The database %1 is damaged: %2").arg(path, d.problems.value(0));
        return d;
    }
    const QStringList hasVersion = column(db.db, QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"), &rc, &error);
    if (rc == SQLITE_OK && hasVersion.value(0) == QLatin1String("1")) {
        const QStringList v = column(db.db, QStringLiteral("SELECT ifnull(max(version), 0) FROM schema_version"), &rc, &error);
        d.schemaVersion = v.value(0).toInt();
    } else if (rc == SQLITE_OK) {
        d.schemaVersion = 0;
    }
    if (rc != SQLITE_OK) {
        d.state = DatabaseState::Damaged;
        d.problems.append(error);
        d.message = QStringLiteral("The database %1 is damaged: %2").arg(path, error);
        return d;
    }
    if (d.schemaVersion > latestSchemaVersion()) {
        d.state = DatabaseState::NewerSchema;
        d.message = QStringLiteral("The database %1 was written by a newer Warta (schema %2; this one knows %3). "
                                   "Update Warta to open it.").arg(path).arg(d.schemaVersion).arg(latestSchemaVersion());
        return d;
    }
    d.state = DatabaseState::Healthy;
    d.message = QStringLiteral("The database %1 is healthy.").arg(path);
    return d;
}

QString moveDatabaseAside(const QString &path, QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal")); ++n)
        target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, target)) {
        if (error)
            *error = QStringLiteral("Could not move %1 aside to %2: %3").arg(path, target, QFile(path).errorString());
        return {};
    }
    // The WAL holds committed transactions: it travels with its database, under the matching name.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFileInfo::exists(side) && !QFile::rename(side, target + QLatin1String(suffix))) {
            if (error)
                *error = QStringLiteral("Moved %1 to %2 but could not move %3 beside it").arg(path, target, side);
            return target;
        }
    }
    return target;
}

RecoveryResult recoverDatabase(const QString &path)
{
    RecoveryResult result;
    QString error;
    result.movedTo = moveDatabaseAside(path, &error);
    if (result.movedTo.isEmpty()) {
        result.message = error;
        return result;
    }
    if (!error.isEmpty())
        result.problems.append(error);

    try {
        SqliteConnection fresh(path, SqliteConnection::Mode::ReadWrite);
        fresh.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        migrate(fresh);

        const bool hasWal = QFileInfo(result.movedTo + QStringLiteral("-wal")).size() > 0;
        ReadOnlyDb old(result.movedTo, hasWal);
        int rc = old.rc;
        QStringList oldTables;
        if (rc == SQLITE_OK)
            oldTables = column(old.db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"), &rc, &error);
        else
            error = old.error;
        if (rc != SQLITE_OK) {
            result.ok = true; // a fresh, empty database is in place; nothing could be read
            result.problems.append(QStringLiteral("nothing readable: %1").arg(error));
            result.message = QStringLiteral("Moved the damaged database to %1 and started a new one; nothing could be recovered from it (%2).")
                                 .arg(result.movedTo, error);
            return result;
        }

        // Parents before children, so foreign keys hold; then anything newer migrations add.
        QStringList order = {QStringLiteral("settings"), QStringLiteral("folders"), QStringLiteral("feeds"),
                             QStringLiteral("articles"), QStringLiteral("tags"), QStringLiteral("article_tags"),
                             QStringLiteral("collections"), QStringLiteral("collection_articles"),
                             QStringLiteral("related_links"), QStringLiteral("resources"), QStringLiteral("article_resources")};
        Statement tables = fresh.prepare(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'articles_fts%' AND name != 'schema_version' ORDER BY rowid"));
        QStringList freshTables;
        while (tables.next())
            freshTables.append(tables.text(0));
        for (const QString &t : std::as_const(freshTables))
            if (!order.contains(t))
                order.append(t);

        Transaction tx(fresh);
        for (const QString &table : std::as_const(order)) {
            if (!freshTables.contains(table))
                continue;
            if (!oldTables.contains(table)) {
                result.problems.append(QStringLiteral("%1: missing in the damaged file").arg(table));
                continue;
            }
            const QStringList oldColumns = columnsOf(old.db, table);
            QStringList cols;
            for (const QString &c : columnsOf(fresh.handle(), table))
                if (oldColumns.contains(c))
                    cols.append(quoted(c));
            if (cols.isEmpty())
                continue;
            QStringList marks;
            for (int i = 1; i <= cols.size(); ++i)
                marks.append(QStringLiteral("?%1").arg(i));
            Statement insert = fresh.prepare(QStringLiteral("INSERT OR IGNORE INTO %1(%2) VALUES (%3)")
                                                 .arg(quoted(table), cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
            int copied = 0, skipped = 0;
            // Forward, then (after a damaged page stops the scan) backward from the other end.
            for (const char *direction : {"", " ORDER BY rowid DESC"}) {
                sqlite3_stmt *select = nullptr;
                QString sql = QStringLiteral("SELECT %1 FROM %2").arg(cols.join(QLatin1Char(',')), quoted(table));
                int prc = sqlite3_prepare_v2(old.db, (sql + QLatin1String(direction)).toUtf8().constData(), -1, &select, nullptr);
                if (prc != SQLITE_OK && *direction) // WITHOUT ROWID tables have no rowid to order by
                    prc = sqlite3_prepare_v2(old.db, (sql + QStringLiteral(" ORDER BY 1 DESC")).toUtf8().constData(), -1, &select, nullptr);
                if (prc != SQLITE_OK) {
                    result.problems.append(QStringLiteral("%1: %2").arg(table, QString::fromUtf8(sqlite3_errmsg(old.db))));
                    sqlite3_finalize(select);
                    break;
                }
                int step = SQLITE_OK;
                while ((step = sqlite3_step(select)) == SQLITE_ROW) {
                    bool ok = true;
                    try {
                        insert.reset();
                        for (int i = 0; i < cols.size(); ++i) {
                            switch (sqlite3_column_type(select, i)) {
                            case SQLITE_NULL: insert.bindNull(i + 1); break;
                            case SQLITE_INTEGER: insert.bind(i + 1, qint64(sqlite3_column_int64(select, i))); break;
                            case SQLITE_FLOAT: insert.bind(i + 1, QString::number(sqlite3_column_double(select, i))); break;
                            case SQLITE_BLOB:
                                insert.bind(i + 1, QByteArray(static_cast<const char *>(sqlite3_column_blob(select, i)),
                                                              sqlite3_column_bytes(select, i)));
                                break;
                            default:
                                insert.bind(i + 1, QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(select, i)),
                                                                     sqlite3_column_bytes(select, i)));
                            }
                        }
                        insert.run();
                        ok = fresh.changes() > 0;
                    } catch (const StorageError &) {
                        ok = false; // e.g. a row whose parent was lost: skip it
                    }
                    (ok ? copied : skipped)++;
                }
                const bool damaged = step != SQLITE_DONE;
                if (damaged)
                    result.problems.append(QStringLiteral("%1: %2").arg(table, QString::fromUtf8(sqlite3_errmsg(old.db))));
                sqlite3_finalize(select);
                if (!damaged)
                    break; // the whole table was read in one pass
            }
            result.salvaged.insert(table, copied);
            Q_UNUSED(skipped);
        }
        tx.commit();
    } catch (const StorageError &e) {
        result.message = QStringLiteral("Moved the damaged database to %1, but could not set up a new one: %2")
                             .arg(result.movedTo, e.message());
        return result;
    }
    result.ok = true;
    result.message = QStringLiteral("Moved the damaged database to %1 and recovered %2 articles, %3 subscriptions "
                                    "and %4 saved collection entries from it.")
                         .arg(result.movedTo)
                         .arg(result.salvaged.value(QStringLiteral("articles")))
                         .arg(result.salvaged.value(QStringLiteral("feeds")))
                         .arg(result.salvaged.value(QStringLiteral("collection_articles")));
    return result;
}

} // namespace warta
