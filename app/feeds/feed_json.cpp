#include "feeds/feed_json.h"

#include <QJsonArray>

namespace warta::feeds {
namespace {

QJsonValue dateValue(const QDateTime &dt)
{
    if (!dt.isValid())
        return QJsonValue::Null;
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

QJsonObject toJson(const ParsedFeed &feed)
{
    QJsonArray items;
    for (const ParsedItem &item : feed.items) {
        QJsonArray enclosures;
        for (const Enclosure &e : item.enclosures)
            enclosures.append(QJsonObject{{"url", e.url}, {"type", e.type}, {"length", e.length}});
        items.append(QJsonObject{{"id", item.id},
                                 {"title", item.title},
                                 {"link", item.link},
                                 {"published", dateValue(item.published)},
                                 {"updated", dateValue(item.updated)},
                                 {"author", item.author},
                                 {"categories", QJsonArray::fromStringList(item.categories)},
                                 {"summary", item.summary},
                                 {"content", item.content},
                                 {"image", item.imageUrl},
                                 {"enclosures", enclosures}});
    }
    return QJsonObject{{"format", feed.format},
                       {"title", feed.title},
                       {"link", feed.link},
                       {"wellFormed", feed.wellFormed},
                       {"error", feed.error},
                       {"encoding", feed.encoding},
                       {"items", items}};
}

} // namespace warta::feeds
