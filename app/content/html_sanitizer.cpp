#include "content/html_sanitizer.h"

#include "content/extraction.h"
#include "content/html_document.h"
#include "content/readability_scorer.h"
#include "content/related_links.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace warta::content {
namespace {

// Elements kept as they are (with the attributes listed); anything else is unwrapped
// (children kept) unless it is in kDropped.
const QHash<QString, QStringList> kAllowed = {
    {"p", {}}, {"br", {}}, {"hr", {}}, {"div", {}}, {"section", {}}, {"article", {}},
    {"h2", {}}, {"h3", {}}, {"h4", {}}, {"h5", {}}, {"h6", {}},
    {"ul", {}}, {"ol", {"start"}}, {"li", {}}, {"dl", {}}, {"dt", {}}, {"dd", {}},
    {"blockquote", {}}, {"pre", {}}, {"code", {}}, {"em", {}}, {"strong", {}}, {"b", {}}, {"i", {}},
    {"u", {}}, {"s", {}}, {"sub", {}}, {"sup", {}}, {"small", {}}, {"mark", {}}, {"q", {}}, {"cite", {}},
    {"abbr", {"title"}}, {"time", {"datetime"}}, {"figure", {}}, {"figcaption", {}},
    {"table", {}}, {"thead", {}}, {"tbody", {}}, {"tfoot", {}}, {"tr", {}}, {"caption", {}},
    {"td", {"colspan", "rowspan"}}, {"th", {"colspan", "rowspan", "scope"}},
    {"a", {"href", "title"}}, {"img", {"src", "alt", "title", "width", "height"}},
};
const QSet<QString> kDropped = {"script", "style", "noscript", "template", "object", "embed", "applet", "form", "input",
                                "button", "select", "textarea", "option", "svg", "math", "canvas", "head", "title", "meta",
                                "link", "base", "frame", "frameset", "param", "source", "track", "map", "area", "dialog"};
const QSet<QString> kVoid = {"br", "hr", "img"};

QString escapeText(const QString &s)
{
    // Most text has nothing to escape: share it instead of copying it character by character.
    if (std::none_of(s.begin(), s.end(), [](QChar c) { return c == u'&' || c == u'<' || c == u'>' || c == u'"'; }))
        return s;
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else if (c == QLatin1Char('"'))
            out += QLatin1String("&quot;");
        else
            out += c;
    }
    return out;
}

bool isScriptScheme(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(javascript|vbscript|data|file|livescript)\\s*:"), QRegularExpression::CaseInsensitiveOption);
    return re.match(url).hasMatch();
}

class Serializer {
public:
    explicit Serializer(const SanitizeOptions &options) : m_options(options) {}

    SanitizedHtml result;

