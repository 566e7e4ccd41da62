#include "ui/sync_messages.h"

#include <QCoreApplication>

namespace warta::ui {

QString syncErrorMessage(SyncError::Kind kind, const QString &detail) {
    switch (kind) {
    case SyncError::Kind::Auth:
        return QCoreApplication::translate("SyncMessages", "Wrong user name or password.");
    case SyncError::Kind::ApiDisabled:
        return QCoreApplication::translate("SyncMessages",
                                           "API access is disabled for this user. Turn on “Enable "
                                           "API access” in the Tiny Tiny RSS "
                                           "preferences, then try again.");
    case SyncError::Kind::Network:
        return QCoreApplication::translate(
                   "SyncMessages",
                   "Cannot reach the server: it is down or the address is wrong (%1).")
            .arg(detail);
    case SyncError::Kind::BadResponse:
        return QCoreApplication::translate("SyncMessages",
                                           "This address does not answer like a Tiny Tiny RSS "
                                           "server. Check the address (%1).")
            .arg(detail);
    case SyncError::Kind::Tls:
        return QCoreApplication::translate("SyncMessages", "The secure connection (TLS) failed: %1")
            .arg(detail);
    case SyncError::Kind::Server:
        return QCoreApplication::translate("SyncMessages", "The server refused the request: %1")
            .arg(detail);
    case SyncError::Kind::Cancelled:
        return QCoreApplication::translate(
            "SyncMessages", "Sync cancelled. Changes not yet sent stay queued for the next sync.");
    case SyncError::Kind::Credentials:
        return QCoreApplication::translate("SyncMessages", "The saved password cannot be read: %1")
            .arg(detail);
    }
    return detail;
}

QString connectionOkMessage(int apiLevel) {
    return QCoreApplication::translate("SyncMessages",
                                       "Connection OK (Tiny Tiny RSS API level %1).")
        .arg(apiLevel);
}

} // namespace warta::ui
