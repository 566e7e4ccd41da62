// warta-cli parse FILE [--url URL] [--content-type TYPE] --json
// Parses a feed file offline and prints toJson() of the result: a quick way to see what
// Warta makes of a feed, and the entry point shell tests use.
#include "cli/cli_context.h"
#include "cli/commands.h"
#include "feeds/feed_json.h"
#include "feeds/feed_parser.h"

#include <QFile>
#include <QJsonDocument>
#include <QUrl>

namespace warta::cli {

Command parseCommand()
{
    Command c;
    c.name = QStringLiteral("parse");
    c.usage = QStringLiteral("parse FILE [--url URL] [--content-type TYPE] --json");
    c.summary = QStringLiteral("Parse a feed file (RSS, Atom, JSON Feed) and print it as JSON");
    c.run = [](CliContext &ctx, QStringList args) -> int {
        const QString url = takeOption(args, QStringLiteral("--url"));
        const QString contentType = takeOption(args, QStringLiteral("--content-type"));
        const bool json = takeFlag(args, QStringLiteral("--json"));
        if (args.isEmpty())
            throw CliError(QStringLiteral("parse: missing FILE"), 2);
        const QString path = args.takeFirst();
        expectNoMoreArguments(args);
        if (!json)
            throw CliError(QStringLiteral("parse: only --json output is supported"), 2);

        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw CliError(QStringLiteral("parse: cannot read %1: %2").arg(path, file.errorString()));
        const feeds::ParsedFeed feed = feeds::parseFeed(file.readAll(), QUrl(url), contentType.toUtf8());
        // A partial parse is still useful output; the problem goes to stderr.
        if (!feed.wellFormed)
            ctx.err() << "warning: " << path << ": " << feed.error << Qt::endl;
        ctx.out() << QString::fromUtf8(QJsonDocument(feeds::toJson(feed)).toJson(QJsonDocument::Indented));
        ctx.out().flush();
        return 0;
    };
    return c;
}

} // namespace warta::cli
