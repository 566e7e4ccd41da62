#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace warta {
class Storage;
}

namespace warta::ui {

struct StartupOptions {
    bool demo = false; ///< --demo: the separate demo database, filled with sample news
    QString database;  ///< --db PATH
    qint64 article = 0; ///< --article ID: open this article at start
};
/// Parses the command line (handles --help and --version itself, which exit).
[[nodiscard]] StartupOptions parseCommandLine(const QStringList &arguments);

/// Opens the database at `path`. On failure (newer schema, corrupt or unreadable file)
/// returns null and a message for the user in `error`; the file is left as it was.
[[nodiscard]] std::unique_ptr<Storage> openStorage(const QString &path, QString *error);

/// Asks the user whether to recover a damaged database; true means "recover".
using RecoveryPrompt = std::function<bool(const QString &message)>;

struct OpenResult {
    std::unique_ptr<Storage> storage; ///< null: cannot continue (`message` says why)
    QString message;                  ///< for the user: the failure, or what recovery did
    QString backup;                   ///< where the damaged file was kept, when recovered
};
/// Opens `path`; when that fails, diagnoses the file without touching it. A damaged file
/// (corrupt, truncated, not a database) is offered for recovery through `ask`: it is moved
/// aside and kept as a backup, and what is still readable, collections first, is copied
/// into a fresh database. Files that are merely unreadable (permissions, read-only folder)
/// or newer than this build are never moved; the user is told why instead.
[[nodiscard]] OpenResult openOrRecoverStorage(const QString &path, const RecoveryPrompt &ask);

/// A Yes/No box asking to recover (the app's RecoveryPrompt).
[[nodiscard]] bool askToRecover(const QString &message);

/// The message shown when the database cannot be opened.
[[nodiscard]] QString openFailureMessage(const QString &path, const QString &reason);

/// A modal error box for failures that end the program.
void showFatalError(const QString &message);

} // namespace warta::ui
