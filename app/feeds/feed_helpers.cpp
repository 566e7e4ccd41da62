#include "feeds/feed_helpers.h"

#include "core/dates.h"
#include "feeds/html_entities.h"

#include <QRegularExpression>

namespace warta::feeds {

QString removeScripts(const QString &html)
{
    if (!html.contains(QLatin1Char('<')))
        return html;
    static const QRegularExpression blocks(
        QStringLiteral("<(script|style|iframe|object|embed|applet|noscript|frameset|frame)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression lone(
        QStringLiteral("</?(script|style|iframe|object|embed|applet|noscript|frameset|frame|meta|link|base)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handlers(
        QStringLiteral("(<[^>]*?)\\s+on[a-z]+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsUrls(
        QStringLiteral("(<[^>]*?)\\s+(href|src|action|background|dynsrc|lowsrc)\\s*=\\s*([\"']?)\\s*(javascript|vbscript):[^\"'>]*\\3"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = html;
    out.replace(blocks, QString());
    out.replace(lone, QString());
    for (int pass = 0; pass < 8 && out.contains(handlers); ++pass)
        out.replace(handlers, QStringLiteral("\\1"));
    for (int pass = 0; pass < 8 && out.contains(jsUrls); ++pass)
        out.replace(jsUrls, QStringLiteral("\\1"));
    return out;
}

QString resolveHtmlUrls(const QString &html, const QString &base)
{
    if (base.isEmpty() || !html.contains(QLatin1Char('<')))
        return html;
    static const QRegularExpression attrs(
        QStringLiteral("(<[a-zA-Z][^>]*?\\s(?:href|src|action|background|cite|codebase|data|longdesc|poster|usemap|icon|profile)\\s*=\\s*)(\"([^\"]*)\"|'([^']*)')"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    for (auto it = attrs.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QChar quote = m.captured(2).at(0);
        const QString value = quote == QLatin1Char('"') ? m.captured(3) : m.captured(4);
        out += QStringView(html).mid(last, m.capturedStart(0) - last);
        out += m.captured(1) + quote + resolveUrl(base, value) + quote;
        last = m.capturedEnd(0);
    }
    out += QStringView(html).mid(last);
    return out;
}

bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*[a-zA-Z][^>]*>|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);"));
    return text.contains(tag);
}

QString firstImageSource(const QString &html, const QString &base)
{
    static const QRegularExpression img(QStringLiteral("<img\\b[^>]*?\\ssrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
                                        QRegularExpression::CaseInsensitiveOption);
    const auto m = img.match(html);
    if (!m.hasMatch())
        return {};
    QString src = m.captured(1) + m.captured(2) + m.captured(3);
    src.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return resolveUrl(base, src);
}

TextDetail looseText(const XmlNode &node, const QString &defaultType)
{
    TextDetail d;
    d.language = node.lang;
    d.base = node.base;
    d.type = defaultType;
    bool hasElements = false;
    for (const XmlNode &c : node.children)
        hasElements = hasElements || !c.isText;
    if (hasElements) {
        d.value = node.innerXml();
        d.type = QStringLiteral("text/html");
    } else {
        d.value = node.textContent();
        if (d.type == QLatin1String("text/plain") && looksLikeHtml(d.value))
            d.type = QStringLiteral("text/html");
    }
    d.value = d.value.trimmed();
    return d;
}

void finishHtml(TextDetail &detail)
{
    if (detail.type == QLatin1String("text/html") || detail.type == QLatin1String("application/xhtml+xml"))
        detail.value = resolveHtmlUrls(removeScripts(detail.value), detail.base);
}

QDateTime nodeDate(const XmlNode *node)
{
    if (!node)
        return {};
    return parseDate(node->textContent().trimmed());
}

static bool isImage(const QString &type, const QString &medium, const QString &url)
{
    if (medium == QLatin1String("image") || type.startsWith(QLatin1String("image/")))
        return true;
    if (!type.isEmpty() || !medium.isEmpty())
        return false;
    static const QRegularExpression ext(QStringLiteral("\\.(jpe?g|png|gif|webp|avif)(\\?|$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return url.contains(ext);
}

void readMediaRss(const XmlNode &parent, ParsedItem &item)
{
    for (const XmlNode *group : parent.elements(QStringLiteral("media"), QStringLiteral("group")))
        readMediaRss(*group, item);
    for (const XmlNode *mc : parent.elements(QStringLiteral("media"), QStringLiteral("content"))) {
        const QString url = resolveUrl(mc->base, mc->attr(QStringLiteral("url")));
        if (url.isEmpty())
            continue;
        if (item.imageUrl.isEmpty() && isImage(mc->attr("type"), mc->attr("medium"), url))
            item.imageUrl = url;
        if (!isImage(mc->attr("type"), mc->attr("medium"), url))
            item.enclosures.append({url, mc->attr("type"), mc->attr("fileSize").toLongLong()});
        if (const XmlNode *thumb = mc->child(QStringLiteral("media"), QStringLiteral("thumbnail")); thumb && item.imageUrl.isEmpty())
            item.imageUrl = resolveUrl(thumb->base, thumb->attr("url"));
    }
    for (const XmlNode *thumb : parent.elements(QStringLiteral("media"), QStringLiteral("thumbnail"))) {
        if (item.imageUrl.isEmpty())
            item.imageUrl = resolveUrl(thumb->base, thumb->attr("url"));
    }
}

/// Titles are shown and stored as text: HTML titles lose their markup.
static QString displayText(const TextDetail &d)
{
    if (d.type == QLatin1String("text/html") || d.type == QLatin1String("application/xhtml+xml"))
        return htmlToPlainText(d.value);
    return d.value.simplified();
}

void finishItem(ParsedItem &item)
{
    for (const Person &p : std::as_const(item.authorDetails)) {
        const QString shown = p.name.isEmpty() ? p.email : p.name;
        if (!shown.isEmpty() && !item.authors.contains(shown))
            item.authors << shown;
    }
    if (item.author.isEmpty() && !item.authors.isEmpty())
        item.author = item.authors.first();
    for (const Category &c : std::as_const(item.tags)) {
        const QString term = c.term.isEmpty() ? c.label.trimmed() : c.term;
        if (!term.isEmpty() && !item.categories.contains(term))
            item.categories << term;
    }
    if (item.title.isEmpty())
        item.title = displayText(item.details.value(QStringLiteral("title")));
    if (item.summary.isEmpty())
        item.summary = item.details.value(QStringLiteral("summary")).value;
    if (item.content.isEmpty() && !item.contents.isEmpty())
        item.content = item.contents.first().value;
    if (item.rights.isEmpty())
        item.rights = item.details.value(QStringLiteral("rights")).value;
    if (item.link.isEmpty()) {
        for (const Link &l : std::as_const(item.links)) {
            if (l.rel == QLatin1String("alternate")) {
                item.link = l.href;
                break;
            }
        }
    }
    if (item.imageUrl.isEmpty()) {
        for (const Enclosure &e : std::as_const(item.enclosures)) {
            if (isImage(e.type, {}, e.url)) {
                item.imageUrl = e.url;
                break;
            }
        }
    }
    if (item.imageUrl.isEmpty() && !item.contents.isEmpty())
        item.imageUrl = firstImageSource(item.content, item.contents.first().base);
    if (item.imageUrl.isEmpty())
        item.imageUrl = firstImageSource(item.summary, item.details.value(QStringLiteral("summary")).base);
}

void finishFeed(ParsedFeed &feed)
{
    if (feed.title.isEmpty())
        feed.title = displayText(feed.details.value(QStringLiteral("title")));
    if (feed.description.isEmpty())
        feed.description = feed.details.value(QStringLiteral("subtitle")).value;
    if (feed.rights.isEmpty())
        feed.rights = feed.details.value(QStringLiteral("rights")).value;
    if (feed.link.isEmpty()) {
        for (const Link &l : std::as_const(feed.links)) {
            if (l.rel == QLatin1String("alternate")) {
                feed.link = l.href;
                break;
            }
        }
    }
    for (ParsedItem &item : feed.items)
        finishItem(item);
}

Person parsePersonText(const QString &raw)
{
    Person p;
    QString text = raw.trimmed();
    static const QRegularExpression email(QStringLiteral("<?([\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)>?"));
    const auto m = email.match(text);
    if (m.hasMatch()) {
        p.email = m.captured(1);
        text.remove(m.capturedStart(0), m.capturedLength(0));
        text = text.trimmed();
        if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')')))
            text = text.mid(1, text.size() - 2).trimmed();
        text.remove(QStringLiteral("()"));
        text = text.trimmed();
    }
    p.name = text;
    return p;
}

} // namespace warta::feeds
