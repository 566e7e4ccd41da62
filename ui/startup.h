#pragma once

#include <QString>
#include <QStringList>

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

/// The message shown when the database cannot be opened.
[[nodiscard]] QString openFailureMessage(const QString &path, const QString &reason);

/// A modal error box for failures that end the program.
void showFatalError(const QString &message);

} // namespace warta::ui
