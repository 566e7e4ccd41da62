#include "content/text_collector.h"

#include "content/boilerplate_filter.h"
#include "content/html_document.h"
#include "content/readability_scorer.h"

#include "core/text_utils.h"

#include <QSet>

namespace warta::content {
namespace {

const QSet<QString> kBlocks = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "table",
                               "tr", "td", "th", "section", "article", "figure", "header", "footer", "dl", "dt", "dd", "main",
                               "aside", "hr", "address", "center", "form", "nav", "caption", "tbody", "thead", "details", "summary"};
const QSet<QString> kSkipped = {"script", "style", "noscript", "template", "figcaption", "button", "select", "textarea", "svg"};

// A box holding an image plus a line of text (detik's pic_artikel_sisip, kompas' inline
// photo): the text is a caption, not running text.
bool isPictureBox(const xmlNode *n, const QString &t)
{
    static const QSet<QString> boxes = {"div", "table", "figure", "center", "section"};
    if (!boxes.contains(t) || !dom::hasDescendant(n, "img"))
        return false;
    int textParagraphs = 0;
    for (const xmlNode *p : dom::descendants(n, "p"))
        textParagraphs += !dom::innerText(p).isEmpty();
    if (textParagraphs > 1)
        return false;
    return dom::innerText(n).size() < 250;
}

class Collector {
public:
    CollectedText result;

    void walk(const xmlNode *n, int depth)
    {
        if (depth > dom::kMaxDepth)
            return;
        for (const xmlNode *c = n->children; c; c = c->next) {
            if (dom::isText(c)) {
                m_current += QString::fromUtf8(reinterpret_cast<const char *>(c->content));
                continue;
            }
            if (!dom::isElement(c))
                continue;
            if (dom::is(c, kRelatedMarkerTag)) {
                flush();
                result.markers.append({const_cast<xmlNodePtr>(c), int(result.paragraphs.size())});
                continue;
            }
            const QString t = dom::tag(c);
            if (kSkipped.contains(t) || isCaptionElement(c) || isPictureBox(c, t))
                continue;
            if (t == QLatin1String("br")) {
                m_current += QLatin1Char(' ');
                continue;
            }
            const bool block = kBlocks.contains(t);
            if (block)
                flush();
            walk(c, depth + 1);
            if (block)
                flush();
            else if (t == QLatin1String("img") || t == QLatin1String("td"))
                m_current += QLatin1Char(' ');
        }
    }

    void flush()
    {
        const QString text = collapseWhitespace(m_current);
        m_current.clear();
        if (!text.isEmpty() && !isBoilerplateParagraph(text))
            result.paragraphs.append(text);
    }

private:
    QString m_current;
};

} // namespace

CollectedText collectText(const xmlNode *article)
{
    Collector c;
    if (article)
        c.walk(article, 0);
    c.flush();
    return c.result;
}

} // namespace warta::content
