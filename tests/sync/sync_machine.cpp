#include "sync_machine.h"

#include "storage/article_store.h"
#include "sync/account_service.h"
#include "sync/sync_engine.h"
#include "test_paths.h"
#include "ttrss_server.h"

#include <QProcessEnvironment>

namespace warta::test {

SyncMachine::SyncMachine(const QString &user, const QString &password)
    : m_storage(std::make_unique<Storage>(m_dir.filePath(QStringLiteral("warta.db"))))
{
    // The password's fallback file lands under XDG_DATA_HOME, which the test points at a
    // temporary folder that warta-cli children inherit.
    m_account = AccountService::addTtRss(*m_storage, TtRssServer::apiUrl(), user, password).id;
}

SyncSummary SyncMachine::sync()
{
    return warta::syncAccount(*m_storage, m_account);
}

qint64 SyncMachine::count(const QString &sql)
{
    return m_storage->openReader()->scalar(sql).toLongLong();
}

qint64 SyncMachine::article(const QString &title)
{
    auto reader = m_storage->openReader();
    Statement st = reader->prepare(QStringLiteral("SELECT id FROM articles WHERE title = ?1"));
    st.bind(1, title);
    return st.next() ? st.int64(0) : 0;
}

bool SyncMachine::isRead(const QString &title)
{
    return count(QStringLiteral("SELECT read FROM articles WHERE id = %1").arg(article(title))) == 1;
}

bool SyncMachine::isStarred(const QString &title)
{
    return count(QStringLiteral("SELECT starred FROM articles WHERE id = %1").arg(article(title))) == 1;
}

int SyncMachine::pending()
{
    return int(count(QStringLiteral("SELECT count(*) FROM sync_pending")));
}

void SyncMachine::markRead(const QString &title, bool read)
{
    const qint64 id = article(title);
    m_storage->write(QStringLiteral("mark"), [=](SqliteConnection &db) { ArticleStore::setRead(db, id, read); }).waitForFinished();
}

void SyncMachine::markStarred(const QString &title, bool starred)
{
    const qint64 id = article(title);
    m_storage->write(QStringLiteral("star"), [=](SqliteConnection &db) { ArticleStore::setStarred(db, id, starred); }).waitForFinished();
}

QProcess *SyncMachine::startCli(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->start(binaryDir() + QStringLiteral("/app/cli/warta-cli"), QStringList{QStringLiteral("--db"), dbPath()} + args);
    p->waitForStarted();
    m_processes.push_back(std::move(p));
    return m_processes.back().get();
}

SyncMachine::Run SyncMachine::cli(const QStringList &args, int timeoutMs)
{
    QProcess *p = startCli(args);
    Run run;
    if (!p->waitForFinished(timeoutMs)) {
        p->kill();
        p->waitForFinished();
    }
    run.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    run.out = p->readAllStandardOutput();
    run.err = p->readAllStandardError();
    return run;
}

} // namespace warta::test
