// Commands that manage subscriptions: add, import-opml, export-opml, feeds.
#include "cli/article_json.h"
#include "cli/cli_context.h"
#include "cli/cli_network.h"
#include "services/subscription_service.h"
#include "services/opml_service.h"
#include "storage/feed_store.h"
#include "storage/storage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace warta::cli {

namespace {

QByteArray readInputFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CliError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

template <class T>
T waitFor(QFuture<T> future)
{
    try {
        return future.result();
    } catch (const std::exception &e) {
        throw CliError(QString::fromUtf8(e.what()));
    }
}

int runAdd(CliContext &ctx, QStringList args)
{
    const QString folder = takeOption(args, QStringLiteral("--folder"));
    const bool noCheck = takeFlag(args, QStringLiteral("--no-check"));
    if (args.size() != 1)
        throw CliError(QStringLiteral("usage: add URL [--folder NAME] [--no-check]"), 2);
    const QUrl url = QUrl::fromUserInput(args.first());
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        throw CliError(QStringLiteral("not an http(s) URL: %1").arg(args.first()), 2);
    FeedCandidate candidate{.feedUrl = url};
    if (!noCheck) {
        // Accepts a feed or a web page that links to one (autodiscovery).
        candidate = findFeed(*makeFetcher(), url);
        if (!candidate.error.isEmpty())
            throw CliError(candidate.error);
    }
    try {
        const SubscribeResult result = subscribe(ctx.storage(), candidate, folder);
        if (!result.added)
            ctx.err() << "already subscribed: " << candidate.feedUrl.toString() << " (feed " << result.feedId << ")\n";
        else if (candidate.feedUrl != url)
            ctx.err() << "found feed " << candidate.feedUrl.toString() << '\n';
        ctx.out() << result.feedId << '\n';
    } catch (const StorageError &e) {
        throw CliError(e.message());
    }
    return 0;
}

int runImportOpml(CliContext &ctx, QStringList args)
{
    if (args.size() != 1)
        throw CliError(QStringLiteral("usage: import-opml FILE"), 2);
    const OpmlImportReport report = waitFor(importOpml(ctx.storage(), readInputFile(args.first())));
    for (const QString &problem : report.problems)
        ctx.err() << "skipped: " << problem << '\n';
    ctx.out() << "imported " << report.added << " feeds, " << report.duplicates
              << " already subscribed, " << report.problems.size() << " invalid\n";
    return 0;
}

int runExportOpml(CliContext &ctx, QStringList args)
{
    if (args.size() > 1)
        throw CliError(QStringLiteral("usage: export-opml [FILE]"), 2);
    const QByteArray opml = exportOpml(*ctx.storage().openReader());
    if (args.isEmpty()) {
        ctx.out() << QString::fromUtf8(opml);
        return 0;
    }
    QFile file(args.first());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(opml) != opml.size()
        || !file.flush())
        throw CliError(QStringLiteral("cannot write %1: %2").arg(args.first(), file.errorString()));
    return 0;
}

int runFeeds(CliContext &ctx, QStringList args)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    expectNoMoreArguments(args);
    auto reader = ctx.storage().openReader();
    QJsonArray list;
    for (const Feed &feed : FeedStore::all(*reader)) {
        const QString folder = FeedStore::folderPath(*reader, feed.folderId);
        if (json)
            list.append(feedToJson(feed, folder));
        else
            ctx.out() << feed.id << '\t' << feed.unread << '/' << feed.total << '\t'
                      << (feed.title.isEmpty() ? feed.url : feed.title) << '\t' << folder << '\n';
    }
    if (json)
        ctx.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace

QList<Command> subscriptionCommands()
{
    return {
        {QStringLiteral("add"), QStringLiteral("add URL [--folder NAME] [--no-check]"),
         QStringLiteral("Subscribe to a feed, or to the feed a web page links to"), runAdd},
        {QStringLiteral("import-opml"), QStringLiteral("import-opml FILE"),
         QStringLiteral("Subscribe to every feed of an OPML file"), runImportOpml},
        {QStringLiteral("export-opml"), QStringLiteral("export-opml [FILE]"),
         QStringLiteral("Write subscriptions as OPML (to stdout without FILE)"), runExportOpml},
        {QStringLiteral("feeds"), QStringLiteral("feeds [--json]"),
         QStringLiteral("List subscriptions with unread counts"), runFeeds},
    };
}

} // namespace warta::cli
