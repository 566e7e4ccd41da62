#include "feedparser_view.h"

#include <QJsonArray>

namespace warta::test {
using namespace warta::feeds;
namespace {

QJsonValue structTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return QJsonValue::Undefined;
    const QDateTime u = dt.toUTC();
    const QDate d = u.date();
    const QTime t = u.time();
    return QJsonArray{d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(),
                      d.dayOfWeek() - 1, d.dayOfYear(), 0};
}

QJsonObject detail(const TextDetail &d)
{
    return QJsonObject{{"type", d.type}, {"value", d.value}, {"language", d.language.isEmpty() ? QJsonValue() : QJsonValue(d.language)},
                       {"base", d.base}};
}

QJsonObject person(const Person &p)
{
    QJsonObject o;
    if (!p.name.isEmpty())
        o["name"] = p.name;
    if (!p.email.isEmpty())
        o["email"] = p.email;
    if (!p.url.isEmpty())
        o["href"] = p.url;
    return o;
}

QString personText(const Person &p)
{
    if (!p.name.isEmpty() && !p.email.isEmpty())
        return QStringLiteral("%1 (%2)").arg(p.name, p.email);
    return p.name.isEmpty() ? p.email : p.name;
}

void putText(QJsonObject &o, const QHash<QString, TextDetail> &details, const QString &key)
{
    if (!details.contains(key))
        return;
    o[key] = details.value(key).value;
    o[key + "_detail"] = detail(details.value(key));
}

void putDate(QJsonObject &o, const QString &key, const QDateTime &dt)
{
    if (!dt.isValid())
        return;
    o[key] = dt.toUTC().toString(Qt::ISODate);
    o[key + "_parsed"] = structTime(dt);
}

void putCommon(QJsonObject &o, const QVector<Link> &links, const QVector<Person> &authors,
               const QVector<Person> &contributors, const QVector<Category> &tags)
{
    QJsonArray ls;
    for (const Link &l : links) {
        QJsonObject lo{{"rel", l.rel}, {"href", l.href}};
        if (!l.type.isEmpty())
            lo["type"] = l.type;
        if (!l.title.isEmpty())
            lo["title"] = l.title;
        if (l.length)
            lo["length"] = QString::number(l.length);
        ls.append(lo);
    }
    if (!ls.isEmpty())
        o["links"] = ls;
    if (!authors.isEmpty()) {
        o["author"] = personText(authors.first());
        o["author_detail"] = person(authors.first());
        QJsonArray as;
        for (const Person &p : authors)
            as.append(person(p));
        o["authors"] = as;
    }
    if (!contributors.isEmpty()) {
        QJsonArray cs;
        for (const Person &p : contributors)
            cs.append(person(p));
        o["contributors"] = cs;
    }
    if (!tags.isEmpty()) {
        QJsonArray ts;
        for (const Category &c : tags)
            ts.append(QJsonObject{{"term", c.term},
                                  {"scheme", c.scheme.isEmpty() ? QJsonValue() : QJsonValue(c.scheme)},
                                  {"label", c.label.isEmpty() ? QJsonValue() : QJsonValue(c.label)}});
        o["tags"] = ts;
        o["category"] = tags.first().term;
    }
}

QString feedparserVersion(const QString &format)
{
    static const QHash<QString, QString> map = {
        {"rss2.0", "rss20"},   {"rss0.91", "rss091u"}, {"rss0.92", "rss092"}, {"rss0.93", "rss093"},
        {"rss0.94", "rss094"}, {"rss1.0", "rss10"},    {"rss0.90", "rss090"}, {"rss", "rss"},
        {"atom1.0", "atom10"}, {"atom0.3", "atom03"},  {"json1.0", "json10"}, {"json1.1", "json11"}};
    if (format.startsWith("atom") && !map.contains(format))
        return QString(format).remove('.');
    return map.value(format);
}

} // namespace

