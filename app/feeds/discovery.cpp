#include "feeds/discovery.h"

#include "feeds/html_entities.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace warta::feeds {
namespace {

QHash<QString, QString> attributes(const QString &tag)
{
    static const QRegularExpression attr(
        QStringLiteral("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*(?:=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?"));
    QHash<QString, QString> out;
    for (auto it = attr.globalMatch(tag); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1).toLower();
        if (!out.contains(name))
            out.insert(name, decodeHtmlEntities(m.captured(2) + m.captured(3) + m.captured(4)));
    }
    return out;
}

} // namespace

QVector<DiscoveredFeed> discoverFeeds(const QByteArray &html, const QUrl &pageUrl)
{
    // Pages are mostly UTF-8; a broken title is harmless here, so no charset sniffing.
    const QString text = QString::fromUtf8(html);
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    QString page = text;
    page.replace(comments, QString());

    static const QRegularExpression baseTag(QStringLiteral("<base\\b([^>]*)>"), QRegularExpression::CaseInsensitiveOption);
    QUrl base = pageUrl;
    if (const auto m = baseTag.match(page); m.hasMatch()) {
        const QString href = attributes(m.captured(1)).value(QStringLiteral("href")).trimmed();
        if (!href.isEmpty())
            base = pageUrl.resolved(QUrl(href));
    }

    static const QSet<QString> feedTypes = {"application/rss+xml", "application/atom+xml", "application/feed+json",
                                            "application/json", "application/rdf+xml", "application/x.atom+xml",
                                            "application/x-atom+xml", "text/xml", "application/xml"};
    static const QRegularExpression linkTag(QStringLiteral("<link\\b([^>]*)>"), QRegularExpression::CaseInsensitiveOption);
    QVector<DiscoveredFeed> found;
    QSet<QString> seen;
    for (auto it = linkTag.globalMatch(page); it.hasNext();) {
        const QHash<QString, QString> a = attributes(it.next().captured(1));
        const QStringList rels = a.value(QStringLiteral("rel")).toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        const QString type = a.value(QStringLiteral("type")).trimmed().toLower().section(QLatin1Char(';'), 0, 0).trimmed();
        const QString href = a.value(QStringLiteral("href")).trimmed();
        if (!rels.contains(QStringLiteral("alternate")) || !feedTypes.contains(type) || href.isEmpty())
            continue;
        const QUrl url = base.resolved(QUrl(href));
        if (!url.isValid() || seen.contains(url.toString()))
            continue;
        seen.insert(url.toString());
        found.append({url, type, a.value(QStringLiteral("title")).simplified()});
    }
    return found;
}

} // namespace warta::feeds
