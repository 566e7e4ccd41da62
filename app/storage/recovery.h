#pragma once

// What the app offers when its database cannot be opened: a diagnosis that never changes the
// file, moving the damaged file aside (kept, never deleted or overwritten), and salvaging what
// is still readable from it into a fresh database, collections and reading state first.
//
// Typical use at start-up:
//   try { storage = std::make_unique<Storage>(path); }
//   catch (const StorageError &e) {
//       const DatabaseDiagnosis d = diagnoseDatabase(path);     // tell the user d.message
//       if (d.state is Damaged or NotADatabase and the user agrees) {
//           const RecoveryResult r = recoverDatabase(path);     // moves aside, salvages
//           storage = std::make_unique<Storage>(path);          // the fresh, salvaged file
//       }
//   }

#include <QHash>
#include <QString>
#include <QStringList>

namespace warta {

enum class DatabaseState {
    Missing,      ///< no file yet: Storage will create one
    Healthy,      ///< opens, passes quick_check, schema this build understands
    NewerSchema,  ///< written by a newer Warta: leave it alone, update the app
    Damaged,      ///< an SQLite database that fails quick_check or cannot be read fully
    NotADatabase, ///< not an SQLite file at all (or its header is destroyed)
    Inaccessible, ///< cannot be read (permissions, I/O error, a folder...)
};

struct DatabaseDiagnosis {
    DatabaseState state = DatabaseState::Missing;
    QString message;      ///< one readable sentence for the user
    QStringList problems; ///< details (first lines of quick_check, SQLite errors)
    int schemaVersion = -1; ///< -1 when unknown
    bool hasWal = false;  ///< a -wal file lies beside it (its committed data counts too)
};

/// Examines `path` read-only: it never writes to the file, its -wal or its folder (a WAL file
/// is read through an in-memory copy of the shared index, so no -shm is created either).
[[nodiscard]] DatabaseDiagnosis diagnoseDatabase(const QString &path);

struct RecoveryResult {
    bool ok = false;
    QString movedTo;   ///< where the damaged file went ("<path>.damaged-<yyyyMMdd-hhmmss>"), with -wal/-shm beside it
    QString message;   ///< readable summary or error
    /// Rows copied from the damaged file, per table ("collections" -> 3); tables absent when unreadable.
    QHash<QString, int> salvaged;
    QStringList problems; ///< tables or rows that could not be read
};

/// Moves `path` (and its -wal and -shm) aside to "<path>.damaged-<timestamp>" and returns the new
/// name; never deletes or overwrites anything (a unique name is chosen). Empty + `error` on failure.
[[nodiscard]] QString moveDatabaseAside(const QString &path, QString *error = nullptr);

/// Moves the damaged database aside, creates a fresh database at `path` with the current schema,
/// and copies into it every row still readable from the damaged copy: folders, feeds, articles,
/// tags, collections and their entries, reading state, cached pages and images (table by table,
/// row by row, skipping rows that cannot be read or no longer fit). The damaged copy is kept.
/// Must not be called while a Storage has `path` open.
[[nodiscard]] RecoveryResult recoverDatabase(const QString &path);

/// Readable name of a state for logs ("damaged").
[[nodiscard]] QString databaseStateName(DatabaseState state);

} // namespace warta
