#include "cli/article_json.h"

#include <QJsonArray>

namespace warta::cli {

QJsonValue isoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

static QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject articleToJson(const Article &a, bool full)
{
    QJsonObject o{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("feed_id"), a.feedId ? QJsonValue(a.feedId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("link"), textOrNull(a.link)},
        {QStringLiteral("published"), isoUtc(a.published)},
        {QStringLiteral("author"), textOrNull(a.author)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
        {QStringLiteral("read"), a.read},
        {QStringLiteral("starred"), a.starred},
        {QStringLiteral("collections"), QJsonArray::fromStringList(a.collections)},
        {QStringLiteral("cached"), a.cached()},
    };
    if (!full)
        return o;
    o.insert(QStringLiteral("guid"), textOrNull(a.guid));
    o.insert(QStringLiteral("updated"), isoUtc(a.updated));
    o.insert(QStringLiteral("summary"), textOrNull(a.summary));
    o.insert(QStringLiteral("content"), textOrNull(a.content));
    o.insert(QStringLiteral("image"), textOrNull(a.imageUrl));
    o.insert(QStringLiteral("byline"), textOrNull(a.byline));
    o.insert(QStringLiteral("editor"), textOrNull(a.editor));
    o.insert(QStringLiteral("source"), textOrNull(a.source));
    o.insert(QStringLiteral("site_name"), textOrNull(a.siteName));
    o.insert(QStringLiteral("language"), textOrNull(a.language));
    QJsonArray related;
    for (const RelatedLink &r : a.related) {
        related.append(QJsonObject{{QStringLiteral("text"), r.text},
                                   {QStringLiteral("url"), r.url},
                                   {QStringLiteral("position"), r.position},
                                   {QStringLiteral("cached_article_id"),
                                    r.targetArticleId ? QJsonValue(r.targetArticleId) : QJsonValue(QJsonValue::Null)}});
    }
    o.insert(QStringLiteral("related"), related);
    return o;
}

QJsonObject feedToJson(const Feed &f, const QString &folderPath)
{
    return QJsonObject{
        {QStringLiteral("id"), f.id},
        {QStringLiteral("title"), f.title},
        {QStringLiteral("url"), f.url},
        {QStringLiteral("site_url"), textOrNull(f.siteUrl)},
        {QStringLiteral("folder"), textOrNull(folderPath)},
        {QStringLiteral("unread"), f.unread},
        {QStringLiteral("articles"), f.total},
        {QStringLiteral("last_fetched"), isoUtc(f.lastFetched)},
        {QStringLiteral("last_error"), textOrNull(f.lastError)},
        {QStringLiteral("error_count"), f.errorCount},
        {QStringLiteral("disabled"), f.disabled},
    };
}

} // namespace warta::cli
