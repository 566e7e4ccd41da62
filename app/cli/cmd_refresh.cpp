// refresh: fetch every feed, store new articles, cache their full text for offline reading.
#include "cli/cli_network.h"
#include "cli/commands.h"
#include "services/refresh_service.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace warta::cli {

namespace {

int runRefresh(CliContext &ctx, QStringList args)
{
    bool ok = false;
    const int jobs = takeOption(args, QStringLiteral("--jobs"), QStringLiteral("8")).toInt(&ok);
    if (!ok || jobs < 1 || jobs > 64)
        throw CliError(QStringLiteral("--jobs needs a number from 1 to 64"), 2);
    RefreshOptions options;
    options.fullText = !takeFlag(args, QStringLiteral("--no-fulltext"));
    options.ignoreBackoff = takeFlag(args, QStringLiteral("--force"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const bool quiet = takeFlag(args, QStringLiteral("--quiet"));
    expectNoMoreArguments(args);

    Storage &storage = ctx.storage();
    auto fetcher = makeFetcher(jobs);
    RefreshService service(storage, *fetcher);
    QEventLoop loop;
    RefreshSummary summary;
    QObject::connect(&service, &RefreshService::feedRefreshed, &loop,
                     [&](qint64 id, const QString &title, int added, const QString &error) {
        if (!error.isEmpty())
            ctx.err() << "feed " << id << " (" << title << "): " << error << '\n';
        else if (!quiet)
            ctx.err() << "feed " << id << " (" << title << "): " << added << " new\n";
        ctx.err().flush();
    });
    QObject::connect(&service, &RefreshService::progress, &loop, [&](int done, int total, int errors) {
        if (!quiet) {
            ctx.err() << "progress " << done << '/' << total << ", " << errors << " errors\n";
            ctx.err().flush();
        }
    });
    QObject::connect(&service, &RefreshService::finished, &loop, [&](const RefreshSummary &s) {
        summary = s;
        loop.quit();
    });
    QObject::connect(&storage, &Storage::writeFailed, &loop, [&](const QString &what, const QString &message) {
        ctx.err() << "write failed (" << what << "): " << message << '\n';
    });
    service.refresh({}, options);
    if (service.isRunning())
        loop.exec();

    const QJsonObject result{{QStringLiteral("feeds"), summary.feeds},
                             {QStringLiteral("errors"), summary.feedErrors},
                             {QStringLiteral("not_modified"), summary.notModified},
                             {QStringLiteral("skipped"), summary.skipped},
                             {QStringLiteral("new_articles"), summary.newArticles},
                             {QStringLiteral("updated_articles"), summary.updatedArticles},
                             {QStringLiteral("cached"), summary.cached},
                             {QStringLiteral("cache_errors"), summary.cacheErrors}};
    if (json) {
        ctx.out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    } else {
        ctx.out() << "refreshed " << summary.feeds << " feeds (" << summary.feedErrors << " errors, "
                  << summary.notModified << " unchanged, " << summary.skipped << " skipped): "
                  << summary.newArticles << " new articles, " << summary.cached << " cached for offline\n";
    }
    return 0;
}

} // namespace

QList<Command> refreshCommands()
{
    return {{QStringLiteral("refresh"), QStringLiteral("refresh [--jobs N] [--no-fulltext] [--force] [--json]"),
             QStringLiteral("Fetch feeds and cache new articles for offline reading"), runRefresh}};
}

} // namespace warta::cli
