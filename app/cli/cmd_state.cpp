// Commands that change reading state as the UI would: mark, collect.
#include "cli/cli_context.h"
#include "storage/article_store.h"
#include "storage/collection_store.h"
#include "storage/storage.h"

namespace warta::cli {

namespace {

QList<qint64> takeIds(QStringList &args)
{
    QList<qint64> ids;
    for (int i = 0; i < args.size();) {
        bool ok = false;
        const qint64 id = args[i].toLongLong(&ok);
        if (!ok) {
            ++i;
            continue;
        }
        if (id <= 0)
            throw CliError(QStringLiteral("not an article id: %1").arg(args[i]), 2);
        ids.append(id);
        args.removeAt(i);
    }
    if (ids.isEmpty())
        throw CliError(QStringLiteral("no article ids given"), 2);
    return ids;
}

void requireArticles(SqliteConnection &db, const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (!ArticleStore::byId(db, id).id)
            throw StorageError(QStringLiteral("no article with id %1").arg(id));
    }
}

int runMark(CliContext &ctx, QStringList args)
{
    const bool read = takeFlag(args, QStringLiteral("--read"));
    const bool unread = takeFlag(args, QStringLiteral("--unread"));
    const bool starred = takeFlag(args, QStringLiteral("--starred"));
    const bool unstarred = takeFlag(args, QStringLiteral("--unstarred"));
    const QList<qint64> ids = takeIds(args);
    expectNoMoreArguments(args);
    if (int(read) + int(unread) + int(starred) + int(unstarred) != 1)
        throw CliError(QStringLiteral("usage: mark ID... --read|--unread|--starred|--unstarred"), 2);
    auto future = ctx.storage().write(QStringLiteral("marking articles"), [=](SqliteConnection &db) {
        Transaction tx(db);
        requireArticles(db, ids);
        for (qint64 id : ids) {
            if (read || unread)
                ArticleStore::setRead(db, id, read);
            else
                ArticleStore::setStarred(db, id, starred);
        }
        tx.commit();
    });
    try {
        future.waitForFinished();
    } catch (const std::exception &e) {
        throw CliError(QString::fromUtf8(e.what()));
    }
    return 0;
}

int runCollect(CliContext &ctx, QStringList args)
{
    const QString name = takeOption(args, QStringLiteral("--into"));
    const QList<qint64> ids = takeIds(args);
    expectNoMoreArguments(args);
    if (name.trimmed().isEmpty())
        throw CliError(QStringLiteral("usage: collect ID... --into NAME"), 2);
    auto future = ctx.storage().write(QStringLiteral("saving to a collection"), [=](SqliteConnection &db) {
        Transaction tx(db);
        requireArticles(db, ids);
        const qint64 collection = CollectionStore::ensure(db, name);
        for (qint64 id : ids)
            CollectionStore::addArticle(db, collection, id);
        tx.commit();
    });
    try {
        future.waitForFinished();
    } catch (const std::exception &e) {
        throw CliError(QString::fromUtf8(e.what()));
    }
    return 0;
}

} // namespace

QList<Command> stateCommands()
{
    return {
        {QStringLiteral("mark"), QStringLiteral("mark ID... --read|--unread|--starred|--unstarred"),
         QStringLiteral("Change reading state of articles"), runMark},
        {QStringLiteral("collect"), QStringLiteral("collect ID... --into NAME"),
         QStringLiteral("Save articles to a collection (created if new)"), runCollect},
    };
}

} // namespace warta::cli
