// Accounts and sync through Tiny Tiny RSS: account add|list|remove, sync.
#include "cli/cli_context.h"
#include "storage/account_store.h"
#include "storage/storage.h"
#include "sync/account_service.h"
#include "sync/sync_engine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warta::cli {

namespace {

QString readPasswordFile(const QString &path)
{
    QFile file(path);
    if (path == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly) : !file.open(QIODevice::ReadOnly))
        throw CliError(QStringLiteral("cannot read the password file %1").arg(path));
    QString password = QString::fromUtf8(file.readAll());
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1); // "echo secret > file" adds a newline that is not part of it
    if (password.isEmpty())
        throw CliError(QStringLiteral("the password file %1 is empty").arg(path));
    return password;
}

int runAccountAdd(CliContext &ctx, QStringList args)
{
    const QString user = takeOption(args, QStringLiteral("--user"));
    const QString passwordFile = takeOption(args, QStringLiteral("--password-file"));
    const bool noCheck = takeFlag(args, QStringLiteral("--no-check"));
    if (args.size() != 2 || args[0] != QLatin1String("ttrss") || user.isEmpty() || passwordFile.isEmpty())
        throw CliError(QStringLiteral("usage: account add ttrss URL --user NAME --password-file FILE [--no-check]"), 2);
    const QString url = args[1];
    const QString password = readPasswordFile(passwordFile);
    if (!noCheck) {
        try {
            const int level = testConnection(url, user, password);
            ctx.err() << "account: connected to " << url << " (API level " << level << ")\n";
        } catch (const SyncError &e) {
            // A server that is down now may answer later; a wrong password will not.
            if (e.kind() != SyncError::Kind::Network)
                throw CliError(QStringLiteral("not added: %1").arg(e.message()));
            ctx.err() << "account: warning: " << e.message() << "; added anyway\n";
        }
    }
    const AccountService::Added added = AccountService::addTtRss(ctx.storage(), url, user, password);
    if (!added.warning.isEmpty())
        ctx.err() << "account: warning: " << added.warning << '\n';
    ctx.out() << added.id << '\n';
    return 0;
}

int runAccountList(CliContext &ctx, QStringList args)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    expectNoMoreArguments(args);
    const QList<Account> accounts = AccountStore::all(*ctx.storage().openReader());
    QJsonArray array;
    for (const Account &a : accounts) {
        const QString kind = a.kind == Account::Kind::TtRss ? QStringLiteral("ttrss") : QStringLiteral("local");
        if (json) {
            array.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("kind"), kind},
                                     {QStringLiteral("url"), a.url}, {QStringLiteral("user"), a.username},
                                     {QStringLiteral("password_store"), a.secretStore},
                                     {QStringLiteral("pending"), a.pending},
                                     {QStringLiteral("last_sync"), a.lastSync.isValid() ? a.lastSync.toString(Qt::ISODate) : QString()},
                                     {QStringLiteral("last_error"), a.lastError}});
        } else {
            ctx.out() << a.id << '\t' << kind << '\t' << (a.kind == Account::Kind::TtRss ? a.name : a.name)
                      << (a.secretStore.isEmpty() ? QString() : QStringLiteral("\tpassword in ") + a.secretStore)
                      << "\tpending " << a.pending
                      << (a.lastError.isEmpty() ? QString() : QStringLiteral("\tlast error: ") + a.lastError) << '\n';
        }
    }
    if (json)
        ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

int runAccountRemove(CliContext &ctx, QStringList args)
{
    bool ok = false;
    const qint64 id = args.value(0).toLongLong(&ok);
    if (args.size() != 1 || !ok)
        throw CliError(QStringLiteral("usage: account remove ID"), 2);
    try {
        AccountService::remove(ctx.storage(), id);
    } catch (const StorageError &e) {
        throw CliError(e.message());
    }
    return 0;
}

int runAccount(CliContext &ctx, QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("add"))
        return runAccountAdd(ctx, args);
    if (sub == QLatin1String("list"))
        return runAccountList(ctx, args);
    if (sub == QLatin1String("remove"))
        return runAccountRemove(ctx, args);
    throw CliError(QStringLiteral("usage: account add|list|remove ..."), 2);
}

int runSync(CliContext &ctx, QStringList args)
{
    const QString only = takeOption(args, QStringLiteral("--account"));
    expectNoMoreArguments(args);
    QList<qint64> ids;
    for (const Account &a : AccountStore::all(*ctx.storage().openReader())) {
        if (a.kind == Account::Kind::TtRss && (only.isEmpty() || QString::number(a.id) == only))
            ids.append(a.id);
    }
    if (ids.isEmpty())
        throw CliError(only.isEmpty() ? QStringLiteral("no Tiny Tiny RSS account (see account add)")
                                      : QStringLiteral("no Tiny Tiny RSS account with id %1").arg(only));
    int pulled = 0, pushed = 0, conflicts = 0;
    QJsonArray errors, missing;
    for (qint64 id : ids) {
        QString lastStage;
        const SyncSummary s = syncAccount(ctx.storage(), id, [&](const QString &stage, int done, int total) {
            ctx.err() << "sync: account " << id << ": " << stage << ' ' << done;
            if (total >= 0)
                ctx.err() << '/' << total;
            ctx.err() << '\n';
            ctx.err().flush();
        });
        pulled += s.pulled;
        pushed += s.pushed;
        conflicts += s.conflicts;
        for (const QString &e : s.errors) {
            errors.append(QStringLiteral("account %1: %2").arg(id).arg(e));
            ctx.err() << "sync: account " << id << ": error: " << e << '\n';
        }
        for (const QString &m : s.missingLabels) {
            missing.append(m);
            ctx.err() << "sync: account " << id << ": collection \"" << m
                      << "\" has no label on the server; create it in tt-rss to sync it\n";
        }
    }
    ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("pulled"), pulled}, {QStringLiteral("pushed"), pushed},
                                           {QStringLiteral("conflicts"), conflicts}, {QStringLiteral("errors"), errors},
                                           {QStringLiteral("missing_labels"), missing}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    return errors.isEmpty() ? 0 : 1;
}

} // namespace

QList<Command> syncCommands()
{
    return {
        {QStringLiteral("account"), QStringLiteral("account add ttrss URL --user NAME --password-file FILE | list | remove ID"),
         QStringLiteral("Manage sync accounts (Tiny Tiny RSS)"), runAccount},
        {QStringLiteral("sync"), QStringLiteral("sync [--account ID]"),
         QStringLiteral("Sync with Tiny Tiny RSS; JSON summary on stdout"), runSync},
    };
}

} // namespace warta::cli
