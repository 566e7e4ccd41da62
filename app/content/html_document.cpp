#include "content/html_document.h"

#include "core/text_utils.h"

#include <QStringList>

#include <algorithm>
#include <cstring>

namespace warta::content {

HtmlDocument::HtmlDocument(const QByteArray &utf8)
{
    // RECOVER: tag soup is the norm. HUGE lifts the 10 MB text-node and 256-level depth caps
    // (our own walkers cap depth instead); NONET: never fetch DTDs or entities.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
        | HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    const QByteArray input = utf8.isEmpty() ? QByteArray("<html><body></body></html>") : utf8;
    m_doc = htmlReadMemory(input.constData(), int(input.size()), nullptr, "UTF-8", options);
}

HtmlDocument::~HtmlDocument()
{
    if (m_doc)
        xmlFreeDoc(m_doc);
}

xmlNodePtr HtmlDocument::root() const
{
    return m_doc ? xmlDocGetRootElement(m_doc) : nullptr;
}

static xmlNodePtr childNamed(xmlNodePtr parent, const char *name)
{
    for (xmlNodePtr c = parent ? parent->children : nullptr; c; c = c->next)
        if (dom::is(c, name))
            return c;
    return nullptr;
}

xmlNodePtr HtmlDocument::body() const
{
    return childNamed(root(), "body");
}

xmlNodePtr HtmlDocument::head() const
{
    return childNamed(root(), "head");
}

namespace dom {

QString tag(const xmlNode *n)
{
    return isElement(n) ? QString::fromUtf8(reinterpret_cast<const char *>(n->name)) : QString();
}

bool is(const xmlNode *n, const char *tagName)
{
    return isElement(n) && std::strcmp(reinterpret_cast<const char *>(n->name), tagName) == 0;
}

QString attr(const xmlNode *n, const char *name)
{
    if (!isElement(n))
        return {};
    xmlChar *v = xmlGetProp(n, reinterpret_cast<const xmlChar *>(name));
    if (!v)
        return {};
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(v));
    xmlFree(v);
    return out;
}

bool hasAttr(const xmlNode *n, const char *name)
{
    return isElement(n) && xmlHasProp(n, reinterpret_cast<const xmlChar *>(name)) != nullptr;
}

void setAttr(xmlNode *n, const char *name, const QString &value)
{
    xmlSetProp(n, reinterpret_cast<const xmlChar *>(name),
               reinterpret_cast<const xmlChar *>(value.toUtf8().constData()));
}

QString classAndId(const xmlNode *n)
{
    return attr(n, "class") + QLatin1Char(' ') + attr(n, "id");
}

bool hasClass(const xmlNode *n, const QString &cls)
{
    const QStringList classes = attr(n, "class").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return classes.contains(cls, Qt::CaseInsensitive);
}

static void appendText(const xmlNode *n, QString &out, int depth)
{
    if (depth > kMaxDepth)
        return;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (isText(c))
            out += QString::fromUtf8(reinterpret_cast<const char *>(c->content));
        else if (isElement(c))
            appendText(c, out, depth + 1);
    }
}

QString textContent(const xmlNode *n)
{
    QString out;
    if (isText(n))
        return QString::fromUtf8(reinterpret_cast<const char *>(n->content));
    if (n)
        appendText(n, out, 0);
    return out;
}

QString innerText(const xmlNode *n)
{
    return collapseWhitespace(textContent(n));
}

// Same walk and depth cut as appendText.
static bool anyVisibleText(const xmlNode *n, int depth)
{
    if (depth > kMaxDepth)
        return false;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (isText(c)) {
            const QString text = QString::fromUtf8(reinterpret_cast<const char *>(c->content));
            if (std::any_of(text.begin(), text.end(), [](QChar ch) { return !ch.isSpace(); }))
                return true;
        } else if (isElement(c) && anyVisibleText(c, depth + 1)) {
            return true;
        }
    }
    return false;
}

bool hasVisibleText(const xmlNode *n)
{
    if (isText(n))
        return !textContent(n).trimmed().isEmpty();
    return n && anyVisibleText(n, 0);
}

std::vector<xmlNodePtr> elementChildren(const xmlNode *n)
{
    std::vector<xmlNodePtr> out;
    for (xmlNodePtr c = n ? n->children : nullptr; c; c = c->next)
        if (isElement(c))
            out.push_back(c);
    return out;
}

static void collect(const xmlNode *n, const char *tagName, std::vector<xmlNodePtr> &out, int depth)
{
    if (depth > kMaxDepth)
        return;
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (!isElement(c))
            continue;
        if (!tagName || std::strcmp(reinterpret_cast<const char *>(c->name), tagName) == 0)
            out.push_back(c);
        collect(c, tagName, out, depth + 1);
    }
}

std::vector<xmlNodePtr> descendants(const xmlNode *n, const char *tagName)
{
    std::vector<xmlNodePtr> out;
    if (n)
        collect(n, tagName, out, 0);
    return out;
}

// Same walk and depth cut as collect.
static bool anyDescendant(const xmlNode *n, const char *tagName, int depth)
{
    if (depth > kMaxDepth)
        return false;
    for (const xmlNode *c = n->children; c; c = c->next)
        if (isElement(c)
            && (std::strcmp(reinterpret_cast<const char *>(c->name), tagName) == 0 || anyDescendant(c, tagName, depth + 1)))
            return true;
    return false;
}

bool hasDescendant(const xmlNode *n, const char *tagName)
{
    return n && anyDescendant(n, tagName, 0);
}

bool hasAncestor(const xmlNode *n, const char *tagName, int maxDepth)
{
    int depth = 0;
    for (const xmlNode *p = n ? n->parent : nullptr; p && isElement(p); p = p->parent) {
        if (maxDepth > 0 && depth >= maxDepth)
            return false;
        if (is(p, tagName))
            return true;
        ++depth;
    }
    return false;
}

void remove(xmlNode *n)
{
    if (!n)
        return;
    xmlUnlinkNode(n);
    xmlFreeNode(n);
}

void replace(xmlNode *old, xmlNode *replacement)
{
    xmlReplaceNode(old, replacement);
    xmlFreeNode(old);
}

xmlNodePtr createElement(xmlDocPtr doc, const char *tagName)
{
    return xmlNewDocNode(doc, nullptr, reinterpret_cast<const xmlChar *>(tagName), nullptr);
}

void rename(xmlNode *n, const char *tagName)
{
    xmlNodeSetName(n, reinterpret_cast<const xmlChar *>(tagName));
}

} // namespace dom
} // namespace warta::content
