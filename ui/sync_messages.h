#pragma once

#include "sync/sync_types.h"

#include <QString>

namespace warta::ui {

/// The one place where sync and connection failures become sentences for the user
/// (the account dialog and the status bar both use it). `detail` is the client's
/// technical message (address, HTTP status, TLS reason), shown where it helps.
QString syncErrorMessage(SyncError::Kind kind, const QString &detail);
/// "Uji koneksi" succeeded.
QString connectionOkMessage(int apiLevel);

} // namespace warta::ui
