#pragma once

#include "storage/storage.h"
#include "sync/sync_types.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace warta::test {

/// One Warta installation ("machine A", "machine B"): its own database and credentials
/// folder, an account on the shared tt-rss, syncing in-process or through warta-cli.
class SyncMachine {
public:
    SyncMachine(const QString &user, const QString &password);
    Storage &storage() { return *m_storage; }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("warta.db")); }
    qint64 account() const { return m_account; }

    SyncSummary sync();
    /// Local id of the article with this title (0 if absent).
    qint64 article(const QString &title);
    bool isRead(const QString &title);
    bool isStarred(const QString &title);
    int pending();
    qint64 count(const QString &sql);
    void markRead(const QString &title, bool read);
    void markStarred(const QString &title, bool starred);

    /// warta-cli with --db of this machine.
    QProcess *startCli(const QStringList &args);
    struct Run { int code = -1; QByteArray out, err; };
    Run cli(const QStringList &args, int timeoutMs = 120000);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    qint64 m_account = 0;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

} // namespace warta::test