    QString url(const QString &raw, bool image)
    {
        if (raw.trimmed().isEmpty())
            return {};
        if (m_options.mapUrl) {
            const QString mapped = m_options.mapUrl(raw.trimmed());
            return isScriptScheme(mapped) ? QString() : mapped;
        }
        if (isScriptScheme(raw))
            return {};
        const QString abs = resolveUrl(m_options.baseUrl, raw);
        const QString scheme = QUrl(abs).scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || (!image && scheme == QLatin1String("mailto")))
            return abs;
        return {};
    }

    void children(const xmlNode *n, int depth)
    {
        for (const xmlNode *c = n->children; c; c = c->next)
            node(c, depth + 1);
    }

    void node(const xmlNode *n, int depth)
    {
        if (depth > dom::kMaxDepth)
            return;
        if (dom::isText(n)) {
            result.html += escapeText(dom::textContent(n));
            return;
        }
        if (!dom::isElement(n))
            return;
        QString t = dom::tag(n);
        if (t == QLatin1String(kRelatedMarkerTag) || (t == QLatin1String("aside") && dom::hasClass(n, QStringLiteral("warta-related")))) {
            bool ok = false;
            const int index = dom::attr(n, "data-related").toInt(&ok);
            if (ok)
                result.html += QStringLiteral("<aside class=\"warta-related\" data-related=\"%1\"></aside>").arg(index);
            return;
        }
        if (kDropped.contains(t))
            return;
        if (t == QLatin1String("iframe") || t == QLatin1String("video") || t == QLatin1String("audio")) {
            // Embeds become plain links: no third-party frames in the reader.
            const QString src = url(dom::attr(n, "src"), false);
            if (!src.isEmpty())
                result.html += QStringLiteral("<p><a href=\"%1\">%1</a></p>").arg(escapeText(src));
            return;
        }
        if (t == QLatin1String("h1"))
            t = QStringLiteral("h2");
        if (t == QLatin1String("img")) {
            const QString src = url(imageSource(n), true);
            if (src.isEmpty())
                return;
            if (!result.imageUrls.contains(src))
                result.imageUrls.append(src);
            result.html += QStringLiteral("<img src=\"%1\"").arg(escapeText(src));
            for (const char *a : {"alt", "title", "width", "height"})
                if (dom::hasAttr(n, a))
                    result.html += QStringLiteral(" %1=\"%2\"").arg(QLatin1String(a), escapeText(dom::attr(n, a)));
            result.html += QLatin1Char('>');
            return;
        }
        const auto allowed = kAllowed.constFind(t);
        if (allowed == kAllowed.constEnd()) {
            children(n, depth);
            return;
        }
        result.html += QLatin1Char('<') + t;
        for (const QString &a : *allowed) {
            const QByteArray name = a.toLatin1();
            if (!dom::hasAttr(n, name.constData()))
                continue;
            QString value = dom::attr(n, name.constData());
            if (a == QLatin1String("href")) {
                value = url(value, false);
                if (value.isEmpty())
                    continue;
            }
            result.html += QStringLiteral(" %1=\"%2\"").arg(a, escapeText(value));
        }
        result.html += QLatin1Char('>');
        if (kVoid.contains(t))
            return;
        children(n, depth);
        result.html += QStringLiteral("</%1>").arg(t);
    }

private:
    const SanitizeOptions &m_options;
};

xmlNodePtr fragmentBody(const HtmlDocument &doc)
{
    return doc.body() ? doc.body() : doc.root();
}

} // namespace

QString imageSource(const xmlNode *img)
{
    for (const char *a : {"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url"}) {
        const QString v = dom::attr(img, a).trimmed();
        if (!v.isEmpty() && !v.startsWith(QLatin1String("data:")))
            return v;
    }
    const QString src = dom::attr(img, "src").trimmed();
    static const QRegularExpression placeholder(QStringLiteral("^data:|blank\\.(gif|png)|spacer|placeholder|1x1\\.|lazy\\.(gif|png|svg)"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (!src.isEmpty() && !placeholder.match(src).hasMatch())
        return src;
    for (const char *a : {"data-srcset", "srcset"}) {
        // Largest candidate of a srcset ("url 320w, url 640w").
        const QStringList parts = dom::attr(img, a).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QString best;
        double bestSize = -1;
        for (const QString &part : parts) {
            const QStringList bits = part.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (bits.isEmpty() || bits[0].startsWith(QLatin1String("data:")))
                continue;
            const double size = bits.size() > 1 ? bits[1].chopped(1).toDouble() : 1;
            if (size > bestSize) {
                bestSize = size;
                best = bits[0];
            }
        }
        if (!best.isEmpty())
            return best;
    }
    return {};
}

SanitizedHtml serializeSanitized(const xmlNode *root, const SanitizeOptions &options)
{
    Serializer s(options);
    if (root)
        s.children(root, 0);
    return s.result;
}

QString sanitizeHtml(const QString &html, const QUrl &baseUrl)
{
    const HtmlDocument doc(QByteArray("<html><body>") + html.toUtf8());
    SanitizeOptions options;
    options.baseUrl = baseUrl;
    return serializeSanitized(fragmentBody(doc), options).html;
}

QString rewriteUrls(const QString &html, const std::function<QString(const QString &)> &map)
{
    const HtmlDocument doc(QByteArray("<html><body>") + html.toUtf8());
    SanitizeOptions options;
    options.mapUrl = map;
    return serializeSanitized(fragmentBody(doc), options).html;
}

} // namespace warta::content
