#include "content/tag_extractor.h"

#include "core/text_utils.h"

#include <QRegularExpression>
#include <QSet>

namespace warta::content {

QStringList dedupeTags(const QStringList &tags)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &t : tags) {
        QString display = warta::tagDisplayForm(t);
        if (display.startsWith(QLatin1Char('#')))
            display = display.mid(1).trimmed();
        const QString key = warta::normaliseTagKey(display);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        out.append(display);
    }
    return out;
}

QStringList extractTags(const HtmlDocument &doc, const QStringList &metaTags)
{
    return extractTags(doc, metaTags, pageText(doc.body()));
}

QStringList extractTags(const HtmlDocument &doc, const QStringList &metaTags, const PageText &body)
{
    using RX = QRegularExpression;
    static const RX container(QStringLiteral("(^|[\\s_-])(tags?|tagging|topik|topics?|keywords?)([\\s_-]|$)|tag__|__tag|tags-|-tags|tag-list|taglist"),
                              RX::CaseInsensitiveOption);
    static const RX tagHref(QStringLiteral("/(tag|tags|topik|topic|topics|label|subjek)/|[?&]tag="), RX::CaseInsensitiveOption);
    QStringList best;
    // Most pages have no tag-named element at all: one search over every class and id
    // (a line each; the line break counts as the [\s_-] that ^ and $ stand for) settles it.
    const bool anyContainer = !body.usable || container.match(body.classesAndIds).hasMatch();
    for (const xmlNode *n : anyContainer ? dom::descendants(doc.body()) : std::vector<xmlNodePtr>()) {
        if (dom::is(n, "a") || !container.match(dom::classAndId(n)).hasMatch())
            continue;
        QStringList found;
        int tagLinks = 0;
        const auto links = dom::descendants(n, "a");
        for (const xmlNode *a : links) {
            const QString text = dom::innerText(a);
            if (text.isEmpty() || text.size() > 60)
                continue;
            found.append(text);
            tagLinks += tagHref.match(dom::attr(a, "href")).hasMatch();
        }
        // A tag box is a list of tag links, not running text that happens to hold one.
        const int textSize = dom::innerText(n).size();
        int linkText = 0;
        for (const QString &f : found)
            linkText += f.size();
        if (tagLinks == 0 || tagLinks * 2 < int(found.size()) || linkText * 2 < textSize - 20)
            continue;
        if (found.size() > best.size())
            best = found;
    }
    return dedupeTags(best.isEmpty() ? metaTags : best);
}

} // namespace warta::content
