// Commands that read articles: articles, article, stats.
#include "cli/article_json.h"
#include "cli/cli_context.h"
#include "storage/article_store.h"
#include "storage/storage.h"
#include "storage/tag_store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace warta::cli {

namespace {

int runArticles(CliContext &ctx, QStringList args)
{
    ArticleStore::Filter filter;
    bool ok = true;
    const QString feed = takeOption(args, QStringLiteral("--feed"));
    if (!feed.isEmpty() && ((filter.feedId = feed.toLongLong(&ok)) <= 0 || !ok))
        throw CliError(QStringLiteral("--feed needs a feed id, got %1").arg(feed), 2);
    filter.tag = takeOption(args, QStringLiteral("--tag"));
    filter.collection = takeOption(args, QStringLiteral("--collection"));
    const QString limit = takeOption(args, QStringLiteral("--limit"), QStringLiteral("-1"));
    filter.limit = limit.toInt(&ok);
    if (!ok)
        throw CliError(QStringLiteral("--limit needs a number"), 2);
    filter.unreadOnly = takeFlag(args, QStringLiteral("--unread"));
    filter.starredOnly = takeFlag(args, QStringLiteral("--starred"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    expectNoMoreArguments(args);

    auto reader = ctx.storage().openReader();
    const QList<Article> articles = ArticleStore::list(*reader, filter);
    if (json) {
        QJsonArray list;
        for (const Article &a : articles)
            list.append(articleToJson(a));
        ctx.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else {
        for (const Article &a : articles)
            ctx.out() << a.id << '\t' << (a.read ? ' ' : '*') << '\t'
                      << a.published.toUTC().toString(Qt::ISODate) << '\t' << a.title << '\n';
    }
    return 0;
}

int runArticle(CliContext &ctx, QStringList args)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const bool html = takeFlag(args, QStringLiteral("--html"));
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (!ok || json == html)
        throw CliError(QStringLiteral("usage: article ID --json|--html"), 2);
    auto reader = ctx.storage().openReader();
    const Article article = ArticleStore::byId(*reader, id);
    if (!article.id)
        throw CliError(QStringLiteral("no article with id %1").arg(id));
    if (json) {
        ctx.out() << QJsonDocument(articleToJson(article, true)).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (article.extractedHtml.isEmpty())
        throw CliError(QStringLiteral("article %1 has no cached full text yet").arg(id));
    ctx.out() << article.extractedHtml << '\n';
    return 0;
}

int runStats(CliContext &ctx, QStringList args)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    expectNoMoreArguments(args);
    auto reader = ctx.storage().openReader();
    const Stats s = readStats(*reader);
    const QJsonObject o{{QStringLiteral("feeds"), s.feeds},     {QStringLiteral("articles"), s.articles},
                        {QStringLiteral("unread"), s.unread},   {QStringLiteral("tags"), s.tags},
                        {QStringLiteral("collections"), s.collections},
                        {QStringLiteral("db_bytes"), s.dbBytes}};
    if (json) {
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        for (auto it = o.begin(); it != o.end(); ++it)
            ctx.out() << it.key() << '\t' << it.value().toInteger() << '\n';
    }
    return 0;
}

} // namespace

QList<Command> articleCommands()
{
    return {
        {QStringLiteral("articles"),
         QStringLiteral("articles [--feed ID] [--tag NAME] [--collection NAME] [--unread] [--starred] [--limit N] [--json]"),
         QStringLiteral("List articles, newest first"), runArticles},
        {QStringLiteral("article"), QStringLiteral("article ID --json|--html"),
         QStringLiteral("Show one article: metadata as JSON, or its cached HTML"), runArticle},
        {QStringLiteral("stats"), QStringLiteral("stats [--json]"),
         QStringLiteral("Counts of feeds, articles, unread, tags, collections; database size"), runStats},
    };
}

} // namespace warta::cli
