#include "content/pagination.h"

#include "content/related_links.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace warta::content {
namespace {

const char *const kPageKeys[] = {"page", "p", "hal", "halaman", "pg"};

int pageNumber(const QUrl &u, QString *pathStem)
{
    const QUrlQuery q(u);
    for (const char *key : kPageKeys)
        if (q.hasQueryItem(QLatin1String(key))) {
            bool ok = false;
            const int n = q.queryItemValue(QLatin1String(key)).toInt(&ok);
            if (pathStem)
                *pathStem = u.path();
            return ok ? n : -1;
        }
    // Path form ".../slug/2" (tribunnews).
    static const QRegularExpression tail(QStringLiteral("^(.*)/(\\d{1,3})/?$"));
    const auto m = tail.match(u.path());
    if (m.hasMatch() && m.captured(1).count(QLatin1Char('-')) >= 2) {
        if (pathStem)
            *pathStem = m.captured(1);
        return m.captured(2).toInt();
    }
    if (pathStem)
        *pathStem = u.path();
    return 1;
}

} // namespace

QUrl findNextPage(const HtmlDocument &doc, const QUrl &url)
{
    const QUrlQuery query(url);
    if (query.queryItemValue(QStringLiteral("page")) == QLatin1String("all") || query.hasQueryItem(QStringLiteral("single")))
        return {};
    QString stem;
    const int current = pageNumber(url, &stem);
    if (current < 1)
        return {};
    QString trimmedStem = stem;
    while (trimmedStem.endsWith(QLatin1Char('/')))
        trimmedStem.chop(1);
    for (const char *tagName : {"link", "a"}) {
        for (const xmlNode *n : dom::descendants(doc.root(), tagName)) {
            const QString href = dom::attr(n, "href").trimmed();
            if (href.isEmpty() || href.startsWith(QLatin1Char('#')))
                continue;
            const QUrl target(resolveUrl(url, href));
            if (target.host() != url.host() || target == url)
                continue;
            QString targetStem;
            const int n2 = pageNumber(target, &targetStem);
            while (targetStem.endsWith(QLatin1Char('/')))
                targetStem.chop(1);
            if (n2 == current + 1 && targetStem == trimmedStem)
                return target;
        }
    }
    return {};
}

} // namespace warta::content
