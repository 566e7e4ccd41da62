#pragma once

#include <QList>
#include <QString>

namespace warta {

class SqliteConnection;

/// The schema version this build of Warta writes (the highest migration it knows).
[[nodiscard]] int latestSchemaVersion();

/// Every schema version a migration of this build leads to, ascending.
[[nodiscard]] QList<int> knownSchemaVersions();

/// The version recorded in the database's schema_version table; 0 for a new, empty file.
[[nodiscard]] int schemaVersion(SqliteConnection &db);

/// Brings the database up to `targetVersion` (default: latest) one numbered migration
/// at a time, each in its own transaction. A database already holding data is first
/// copied to "<file>.backup-v<N>" (VACUUM INTO). A database newer than this build is
/// refused with a StorageError and left untouched. Returns the path of the backup made,
/// or an empty string.
QString migrate(SqliteConnection &db, int targetVersion = -1);

} // namespace warta
