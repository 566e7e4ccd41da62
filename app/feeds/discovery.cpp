#include "feeds/discovery.h"

#include "feeds/html_entities.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <tuple>

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

struct PageLink {
    QStringList rels; // lower case
    QString type;     // lower case, parameters dropped
    QString href;     // absolute
    QString title;
    QString sizes;    // lower case
};

// Every <link> of a page with an href, resolved against the page URL or its <base href>.
QVector<PageLink> pageLinks(const QByteArray &html, const QUrl &pageUrl)
{
    // Pages are mostly UTF-8; a broken title is harmless here, so no charset sniffing.
    QString page = QString::fromUtf8(html);
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    page.replace(comments, QString());

    static const QRegularExpression baseTag(QStringLiteral("<base\\b([^>]*)>"), QRegularExpression::CaseInsensitiveOption);
    QUrl base = pageUrl;
    if (const auto m = baseTag.match(page); m.hasMatch()) {
        const QString href = attributes(m.captured(1)).value(QStringLiteral("href")).trimmed();
        if (!href.isEmpty())
            base = pageUrl.resolved(QUrl(href));
    }
    static const QRegularExpression linkTag(QStringLiteral("<link\\b([^>]*)>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QVector<PageLink> links;
    for (auto it = linkTag.globalMatch(page); it.hasNext();) {
        const QHash<QString, QString> a = attributes(it.next().captured(1));
        const QString href = a.value(QStringLiteral("href")).trimmed();
        const QUrl url = base.resolved(QUrl(href));
        if (href.isEmpty() || !url.isValid())
            continue;
        links.append({a.value(QStringLiteral("rel")).toLower().split(spaces, Qt::SkipEmptyParts),
                      a.value(QStringLiteral("type")).trimmed().toLower().section(QLatin1Char(';'), 0, 0).trimmed(),
                      url.toString(), a.value(QStringLiteral("title")).simplified(),
                      a.value(QStringLiteral("sizes")).toLower()});
    }
    return links;
}

// The largest edge among "16x16 32x32"; 0 when unknown, a large number for "any" (SVG).
int largestSize(const QString &sizes)
{
    int largest = 0;
    for (const QString &size : sizes.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        largest = qMax(largest, size == QLatin1String("any") ? 4096 : size.section(QLatin1Char('x'), 0, 0).toInt());
    return largest;
}

} // namespace

QVector<DiscoveredFeed> discoverFeeds(const QByteArray &html, const QUrl &pageUrl)
{
    static const QSet<QString> feedTypes = {"application/rss+xml", "application/atom+xml", "application/feed+json",
                                            "application/json", "application/rdf+xml", "application/x.atom+xml",
                                            "application/x-atom+xml", "text/xml", "application/xml"};
    QVector<DiscoveredFeed> found;
    QSet<QString> seen;
    for (const PageLink &link : pageLinks(html, pageUrl)) {
        if (!link.rels.contains(QStringLiteral("alternate")) || !feedTypes.contains(link.type) || seen.contains(link.href))
            continue;
        seen.insert(link.href);
        found.append({QUrl(link.href), link.type, link.title});
    }
    return found;
}

QVector<QUrl> discoverIcons(const QByteArray &html, const QUrl &pageUrl)
{
    // Icons live in the head: cut the body off before scanning a large home page.
    const qsizetype headEnd = html.indexOf("</head");
    struct Ranked {
        int group; // 0: >= 32 px, 1: no sizes, 2: smaller, 3: touch icons
        int order; // within the group
        QUrl url;
    };
    QVector<Ranked> ranked;
    QSet<QString> seen;
    for (const PageLink &link : pageLinks(headEnd > 0 ? html.left(headEnd) : html, pageUrl)) {
        const bool icon = link.rels.contains(QStringLiteral("icon"));
        const bool touch = link.rels.contains(QStringLiteral("apple-touch-icon")) ||
                           link.rels.contains(QStringLiteral("apple-touch-icon-precomposed"));
        if ((!icon && !touch) || seen.contains(link.href))
            continue;
        seen.insert(link.href);
        const int size = largestSize(link.sizes);
        const int group = touch ? 3 : size >= 32 ? 0 : size == 0 ? 1 : 2;
        const int order = group == 0 ? size : group == 2 ? -size : int(ranked.size());
        ranked.append({group, order, QUrl(link.href)});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return std::tie(a.group, a.order) < std::tie(b.group, b.order);
    });
    QVector<QUrl> urls;
    for (const Ranked &r : ranked)
        urls.append(r.url);
    return urls;
}

} // namespace warta::feeds
