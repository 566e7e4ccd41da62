#include "content/page_text.h"

#include "content/html_document.h"

#include <QByteArray>

namespace warta::content {

static bool isScriptOrStyle(const xmlNode *n)
{
    return dom::is(n, "script") || dom::is(n, "style");
}

// dom::attr's value as UTF-8; no copy when it is a single text node (as the HTML parser
// makes them).
static void appendAttr(const xmlNode *n, const char *name, QByteArray &out)
{
    const xmlAttr *a = xmlHasProp(n, reinterpret_cast<const xmlChar *>(name));
    if (!a)
        return;
    if (a->type == XML_ATTRIBUTE_NODE && a->children && !a->children->next && a->children->type == XML_TEXT_NODE) {
        out += reinterpret_cast<const char *>(a->children->content);
    } else if (xmlChar *v = xmlGetProp(n, reinterpret_cast<const xmlChar *>(name))) {
        out += reinterpret_cast<const char *>(v);
        xmlFree(v);
    }
}

static void appendClassAndId(const xmlNode *n, QByteArray &out)
{
    appendAttr(n, "class", out);
    out += ' ';
    appendAttr(n, "id", out);
    out += '\n';
}

PageText pageText(const xmlNode *root)
{
    PageText out;
    if (!dom::isElement(root))
        return out;
    // Well inside every walker's kMaxDepth cut, whatever element it starts from.
    constexpr int kSafeDepth = dom::kMaxDepth / 2;
    // Collected as UTF-8 and decoded once: the text nodes are valid UTF-8, so this equals
    // decoding node by node.
    QByteArray text, outside, attributes;
    appendClassAndId(root, attributes);
    int depth = 0;
    int scriptDepth = 0; // > 0 while inside script/style: the depth of its children
    const xmlNode *n = root->children;
    while (n) {
        if (dom::isText(n) && n->content) {
            const char *content = reinterpret_cast<const char *>(n->content);
            text += content;
            if (scriptDepth == 0)
                outside += content;
        } else if (dom::isElement(n)) {
            appendClassAndId(n, attributes);
            if (n->children) {
                if (scriptDepth > 0 || depth + 1 > kSafeDepth)
                    return out; // elements inside script/style, or too deep: not usable
                if (isScriptOrStyle(n))
                    scriptDepth = depth + 1;
                ++depth;
                n = n->children;
                continue;
            }
        }
        // Next in document order: the next sibling, or the nearest ancestor's next sibling.
        while (n && !n->next) {
            n = n->parent;
            if (n == root) {
                n = nullptr;
                break;
            }
            if (scriptDepth == depth)
                scriptDepth = 0;
            --depth;
        }
        if (n)
            n = n->next;
    }
    out.text = QString::fromUtf8(text);
    out.textOutsideScripts = QString::fromUtf8(outside);
    out.classesAndIds = QString::fromUtf8(attributes);
    out.usable = true;
    return out;
}

QRegularExpression pageGate(QString pattern)
{
    const QString space = QStringLiteral("[\\s\\x{A0}\\x{200B}]");
    pattern.replace(QLatin1String("\\s*"), space + QLatin1Char('*')).replace(QLatin1String(" "), space + QLatin1Char('+'));
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

} // namespace warta::content
