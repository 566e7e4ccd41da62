#include "storage/migrations.h"

#include "storage/sqlite_connection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace warta {

namespace {

struct Migration {
    int version;
    QString path;
};

// Migrations ship as numbered SQL files in the :/migrations resource ("0002_name.sql").
QList<Migration> knownMigrations()
{
    QList<Migration> list;
    const QStringList files = QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        list.append({file.section(QLatin1Char('_'), 0, 0).toInt(), QStringLiteral(":/migrations/") + file});
    std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

QString readSql(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(QStringLiteral("Migration %1 is missing from this build").arg(path));
    return QString::fromUtf8(file.readAll());
}

QString backUp(SqliteConnection &db, int fromVersion)
{
    QString target = db.path() + QStringLiteral(".backup-v%1").arg(fromVersion);
    if (QFileInfo::exists(target))
        target += QLatin1Char('-') + QString::number(QDateTime::currentSecsSinceEpoch());
    Statement st = db.prepare(QStringLiteral("VACUUM INTO ?1"));
    st.bind(1, target);
    st.run();
    return target;
}

} // namespace

QList<int> knownSchemaVersions()
{
    QList<int> versions;
    for (const Migration &m : knownMigrations())
        versions.append(m.version);
    return versions;
}

int latestSchemaVersion()
{
    const QList<Migration> list = knownMigrations();
    return list.isEmpty() ? 0 : list.last().version;
}

int schemaVersion(SqliteConnection &db)
{
    const QVariant exists = db.scalar(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (exists.toLongLong() == 0)
        return 0;
    return db.scalar(QStringLiteral("SELECT ifnull(max(version), 0) FROM schema_version")).toInt();
}

QString migrate(SqliteConnection &db, int targetVersion)
{
    const int latest = latestSchemaVersion();
    if (targetVersion < 0)
        targetVersion = latest;
    const int current = schemaVersion(db);
    if (current > latest) {
        throw StorageError(QStringLiteral(
            "The database %1 has schema version %2, newer than this Warta understands (%3). "
            "Update Warta to open it; the file was left unchanged.")
                               .arg(db.path()).arg(current).arg(latest));
    }
    if (current >= targetVersion)
        return {};

    QString backup;
    const bool hasData = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toLongLong() > 0;
    if (current > 0 || hasData)
        backup = backUp(db, current);

    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                           "version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)"));
    for (const Migration &m : knownMigrations()) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        Transaction tx(db);
        db.exec(readSql(m.path));
        Statement st = db.prepare(QStringLiteral("INSERT INTO schema_version(version, applied_at) VALUES (?1, ?2)"));
        st.bind(1, m.version).bind(2, QDateTime::currentSecsSinceEpoch());
        st.run();
        tx.commit();
    }
    return backup;
}

} // namespace warta
