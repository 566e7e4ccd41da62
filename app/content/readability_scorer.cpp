#include "content/readability_scorer.h"

#include "content/text_index.h"

#include "core/text_utils.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <unordered_map>
#include <unordered_set>

// A port of the core of Mozilla Readability (grabArticle + prepArticle): the readability
// test corpus is its output, so staying close to its rules is what makes our text match.
// Differences on purpose: related-link markers are never removed, and the content
// containers outlets name themselves get a bonus so odd templates still resolve.

namespace warta::content {
namespace {

using RX = QRegularExpression;
const RX kUnlikely(QStringLiteral("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"), RX::CaseInsensitiveOption);
const RX kMaybe(QStringLiteral("and|article|body|column|content|main|mathjax|shadow"), RX::CaseInsensitiveOption);
const RX kPositive(QStringLiteral("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"), RX::CaseInsensitiveOption);
const RX kNegative(QStringLiteral("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget"), RX::CaseInsensitiveOption);
const RX kByline(QStringLiteral("byline|author|dateline|writtenby|p-author"), RX::CaseInsensitiveOption);
const RX kShare(QStringLiteral("(\\b|_)(share|sharedaddy)(\\b|_)"), RX::CaseInsensitiveOption);
// Body containers of common CMSs and Indonesian outlets: a hint, not a requirement.
const RX kContentHint(QStringLiteral("(^|\\s)(read__content|detail__body-text|itp_bodycontent|post-content|entry-content|article-content|article__content|article-body|article__body|content-body|story-body|txt-article|detail-text|side-article)(\\s|$)"), RX::CaseInsensitiveOption);
const RX kSentenceEnd(QStringLiteral("\\.( |$)"));

const QSet<QString> kTagsToScore = {"section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"};
const QSet<QString> kDivToPElems = {"blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"};
const QSet<QString> kUnlikelyRoles = {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"};
const QSet<QString> kPhrasing = {"abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr"};
const QSet<QString> kAlterToDivExceptions = {"div", "article", "section", "p", "ol", "ul"};

// Readability's comma class (Latin, Arabic, small, vertical, ideographic, fullwidth and
// other commas); a plain loop, as QString::count with a regex costs a match object per hit.
qsizetype countCommas(const QString &text)
{
    return std::count_if(text.begin(), text.end(), [](QChar c) {
        switch (c.unicode()) {
        case 0x002C: case 0x060C: case 0xFE50: case 0xFE10: case 0xFE11: case 0x2E41: case 0x2E34: case 0x2E32: case 0xFF0C:
            return true;
        default:
            return false;
        }
    });
}

// What cleanConditionally needs to know about one node's descendants, in one walk instead
// of one dom::descendants() per tag (same depth cut, same document order).
struct DescendantCounts {
    int p = 0, img = 0, li = 0, input = 0, embeds = 0;
    std::vector<const xmlNode *> lists;    ///< ul and ol
    std::vector<const xmlNode *> headings; ///< h1–h6
};

// Summed innerText lengths; integers, so the order of adding them does not matter.
qsizetype totalTextLength(const std::vector<const xmlNode *> &nodes)
{
    qsizetype total = 0;
    for (const xmlNode *n : nodes)
        total += TextIndex::measure(n).length;
    return total;
}

void countDescendants(const xmlNode *n, DescendantCounts &out, int depth)
{
    if (depth > dom::kMaxDepth)
        return;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (!dom::isElement(c))
            continue;
        const char *t = reinterpret_cast<const char *>(c->name);
        if (!std::strcmp(t, "p"))
            ++out.p;
        else if (!std::strcmp(t, "img"))
            ++out.img;
        else if (!std::strcmp(t, "li"))
            ++out.li;
        else if (!std::strcmp(t, "input"))
            ++out.input;
        else if (!std::strcmp(t, "object") || !std::strcmp(t, "embed") || !std::strcmp(t, "iframe"))
            ++out.embeds;
        else if (!std::strcmp(t, "ul") || !std::strcmp(t, "ol"))
            out.lists.push_back(c);
        else if (t[0] == 'h' && t[1] >= '1' && t[1] <= '6' && t[2] == '\0')
            out.headings.push_back(c);
        countDescendants(c, out, depth + 1);
    }
}

// dom::attr(a, "href").startsWith('#'), without copying the value: '#' is one byte in
// UTF-8, so the first byte decides.
bool hrefIsFragment(const xmlNode *a)
{
    const xmlAttr *href = xmlHasProp(a, reinterpret_cast<const xmlChar *>("href"));
    if (href && href->type == XML_ATTRIBUTE_NODE && href->children && !href->children->next && href->children->type == XML_TEXT_NODE)
        return href->children->content && href->children->content[0] == '#';
    return dom::attr(a, "href").startsWith(QLatin1Char('#'));
}

bool isWhitespaceNode(const xmlNode *n)
{
    return (dom::isText(n) && dom::textContent(n).trimmed().isEmpty()) || dom::is(n, "br");
}

bool isPhrasing(const xmlNode *n, int depth = 0)
{
    if (dom::isText(n))
        return true;
    if (!dom::isElement(n) || depth > dom::kMaxDepth)
        return false;
    const QString t = dom::tag(n);
    if (kPhrasing.contains(t))
        return true;
    if (t == QLatin1String("a") || t == QLatin1String("del") || t == QLatin1String("ins")) {
        for (const xmlNode *c = n->children; c; c = c->next)
            if ((dom::isElement(c) || dom::isText(c)) && !isPhrasing(c, depth + 1))
                return false;
        return true;
    }
    return false;
}

bool containsMarker(const xmlNode *n)
{
    if (dom::is(n, kRelatedMarkerTag))
        return true;
    return dom::hasDescendant(n, kRelatedMarkerTag);
}

xmlNodePtr nextElement(xmlNodePtr n, bool ignoreSelfAndKids)
{
    if (!ignoreSelfAndKids)
        for (xmlNodePtr c = n->children; c; c = c->next)
            if (dom::isElement(c))
                return c;
    while (n) {
        for (xmlNodePtr s = n->next; s; s = s->next)
            if (dom::isElement(s))
                return s;
        n = dom::isElement(n->parent) ? n->parent : nullptr;
    }
    return nullptr;
}

class Grabber {
public:
    Grabber(HtmlDocument &doc, QString title, ScoringFlags flags)
        : m_doc(doc), m_title(std::move(title)), m_flags(flags) {}

