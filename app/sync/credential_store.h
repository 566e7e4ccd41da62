#pragma once

#include <QString>

namespace warta {

/// Account passwords: in the desktop keyring through QtKeychain; where no keyring
/// answers (a headless machine, no D-Bus session), in a file readable only by the user
/// (0600, in a 0700 folder) — and the caller is told so, never silently.
namespace CredentialStore {

struct Saved {
    QString store;   ///< "keyring" or "file"
    QString key;     ///< entry name
    QString warning; ///< set when the file fallback was used: why, and where the file is
};

/// Stores `password` under a new random key.
Saved save(const QString &password);
/// Throws SyncError(Credentials) when it cannot be read.
QString load(const QString &store, const QString &key);
void remove(const QString &store, const QString &key);
/// Folder of the fallback files (under the app's data folder).
QString fallbackFolder();

} // namespace CredentialStore
} // namespace warta
