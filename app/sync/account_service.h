#pragma once

#include "storage/account_store.h"

#include <QString>

namespace warta {

class Storage;

/// Adding and removing accounts: the row in the database and the password in the
/// keyring (or its fallback file) go together.
namespace AccountService {

struct Added {
    qint64 id = 0;
    QString warning; ///< e.g. no keyring: the password went to a private file
};
/// Stores the password, then the account. The URL is normalised to the API address.
Added addTtRss(Storage &storage, const QString &url, const QString &user, const QString &password);
/// Stores a new password for an account and drops the old entry; the warning as for
/// addTtRss. Server, user and sync state stay (another server or user is another account).
QString changePassword(Storage &storage, qint64 id, const QString &password);
/// Removes the account, its feeds (collections keep their articles) and its password.
void remove(Storage &storage, qint64 id);

} // namespace AccountService
} // namespace warta
