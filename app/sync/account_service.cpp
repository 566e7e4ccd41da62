#include "sync/account_service.h"

#include "storage/storage.h"
#include "sync/credential_store.h"
#include "sync/ttrss_client.h"

namespace warta::AccountService {

Added addTtRss(Storage &storage, const QString &url, const QString &user, const QString &password)
{
    const CredentialStore::Saved saved = CredentialStore::save(password);
    const QString api = TtRssClient::normaliseApiUrl(url);
    auto future = storage.write(QStringLiteral("adding an account"), [=](SqliteConnection &db) {
        return AccountStore::addTtRss(db, api, user, saved.key, saved.store);
    });
    try {
        future.waitForFinished();
        return {future.result(), saved.warning};
    } catch (...) {
        CredentialStore::remove(saved.store, saved.key); // no orphan password
        throw;
    }
}

QString changePassword(Storage &storage, qint64 id, const QString &password)
{
    const Account old = AccountStore::byId(*storage.openReader(), id);
    const CredentialStore::Saved saved = CredentialStore::save(password);
    auto future = storage.write(QStringLiteral("changing a password"), [=](SqliteConnection &db) {
        AccountStore::setSecret(db, id, saved.key, saved.store);
    });
    try {
        future.waitForFinished();
    } catch (...) {
        CredentialStore::remove(saved.store, saved.key); // the old password stays in use
        throw;
    }
    CredentialStore::remove(old.secretStore, old.secretKey);
    return saved.warning;
}

void remove(Storage &storage, qint64 id)
{
    const Account account = AccountStore::byId(*storage.openReader(), id);
    auto future = storage.write(QStringLiteral("removing an account"),
                                [=](SqliteConnection &db) { AccountStore::remove(db, id); });
    future.waitForFinished();
    CredentialStore::remove(account.secretStore, account.secretKey);
}

} // namespace warta::AccountService
