// Commands over the search index and the stemmer: search, stem.
#include "cli/cli_context.h"
#include "cli/commands.h"
#include "storage/search.h"
#include "storage/storage.h"
#include "text/indonesian_stemmer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warta::cli {

namespace {

int runSearch(CliContext &ctx, QStringList args)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    bool ok = true;
    const int limit = takeOption(args, QStringLiteral("--limit"), QStringLiteral("50")).toInt(&ok);
    if (!ok || limit <= 0)
        throw CliError(QStringLiteral("--limit needs a positive number"), 2);
    // The rest is the query; the shell may have split it into several arguments.
    const QString query = args.join(QLatin1Char(' '));
    if (query.trimmed().isEmpty())
        throw CliError(QStringLiteral("usage: search QUERY [--limit N] [--json]"), 2);

    auto reader = ctx.storage().openReader();
    QString error;
    const QList<SearchHit> hits = search(*reader, query, limit, &error);
    if (!error.isEmpty())
        throw CliError(error, 2);
    if (json) {
        QJsonArray list;
        for (const SearchHit &h : hits) {
            list.append(QJsonObject{{QStringLiteral("id"), h.articleId},
                                    {QStringLiteral("title"), h.title},
                                    {QStringLiteral("snippet"), h.snippet},
                                    {QStringLiteral("score"), h.score}});
        }
        ctx.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else {
        for (const SearchHit &h : hits)
            ctx.out() << h.articleId << '\t' << QString::number(h.score, 'f', 3) << '\t' << h.title << '\n';
    }
    return 0;
}

int runStem(CliContext &ctx, QStringList args)
{
    if (args.isEmpty())
        throw CliError(QStringLiteral("usage: stem WORD..."), 2);
    const text::IndonesianStemmer stemmer;
    for (const QString &word : args)
        ctx.out() << stemmer.stem(word) << '\n';
    return 0;
}

} // namespace

QList<Command> searchCommands()
{
    return {
        {QStringLiteral("search"), QStringLiteral("search QUERY [--limit N] [--json]"),
         QStringLiteral("Search articles (words, \"phrases\", -word, tag: feed: collection: before: after: is:)"), runSearch},
        {QStringLiteral("stem"), QStringLiteral("stem WORD..."),
         QStringLiteral("Print the Indonesian root of each word, one per line"), runStem},
    };
}

} // namespace warta::cli
