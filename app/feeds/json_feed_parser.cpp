// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
#include "feeds/feed_formats.h"
#include "feeds/feed_helpers.h"

#include "core/dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warta::feeds {
namespace {

void readAuthors(const QJsonObject &o, QVector<Person> &out)
{
    QJsonArray authors = o.value(QStringLiteral("authors")).toArray(); // 1.1
    if (authors.isEmpty() && o.value(QStringLiteral("author")).isObject())
        authors.append(o.value(QStringLiteral("author"))); // 1.0
    for (const auto &a : authors) {
        const QJsonObject p = a.toObject();
        out.append({p.value("name").toString(), {}, p.value("url").toString()});
    }
}

} // namespace

bool acceptJsonFeed(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

void parseJsonFeed(const QByteArray &input, const QUrl &documentUrl, ParsedFeed &feed)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    feed.encoding = QStringLiteral("utf-8");
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        feed.wellFormed = false;
        feed.error = QStringLiteral("JSON error at offset %1: %2").arg(err.offset).arg(err.errorString());
        return;
    }
    const QJsonObject o = doc.object();
    const QString version = o.value(QStringLiteral("version")).toString();
    feed.format = version.endsWith(QLatin1String("/1.1")) ? QStringLiteral("json1.1") : QStringLiteral("json1.0");
    const QString base = documentUrl.toString(QUrl::FullyEncoded);
    feed.details.insert(QStringLiteral("title"), {o.value("title").toString(), QStringLiteral("text/plain"), {}, base});
    if (o.contains(QStringLiteral("description")))
        feed.details.insert(QStringLiteral("subtitle"), {o.value("description").toString(), QStringLiteral("text/plain"), {}, base});
    feed.link = resolveUrl(base, o.value("home_page_url").toString());
    if (!feed.link.isEmpty())
        feed.links.append({feed.link, QStringLiteral("alternate"), QStringLiteral("text/html"), {}, 0});
    if (const QString self = o.value("feed_url").toString(); !self.isEmpty())
        feed.links.append({resolveUrl(base, self), QStringLiteral("self"), QStringLiteral("application/feed+json"), {}, 0});
    feed.iconUrl = resolveUrl(base, o.value("favicon").toString());
    feed.imageUrl = resolveUrl(base, o.value("icon").toString());
    feed.language = o.value("language").toString();
    readAuthors(o, feed.authorDetails);

    for (const auto &v : o.value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = v.toObject();
        ParsedItem item;
        const QJsonValue id = i.value("id");
        item.id = id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
        item.details.insert(QStringLiteral("title"), {i.value("title").toString(), QStringLiteral("text/plain"), {}, base});
        item.link = resolveUrl(base, i.value("url").toString());
        if (!item.link.isEmpty())
            item.links.append({item.link, QStringLiteral("alternate"), QStringLiteral("text/html"), {}, 0});
        if (const QString ext = i.value("external_url").toString(); !ext.isEmpty())
            item.links.append({resolveUrl(base, ext), QStringLiteral("related"), {}, {}, 0});
        if (i.contains(QStringLiteral("content_html"))) {
            TextDetail d{i.value("content_html").toString(), QStringLiteral("text/html"), {}, base};
            finishHtml(d);
            item.contents.append(d);
        }
        if (i.contains(QStringLiteral("content_text")))
            item.contents.append({i.value("content_text").toString(), QStringLiteral("text/plain"), {}, base});
        if (i.contains(QStringLiteral("summary")))
            item.details.insert(QStringLiteral("summary"), {i.value("summary").toString(), QStringLiteral("text/plain"), {}, base});
        item.imageUrl = resolveUrl(base, i.value("image").toString());
        item.published = parseDate(i.value("date_published").toString());
        item.updated = parseDate(i.value("date_modified").toString());
        readAuthors(i, item.authorDetails);
        for (const auto &t : i.value("tags").toArray())
            item.tags.append({t.toString().trimmed(), {}, {}});
        for (const auto &a : i.value("attachments").toArray()) {
            const QJsonObject at = a.toObject();
            item.enclosures.append({resolveUrl(base, at.value("url").toString()), at.value("mime_type").toString(),
                                    static_cast<qint64>(at.value("size_in_bytes").toDouble())});
        }
        feed.items.append(item);
    }
}

} // namespace warta::feeds
