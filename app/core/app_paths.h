#pragma once

#include <QString>

namespace warta {

/// Sets organisation and application names so QSettings and QStandardPaths agree
/// between the GUI and the CLI. Call right after constructing the Q*Application.
void setApplicationIdentity();

/// The database the GUI and the CLI open by default: <AppDataLocation>/warta.db.
[[nodiscard]] QString defaultDatabasePath();

/// The separate database `warta --demo` fills from bundled sample content.
[[nodiscard]] QString demoDatabasePath();

} // namespace warta
