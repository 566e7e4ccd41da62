#include "content/related_links.h"

#include "content/html_document.h"
#include "content/page_text.h"
#include "content/readability_scorer.h"
#include "content/text_index.h"

#include "core/text_utils.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace warta::content {
namespace {

using RX = QRegularExpression;
const RX kCue(QStringLiteral("^[\\(\\[]?\\s*((baca|lihat|simak)\\s+(juga|pula)|artikel\\s+terkait|read\\s+also|see\\s+also)\\s*[:\\-–—»]*\\s*"),
              RX::CaseInsensitiveOption);
const RX kBoxClass(QStringLiteral("baca-?juga|bacajuga|linksisip|lihatjg|lihat-juga|read__others|baca-inline|warp-baca-juga|artikel-terkait|inner-link-baca-juga"),
                   RX::CaseInsensitiveOption);
// Links that are never "another article": tag pages, authors, share buttons, anchors.
const RX kNotArticle(QStringLiteral("/(tag|tags|topik|topic|author|penulis|editor|search)/|^(javascript|mailto|whatsapp|tel):|sharer|intent/tweet"),
                     RX::CaseInsensitiveOption);
const QSet<QString> kCandidates = {"p", "div", "table", "span", "li", "ul", "section", "aside", "strong", "b", "blockquote", "dl", "em", "i", "center"};

struct Block {
    bool matches = false;
    QVector<warta::RelatedLink> links;
};

// What every candidate is checked against: the text index, and whether the page has a cue
// or a box class anywhere at all (if not, no element needs to be tested for it).
struct PageFacts {
    const TextIndex &lengths;
    bool anyCue = true;
    bool anyBoxClass = true;
};

Block examine(const xmlNode *n, const QUrl &base, const PageFacts &page)
{
    Block block;
    // Length first: most candidates are large containers whose text is never needed.
    const qsizetype length = page.lengths.innerLength(n);
    if (length == 0 || length > 700)
        return block;
    const bool boxClass = page.anyBoxClass && kBoxClass.match(dom::classAndId(n)).hasMatch();
    if (!page.anyCue && !boxClass)
        return block;
    const QString text = dom::innerText(n);
    const auto cue = page.anyCue ? kCue.match(text) : QRegularExpressionMatch();
    if (!cue.hasMatch() && !boxClass)
        return block;
    QString rest = cue.hasMatch() ? text.mid(cue.capturedLength()) : text;
    static const RX trailing(QStringLiteral("[\\s\\)\\]\\.:;,»]+$"));
    rest.remove(trailing);
    if (rest.isEmpty())
        return block;
    int linkChars = 0;
    for (const xmlNode *a : dom::descendants(n, "a")) {
        const QString href = dom::attr(a, "href").trimmed();
        const QString anchor = dom::innerText(a);
        if (href.isEmpty() || href.startsWith(QLatin1Char('#')) || anchor.isEmpty() || kNotArticle.match(href).hasMatch())
            continue;
        linkChars += anchor.size();
        block.links.append({anchor, resolveUrl(base, href), 0, 0});
    }
    // Mostly links: the cue plus anchor text (and a few separators) make up the block.
    block.matches = !block.links.isEmpty() && linkChars >= 0.7 * rest.size();
    return block;
}

// Pre-order, and a replaced block is not entered: every element examined still has the
// subtree it had when `page` was built.
void walk(xmlNode *n, xmlDocPtr doc, const QUrl &base, const PageFacts &page, QVector<QVector<warta::RelatedLink>> &out,
          int depth)
{
    if (depth > dom::kMaxDepth)
        return;
    for (xmlNodePtr c = n->children; c;) {
        xmlNodePtr next = c->next;
        if (dom::isElement(c) && !dom::is(c, "a") && !dom::is(c, "script") && !dom::is(c, "style")) {
            Block block = kCandidates.contains(dom::tag(c)) ? examine(c, base, page) : Block{};
            if (block.matches) {
                xmlNodePtr marker = dom::createElement(doc, kRelatedMarkerTag);
                dom::setAttr(marker, "data-block", QString::number(out.size()));
                out.append(block.links);
                dom::replace(c, marker);
            } else {
                walk(c, doc, base, page, out, depth + 1);
            }
        }
        c = next;
    }
}

} // namespace

QString resolveUrl(const QUrl &base, const QString &href)
{
    QString h = href.trimmed();
    if (h.startsWith(QLatin1String("//")))
        h.prepend(QLatin1String("https:"));
    const QUrl resolved = base.resolved(QUrl(h));
    return resolved.toString(QUrl::FullyEncoded);
}

QVector<QVector<warta::RelatedLink>> markRelatedBlocks(xmlNode *root, xmlDocPtr doc, const QUrl &baseUrl,
                                                      const BodyFacts *facts)
{
    QVector<QVector<warta::RelatedLink>> out;
    if (!root)
        return out;
    // kCue without its anchor and optional bracket, spaces as PageText needs them.
    static const RX cueGate = pageGate(QStringLiteral("(?:baca|lihat|simak) (?:juga|pula)|artikel terkait|read also|see also"));
    std::optional<BodyFacts> own;
    if (!facts)
        facts = &own.emplace(root);
    const PageText &text = facts->text;
    const PageFacts page{facts->lengths, !text.usable || cueGate.match(text.text).hasMatch(),
                         !text.usable || kBoxClass.match(text.classesAndIds).hasMatch()};
    walk(root, doc, baseUrl, page, out, 0);
    return out;
}

} // namespace warta::content
