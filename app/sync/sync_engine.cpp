#include "sync/sync_engine.h"

#include "storage/account_store.h"
#include "storage/storage.h"
#include "storage/sync_store.h"
#include "sync/credential_store.h"
#include "sync/ttrss_client.h"
#include "sync/ttrss_puller.h"
#include "sync/ttrss_pusher.h"

namespace warta {

SyncSummary syncAccount(Storage &storage, qint64 accountId, const SyncProgress &progress, const CancelCheck &cancelled)
{
    SyncSummary summary;
    summary.accountId = accountId;
    const SyncProgress report = progress ? progress : [](const QString &, int, int) {};
    try {
        const Account account = AccountStore::byId(*storage.openReader(), accountId);
        if (!account.id)
            throw SyncError(SyncError::Kind::Credentials, QStringLiteral("no account with id %1").arg(accountId));
        if (account.kind != Account::Kind::TtRss)
            throw SyncError(SyncError::Kind::Credentials, QStringLiteral("account %1 is local: nothing to sync").arg(accountId));
        TtRssClient client({account.url, account.username, CredentialStore::load(account.secretStore, account.secretKey),
                            30000, {500, 1000, 2000, 4000}, cancelled});
        report(QStringLiteral("login"), 0, -1);
        client.login(); // a wrong password or disabled API stops here, before any write
        storage.write(QStringLiteral("preparing sync"), [](SqliteConnection &db) { SyncStore::resetGuard(db); })
            .waitForFinished();
        TtRssPuller puller(storage, client, account, report);
        puller.run(summary);
        TtRssPusher pusher(storage, client, account, puller.categories(), report);
        pusher.run(summary);
    } catch (const SyncError &e) {
        summary.errors.append(e.message());
        summary.fatal = true;
        summary.fatalKind = e.kind();
    } catch (const std::exception &e) { // storage failures: already reported by Storage too
        summary.errors.append(QString::fromUtf8(e.what()));
        summary.fatal = true;
    }
    try {
        QStringList stored = summary.errors;
        // The error that stopped the sync goes first, with its kind, for the account dialog.
        if (summary.fatalKind && !stored.isEmpty())
            stored.prepend(SyncError::storedForm(*summary.fatalKind, stored.takeLast()));
        const QString error = stored.join(QStringLiteral("; "));
        storage.write(QStringLiteral("recording sync"), [=](SqliteConnection &db) {
            if (AccountStore::byId(db, accountId).id)
                AccountStore::recordSync(db, accountId, error);
        }).waitForFinished();
    } catch (const std::exception &) {
        // Already in summary.errors or reported through Storage::writeFailed.
    }
    return summary;
}

int testConnection(const QString &url, const QString &user, const QString &password, const CancelCheck &cancelled)
{
    TtRssClient client({url, user, password, 15000, {}, cancelled});
    client.login();
    return client.apiLevel();
}

} // namespace warta
