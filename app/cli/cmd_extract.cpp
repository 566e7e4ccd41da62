// warta-cli extract FILE --url URL [--content-type T] --json|--text|--html
// Runs the content layer on a saved page; no network, no database.
#include "cli/cli_context.h"
#include "content/extraction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warta::cli {

Command extractCommand();

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject toJson(const content::Extraction &e)
{
    QJsonArray related;
    for (const auto &r : e.related)
        related.append(QJsonObject{{"text", r.text}, {"url", r.url}, {"position", r.position}});
    return QJsonObject{
        {"title", e.title},
        {"byline", orNull(e.byline)},
        {"editor", orNull(e.editor)},
        {"source", orNull(e.source)},
        {"published", e.published.isValid() ? QJsonValue(e.published.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {"lead_image", orNull(e.leadImage)},
        {"site_name", orNull(e.siteName)},
        {"language", orNull(e.language)},
        {"tags", QJsonArray::fromStringList(e.tags)},
        {"related", related},
        {"paragraphs", QJsonArray::fromStringList(e.paragraphs)},
        {"pages", e.pages},
        {"html", e.html},
    };
}

int run(CliContext &ctx, QStringList args)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const bool text = takeFlag(args, QStringLiteral("--text"));
    const bool html = takeFlag(args, QStringLiteral("--html"));
    const QString url = takeOption(args, QStringLiteral("--url"), QStringLiteral("http://localhost/"));
    const QString contentType = takeOption(args, QStringLiteral("--content-type"));
    if (args.size() != 1)
        throw CliError(QStringLiteral("usage: extract FILE --url URL --json|--text|--html"), 2);
    if (int(json) + int(text) + int(html) > 1)
        throw CliError(QStringLiteral("extract: choose one of --json, --text, --html"), 2);
    QFile file(args.takeFirst());
    if (!file.open(QIODevice::ReadOnly))
        throw CliError(QStringLiteral("extract: cannot read %1: %2").arg(file.fileName(), file.errorString()));
    expectNoMoreArguments(args);
    const content::Extraction e = content::extractArticle(file.readAll(), QUrl(url), contentType.toUtf8());
    if (!e.error.isEmpty())
        throw CliError(QStringLiteral("extract: %1").arg(e.error));
    if (text)
        ctx.out() << e.paragraphs.join(QStringLiteral("\n\n")) << '\n';
    else if (html)
        ctx.out() << e.html << '\n';
    else
        ctx.out() << QString::fromUtf8(QJsonDocument(toJson(e)).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace

Command extractCommand()
{
    return Command{QStringLiteral("extract"), QStringLiteral("extract FILE --url URL [--content-type T] --json|--text|--html"),
                   QStringLiteral("Extract article text, metadata, tags and related links from a saved page"), &run};
}

} // namespace warta::cli