    xmlNodePtr run();

private:
    double classWeight(const xmlNode *n) const;
    void initialize(xmlNode *n);
    double linkDensity(const xmlNode *n) const;
    qsizetype textLength(const xmlNode *n) const;
    bool isProbablyVisible(const xmlNode *n) const;
    bool hasMarker(const xmlNode *n) const;
    bool isWithoutContent(const xmlNode *n) const;
    bool hasChildBlock(const xmlNode *n, int depth = 0) const;
    bool headerDuplicatesTitle(const xmlNode *n) const;
    xmlNodePtr removeAndNext(xmlNodePtr n);
    void prepArticle(xmlNode *article);
    void cleanTag(xmlNode *article, const char *tag);
    void cleanConditionally(xmlNode *article, const char *tag);
    bool isDataTable(const xmlNode *table) const;

    HtmlDocument &m_doc;
    QString m_title;
    ScoringFlags m_flags;
    std::unordered_map<const xmlNode *, double> m_score;
    // Text lengths for the scoring phase, which reads the tree without changing it; empty
    // while the tree is being rewritten (before scoring, and from prepArticle on).
    std::optional<TextIndex> m_lengths;
    bool m_bylineSeen = false;
    // Markers are only created before grabbing; without any, no subtree can hold one.
    bool m_anyMarker = true;
};

double Grabber::classWeight(const xmlNode *n) const
{
    if (!m_flags.weightClasses)
        return 0;
    double weight = 0;
    for (const char *name : {"class", "id"}) {
        const QString v = dom::attr(n, name);
        if (v.isEmpty())
            continue;
        if (kNegative.match(v).hasMatch())
            weight -= 25;
        if (kPositive.match(v).hasMatch())
            weight += 25;
    }
    if (kContentHint.match(dom::attr(n, "class")).hasMatch()
        || dom::attr(n, "itemprop").contains(QLatin1String("articleBody")))
        weight += 30;
    return weight;
}

void Grabber::initialize(xmlNode *n)
{
    double score = 0;
    const QString t = dom::tag(n);
    if (t == QLatin1String("div"))
        score = 5;
    else if (t == QLatin1String("pre") || t == QLatin1String("td") || t == QLatin1String("blockquote"))
        score = 3;
    else if (t == QLatin1String("address") || t == QLatin1String("ol") || t == QLatin1String("ul") || t == QLatin1String("dl")
             || t == QLatin1String("dd") || t == QLatin1String("dt") || t == QLatin1String("li") || t == QLatin1String("form"))
        score = -3;
    else if (t == QLatin1String("h1") || t == QLatin1String("h2") || t == QLatin1String("h3") || t == QLatin1String("h4")
             || t == QLatin1String("h5") || t == QLatin1String("h6") || t == QLatin1String("th"))
        score = -5;
    m_score[n] = score + classWeight(n);
}

bool Grabber::hasMarker(const xmlNode *n) const
{
    return m_anyMarker && containsMarker(n);
}

qsizetype Grabber::textLength(const xmlNode *n) const
{
    return m_lengths ? m_lengths->innerLength(n) : dom::innerText(n).size();
}

double Grabber::linkDensity(const xmlNode *n) const
{
    const double length = textLength(n);
    if (length == 0)
        return 0;
    double linkLength = 0;
    // Same summation order as before, so the floating-point result is bit-identical.
    for (const xmlNode *a : dom::descendants(n, "a")) {
        const double coefficient = hrefIsFragment(a) ? 0.3 : 1.0;
        linkLength += textLength(a) * coefficient;
    }
    return linkLength / length;
}

bool Grabber::isProbablyVisible(const xmlNode *n) const
{
    const QString style = dom::attr(n, "style").remove(QLatin1Char(' ')).toLower();
    if (style.contains(QLatin1String("display:none")) || style.contains(QLatin1String("visibility:hidden")))
        return false;
    if (dom::hasAttr(n, "hidden"))
        return false;
    return dom::attr(n, "aria-hidden") != QLatin1String("true")
        || dom::attr(n, "class").contains(QLatin1String("fallback-image"));
}

bool Grabber::isWithoutContent(const xmlNode *n) const
{
    if (dom::hasVisibleText(n) || hasMarker(n))
        return false;
    const auto kids = dom::elementChildren(n);
    return std::all_of(kids.begin(), kids.end(), [](const xmlNode *c) { return dom::is(c, "br") || dom::is(c, "hr"); });
}

bool Grabber::hasChildBlock(const xmlNode *n, int depth) const
{
    if (depth > dom::kMaxDepth)
        return false;
    for (const xmlNode *c = n->children; c; c = c->next)
        if (dom::isElement(c) && (kDivToPElems.contains(dom::tag(c)) || dom::is(c, kRelatedMarkerTag) || hasChildBlock(c, depth + 1)))
            return true;
    return false;
}

bool Grabber::headerDuplicatesTitle(const xmlNode *n) const
{
    if (!(dom::is(n, "h1") || dom::is(n, "h2")) || m_title.isEmpty())
        return false;
    // Readability's textSimilarity: share of the heading's tokens found in the title.
    static const RX nonWord(QStringLiteral("\\W+"));
    const QStringList a = m_title.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QStringList b = dom::innerText(n).toLower().split(nonWord, Qt::SkipEmptyParts);
    if (a.isEmpty() || b.isEmpty())
        return false;
    int uniqLength = 0, total = 0;
    for (const QString &tok : b) {
        total += tok.size();
        if (!a.contains(tok))
            uniqLength += tok.size();
    }
    const double distance = double(uniqLength + b.size() - 1) / double(total + b.size() - 1);
    return 1 - distance > 0.75;
}

xmlNodePtr Grabber::removeAndNext(xmlNodePtr n)
{
    xmlNodePtr next = nextElement(n, true);
    dom::remove(n);
    return next;
}

xmlNodePtr Grabber::run()
{
    xmlNodePtr body = m_doc.body();
    if (!body)
        return nullptr;
    // Whole tree, no depth cut: containsMarker looks 400 levels below any node.
    m_anyMarker = false;
    for (xmlNodePtr n = m_doc.root(); n && !m_anyMarker; n = nextElement(n, false))
        m_anyMarker = dom::is(n, kRelatedMarkerTag);
    std::vector<xmlNodePtr> toScore;
    xmlNodePtr node = m_doc.root();
    while (node) {
        if (dom::is(node, kRelatedMarkerTag)) {
            node = nextElement(node, true);
            continue;
        }
        const QString match = dom::classAndId(node);
        const QString t = dom::tag(node);
        if (!isProbablyVisible(node) && !hasMarker(node)) {
            node = removeAndNext(node);
            continue;
        }
        if (!m_bylineSeen && !hasMarker(node)
            && (dom::attr(node, "rel") == QLatin1String("author") || dom::attr(node, "itemprop").contains(QLatin1String("author"))
                || kByline.match(match).hasMatch())) {
            const int len = dom::innerText(node).size();
            if (len > 0 && len < 100) {
                m_bylineSeen = true;
                node = removeAndNext(node);
                continue;
            }
        }
        if (headerDuplicatesTitle(node)) {
            node = removeAndNext(node);
            continue;
        }
        if (m_flags.stripUnlikely && !hasMarker(node)) {
            if (kUnlikely.match(match).hasMatch() && !kMaybe.match(match).hasMatch() && !dom::hasAncestor(node, "table")
                && !dom::hasAncestor(node, "code") && t != QLatin1String("body") && t != QLatin1String("a")) {
                node = removeAndNext(node);
                continue;
            }
            if (kUnlikelyRoles.contains(dom::attr(node, "role"))) {
                node = removeAndNext(node);
                continue;
            }
        }
        if ((t == QLatin1String("div") || t == QLatin1String("section") || t == QLatin1String("header") || (t.size() == 2 && t[0] == QLatin1Char('h') && t[1].isDigit()))
            && isWithoutContent(node)) {
            node = removeAndNext(node);
            continue;
        }
        if (kTagsToScore.contains(t))
            toScore.push_back(node);
        if (t == QLatin1String("div")) {
            // Wrap runs of phrasing content in <p> so text sitting directly in a div is scored.
            xmlNodePtr p = nullptr;
            for (xmlNodePtr child = node->children; child;) {
                xmlNodePtr next = child->next;
                if (isPhrasing(child)) {
                    if (p) {
                        xmlUnlinkNode(child);
                        xmlAddChild(p, child);
                    } else if (!isWhitespaceNode(child)) {
                        p = dom::createElement(m_doc.doc(), "p");
                        xmlAddPrevSibling(child, p);
                        xmlUnlinkNode(child);
                        xmlAddChild(p, child);
                    }
                } else if (p) {
                    while (p->last && isWhitespaceNode(p->last))
                        dom::remove(p->last);
                    p = nullptr;
                }
                child = next;
            }
            const auto kids = dom::elementChildren(node);
            bool onlyTextIsP = kids.size() == 1 && dom::is(kids[0], "p");
            if (onlyTextIsP)
                for (xmlNodePtr c = node->children; c; c = c->next)
                    if (dom::isText(c) && !dom::textContent(c).trimmed().isEmpty())
                        onlyTextIsP = false;
            if (onlyTextIsP && linkDensity(node) < 0.25) {
                xmlNodePtr only = kids[0];
                xmlUnlinkNode(only);
                xmlReplaceNode(node, only);
                xmlFreeNode(node);
                node = only;
                toScore.push_back(node);
            } else if (!hasChildBlock(node)) {
                dom::rename(node, "p");
                toScore.push_back(node);
            }
        }
        node = nextElement(node, false);
    }

    // The tree stays as it is until the article is assembled: index its text once.
    m_lengths.emplace(m_doc.root());
    std::vector<xmlNodePtr> candidates;
    for (xmlNodePtr el : toScore) {
        if (!el->parent || !dom::isElement(el->parent))
            continue;
        if (textLength(el) < 25)
            continue;
        const QString text = dom::innerText(el);
        double score = 1 + (countCommas(text) + 1) + std::min(std::floor(text.size() / 100.0), 3.0);
        int level = 0;
        for (xmlNodePtr anc = el->parent; anc && dom::isElement(anc) && level < 5; anc = anc->parent, ++level) {
            if (!anc->parent || !dom::isElement(anc->parent))
                break;
            if (!m_score.count(anc)) {
                initialize(anc);
                candidates.push_back(anc);
            }
            const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            m_score[anc] += score / divider;
        }
    }
    std::vector<xmlNodePtr> top;
    for (xmlNodePtr c : candidates) {
        m_score[c] *= 1 - linkDensity(c);
        top.push_back(c);
    }
    std::stable_sort(top.begin(), top.end(), [this](xmlNodePtr a, xmlNodePtr b) { return m_score[a] > m_score[b]; });
    if (top.size() > 5)
        top.resize(5);

    xmlNodePtr topCandidate = top.empty() ? nullptr : top.front();
    if (!topCandidate || dom::is(topCandidate, "body")) {
        topCandidate = dom::createElement(m_doc.doc(), "div");
        for (xmlNodePtr c = body->children; c;) {
            xmlNodePtr next = c->next;
            xmlUnlinkNode(c);
            xmlAddChild(topCandidate, c);
            c = next;
        }
        xmlAddChild(body, topCandidate);
        initialize(topCandidate);
    } else {
        std::vector<std::vector<xmlNodePtr>> alternatives;
        for (size_t i = 1; i < top.size(); ++i) {
            if (m_score[top[i]] / m_score[topCandidate] >= 0.75) {
                std::vector<xmlNodePtr> ancestors;
                for (xmlNodePtr a = top[i]->parent; a && dom::isElement(a); a = a->parent)
                    ancestors.push_back(a);
                alternatives.push_back(std::move(ancestors));
            }
        }
        if (alternatives.size() >= 3) {
            for (xmlNodePtr p = topCandidate->parent; p && dom::isElement(p) && !dom::is(p, "body"); p = p->parent) {
                int lists = 0;
                for (const auto &list : alternatives)
                    lists += std::find(list.begin(), list.end(), p) != list.end();
                if (lists >= 3) {
                    topCandidate = p;
                    break;
                }
            }
        }
        if (!m_score.count(topCandidate))
            initialize(topCandidate);
        double lastScore = m_score[topCandidate];
        const double threshold = lastScore / 3;
        for (xmlNodePtr p = topCandidate->parent; p && dom::isElement(p) && !dom::is(p, "body"); p = p->parent) {
            if (!m_score.count(p))
                continue;
            const double parentScore = m_score[p];
            if (parentScore < threshold)
                break;
            if (parentScore > lastScore) {
                topCandidate = p;
                break;
            }
            lastScore = parentScore;
        }
        for (xmlNodePtr p = topCandidate->parent; p && dom::isElement(p) && !dom::is(p, "body") && dom::isElement(p->parent)
             && dom::elementChildren(p).size() == 1;
             p = p->parent)
            topCandidate = p;
        if (!m_score.count(topCandidate))
            initialize(topCandidate);
    }

    xmlNodePtr article = dom::createElement(m_doc.doc(), "div");
    const double topScore = m_score[topCandidate];
    const double siblingThreshold = std::max(10.0, topScore * 0.2);
    const QString topClass = dom::attr(topCandidate, "class");
    xmlNodePtr parent = topCandidate->parent;
    const std::vector<xmlNodePtr> siblings = parent ? dom::elementChildren(parent) : std::vector<xmlNodePtr>{topCandidate};
    for (xmlNodePtr s : siblings) {
        bool append = s == topCandidate;
        if (!append) {
            const double bonus = (!topClass.isEmpty() && dom::attr(s, "class") == topClass) ? topScore * 0.2 : 0;
            if (m_score.count(s) && m_score[s] + bonus >= siblingThreshold) {
                append = true;
            } else if (dom::is(s, "p")) {
                const double ld = linkDensity(s);
                const QString content = dom::innerText(s);
                if (content.size() > 80 && ld < 0.25)
                    append = true;
                else if (content.size() < 80 && content.size() > 0 && ld == 0 && content.contains(kSentenceEnd))
                    append = true;
            } else if (dom::is(s, kRelatedMarkerTag) || (hasMarker(s) && dom::innerText(s).isEmpty())) {
                append = true;
            }
        }
        if (append) {
            if (!kAlterToDivExceptions.contains(dom::tag(s)) && !dom::is(s, kRelatedMarkerTag))
                dom::rename(s, "div");
            xmlUnlinkNode(s);
            xmlAddChild(article, s);
        }
    }
    xmlAddChild(m_doc.root(), article);
    m_lengths.reset(); // prepArticle removes nodes
    prepArticle(article);
    return article;
}

bool Grabber::isDataTable(const xmlNode *table) const
{
    if (dom::attr(table, "role") == QLatin1String("presentation") || dom::attr(table, "datatable") == QLatin1String("0"))
        return false;
    if (dom::hasAttr(table, "summary") || dom::hasDescendant(table, "caption"))
        return true;
    for (const char *t : {"col", "colgroup", "tfoot", "thead", "th"})
        if (dom::hasDescendant(table, t))
            return true;
    if (dom::hasDescendant(table, "table"))
        return false;
    const auto rows = dom::descendants(table, "tr");
    size_t columns = 0;
    for (const xmlNode *r : rows)
        columns = std::max(columns, dom::descendants(r, "td").size());
    return rows.size() >= 10 || columns > 4 || rows.size() * columns > 10;
}

// Removes nodes from a document-order list, last first: a node's descendants come after
// it, so they are gone before their ancestor frees them.
template <typename Pred>
void removeWhere(const std::vector<xmlNodePtr> &nodes, Pred pred)
{
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
        if (pred(*it))
            dom::remove(*it);
}

void Grabber::cleanTag(xmlNode *article, const char *tag)
{
    removeWhere(dom::descendants(article, tag), [this](xmlNodePtr n) { return !hasMarker(n); });
}

void Grabber::cleanConditionally(xmlNode *article, const char *tag)
{
    if (!m_flags.cleanConditionally)
        return;
    const bool tagIsList = !std::strcmp(tag, "ul") || !std::strcmp(tag, "ol");
    auto nodes = dom::descendants(article, tag);
    // Bottom-up so that inner nodes are judged before the containers holding them.
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
        xmlNodePtr node = *it;
        if (hasMarker(node) && TextIndex::measure(node).length < 25)
            continue;
        if (dom::is(node, "table") && isDataTable(node))
            continue;
        bool inDataTable = false;
        for (const xmlNode *p = node->parent; p && dom::isElement(p); p = p->parent)
            if (dom::is(p, "table") && isDataTable(p))
                inDataTable = true;
        if (inDataTable || dom::hasAncestor(node, "code"))
            continue;
        // The tree changes as nodes go, so lengths are measured (not indexed) node by node.
        const TextIndex::Measure text = TextIndex::measure(node);
        DescendantCounts counts;
        countDescendants(node, counts, 0);
        bool isList = tagIsList;
        if (!isList && text.length != 0)
            isList = double(totalTextLength(counts.lists)) / text.length > 0.9;
        const double weight = classWeight(node);
        bool removeIt = weight < 0;
        if (!removeIt && text.commas < 10) {
            const double p = counts.p;
            const double img = counts.img;
            const double li = double(counts.li) - 100;
            const double input = counts.input;
            const double headingDensity = text.length == 0 ? 0 : double(totalTextLength(counts.headings)) / text.length;
            const double embeds = counts.embeds;
            const double ld = linkDensity(node);
            const int length = int(text.length);
            const bool inFigure = dom::hasAncestor(node, "figure");
            removeIt = (img > 1 && p / img < 0.5 && !inFigure) || (!isList && li > p) || (input > std::floor(p / 3))
                || (!isList && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && !inFigure)
                || (!isList && weight < 25 && ld > 0.2) || (weight >= 25 && ld > 0.5)
                || (embeds == 1 && length < 75) || embeds > 1;
            if (isList && removeIt) {
                // A list of images (a gallery) stays.
                const auto items = dom::elementChildren(node);
                bool allSingle = std::all_of(items.begin(), items.end(), [](const xmlNode *c) { return dom::elementChildren(c).size() <= 1; });
                if (allSingle && double(items.size()) == img)
                    removeIt = false;
            }
        }
        if (removeIt) {
            if (hasMarker(node)) {
                // Keep the related-link placeholders even when their container goes.
                for (xmlNodePtr m : dom::descendants(node, kRelatedMarkerTag)) {
                    xmlUnlinkNode(m);
                    xmlAddPrevSibling(node, m);
                }
            }
            dom::remove(node);
        }
    }
}

void Grabber::prepArticle(xmlNode *article)
{
    cleanConditionally(article, "form");
    cleanConditionally(article, "fieldset");
    for (const char *t : {"object", "embed", "footer", "link", "aside"})
        cleanTag(article, t);
    for (xmlNodePtr top : dom::elementChildren(article))
        removeWhere(dom::descendants(top), [this](xmlNodePtr n) {
            return kShare.match(dom::classAndId(n)).hasMatch() && dom::textContent(n).size() < 500 && !hasMarker(n);
        });
    for (const char *t : {"iframe", "input", "textarea", "select", "button"})
        cleanTag(article, t);
    for (const char *h : {"h1", "h2"})
        removeWhere(dom::descendants(article, h), [this](xmlNodePtr n) { return classWeight(n) < 0; });
    cleanConditionally(article, "table");
    cleanConditionally(article, "ul");
    cleanConditionally(article, "div");
    for (xmlNodePtr n : dom::descendants(article, "h1"))
        dom::rename(n, "h2");
    removeWhere(dom::descendants(article, "p"), [this](xmlNodePtr p) {
        return !hasMarker(p) && !dom::hasDescendant(p, "img") && !dom::hasDescendant(p, "iframe")
            && !dom::hasDescendant(p, "picture") && !dom::hasVisibleText(p);
    });
}

} // namespace