QJsonObject feedparserView(const ParsedFeed &feed)
{
    QJsonObject f;
    putText(f, feed.details, "title");
    putText(f, feed.details, "subtitle");
    putText(f, feed.details, "rights");
    putText(f, feed.details, "info");
    if (!feed.link.isEmpty())
        f["link"] = feed.link;
    if (!feed.id.isEmpty())
        f["id"] = feed.id;
    if (!feed.language.isEmpty())
        f["language"] = feed.language;
    if (!feed.generator.isEmpty())
        f["generator"] = feed.generator;
    if (!feed.imageUrl.isEmpty())
        f["image"] = QJsonObject{{"href", feed.imageUrl}};
    if (!feed.iconUrl.isEmpty())
        f["icon"] = feed.iconUrl;
    putDate(f, "updated", feed.updated);
    putDate(f, "published", feed.published);
    putCommon(f, feed.links, feed.authorDetails, feed.contributors, feed.tags);

    QJsonArray entries;
    for (const ParsedItem &item : feed.items) {
        QJsonObject e;
        putText(e, item.details, "title");
        putText(e, item.details, "summary");
        putText(e, item.details, "rights");
        if (!item.details.contains("summary") && !item.contents.isEmpty()) {
            // feedparser mirrors the first content into summary when there is none.
            e["summary"] = item.contents.first().value;
            e["summary_detail"] = detail(item.contents.first());
        }
        if (!item.contents.isEmpty()) {
            QJsonArray cs;
            for (const TextDetail &c : item.contents)
                cs.append(detail(c));
            e["content"] = cs;
        }
        if (!item.link.isEmpty())
            e["link"] = item.link;
        if (!item.id.isEmpty())
            e["id"] = item.id;
        e["guidislink"] = item.guidIsLink;
        if (!item.comments.isEmpty())
            e["comments"] = item.comments;
        putDate(e, "published", item.published);
        putDate(e, "updated", item.updated.isValid() ? item.updated : item.published);
        putDate(e, "created", item.created);
        putCommon(e, item.links, item.authorDetails, item.contributors, item.tags);
        QJsonArray encl;
        for (const Enclosure &en : item.enclosures) {
            QJsonObject eo{{"href", en.url}};
            if (!en.type.isEmpty())
                eo["type"] = en.type;
            if (en.length)
                eo["length"] = QString::number(en.length);
            encl.append(eo);
        }
        if (!encl.isEmpty())
            e["enclosures"] = encl;
        entries.append(e);
    }
    return QJsonObject{{"bozo", !feed.wellFormed},
                       {"encoding", feed.encoding},
                       {"version", feedparserVersion(feed.format)},
                       {"feed", f},
                       {"entries", entries}};
}

QJsonArray canonicalFeedparserPath(const QJsonArray &path)
{
    static const QHash<QString, QString> common = {
        {"channel", "feed"}, {"items", "entries"}, {"guid", "id"}, {"date", "updated"}, {"modified", "updated"},
        {"issued", "published"}, {"copyright", "rights"}, {"tagline", "subtitle"}, {"url", "href"},
        {"date_parsed", "updated_parsed"}, {"modified_parsed", "updated_parsed"}, {"issued_parsed", "published_parsed"},
        {"copyright_detail", "rights_detail"}, {"tagline_detail", "subtitle_detail"}};
    QJsonArray out;
    QString top;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QJsonValue v = path.at(i);
        if (!v.isString()) {
            out.append(v);
            continue;
        }
        QString key = common.value(v.toString(), v.toString());
        if (i == 0)
            top = key;
        if (key == "description" || key == "description_detail") {
            const bool detailKey = key.endsWith("_detail");
            key = (top == "feed" && i == 1 ? QStringLiteral("subtitle") : QStringLiteral("summary"))
                + (detailKey ? QStringLiteral("_detail") : QString());
        }
        out.append(key);
    }
    return out;
}

} // namespace warta::test
