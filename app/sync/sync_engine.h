#pragma once

#include "sync/sync_types.h"

namespace warta {

class Storage;

/// One sync of one Tiny Tiny RSS account, on the calling thread (which must not be the
/// GUI thread: it blocks on the network): log in, pull, then push the queue. The order
/// is the conflict rule: a change queued locally is applied after the pull that precedes
/// its sending, so the last change to reach the server wins (docs/sync.md).
/// Never throws: a failure ends in summary.errors (and summary.fatal when it stopped the
/// sync); nothing queued is lost either way.
SyncSummary syncAccount(Storage &storage, qint64 accountId, const SyncProgress &progress = {},
                        const CancelCheck &cancelled = {});

/// Logs in with these credentials and returns the API level; throws SyncError.
/// For "Uji koneksi" in the account dialog and for `account add`.
int testConnection(const QString &url, const QString &user, const QString &password,
                   const CancelCheck &cancelled = {});

} // namespace warta