void prepareDocument(HtmlDocument &doc)
{
    xmlNodePtr root = doc.root();
    if (!root)
        return;
    for (const char *t : {"script", "noscript", "style", "template"})
        removeWhere(dom::descendants(root, t), [](xmlNodePtr) { return true; });
    for (xmlNodePtr n : dom::descendants(root, "font"))
        dom::rename(n, "span");
    // <br><br> runs become paragraph boundaries, as Readability's _replaceBrs does.
    std::unordered_set<const xmlNode *> freed;
    for (xmlNodePtr br : dom::descendants(root, "br")) {
        if (freed.count(br))
            continue;
        bool replaced = false;
        xmlNodePtr next = br->next;
        while (next && (isWhitespaceNode(next))) {
            if (dom::is(next, "br")) {
                xmlNodePtr after = next->next;
                freed.insert(next);
                dom::remove(next);
                replaced = true;
                next = after;
            } else {
                next = next->next;
            }
        }
        if (!replaced)
            continue;
        xmlNodePtr p = dom::createElement(doc.doc(), "p");
        xmlAddNextSibling(br, p);
        for (xmlNodePtr s = p->next; s;) {
            if (dom::is(s, "br")) {
                xmlNodePtr n2 = s->next;
                while (n2 && dom::isText(n2) && dom::textContent(n2).trimmed().isEmpty())
                    n2 = n2->next;
                if (dom::is(n2, "br"))
                    break;
            }
            if (!isPhrasing(s))
                break;
            xmlNodePtr after = s->next;
            xmlUnlinkNode(s);
            xmlAddChild(p, s);
            s = after;
        }
        // A trailing <br> freed here is still ahead in the list: remember it like the ones above.
        while (p->last && isWhitespaceNode(p->last)) {
            freed.insert(p->last);
            dom::remove(p->last);
        }
        xmlUnlinkNode(br);
        xmlFreeNode(br);
        if (dom::is(p->parent, "p"))
            dom::rename(p->parent, "div");
    }
}

xmlNodePtr grabArticle(HtmlDocument &doc, const QString &title, const ScoringFlags &flags)
{
    Grabber grabber(doc, title, flags);
    return grabber.run();
}

} // namespace warta::content
