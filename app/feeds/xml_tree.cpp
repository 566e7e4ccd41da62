#include "feeds/xml_tree.h"

#include "feeds/html_entities.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <functional>

namespace warta::feeds {

const XmlNode *XmlNode::child(const QString &wantNs, const QString &wantName) const
{
    for (const XmlNode &c : children) {
        if (!c.isText && c.ns == wantNs && c.name == wantName)
            return &c;
    }
    return nullptr;
}

std::vector<const XmlNode *> XmlNode::elements(const QString &wantNs, const QString &wantName) const
{
    std::vector<const XmlNode *> out;
    for (const XmlNode &c : children) {
        if (!c.isText && c.ns == wantNs && c.name == wantName)
            out.push_back(&c);
    }
    return out;
}

std::vector<const XmlNode *> XmlNode::elements() const
{
    std::vector<const XmlNode *> out;
    for (const XmlNode &c : children) {
        if (!c.isText)
            out.push_back(&c);
    }
    return out;
}

QString XmlNode::attr(const QString &key) const
{
    for (const auto &[k, v] : nsAttrs) {
        if (k == key)
            return v;
    }
    return {};
}

bool XmlNode::hasAttr(const QString &key) const
{
    for (const auto &kv : nsAttrs) {
        if (kv.first == key)
            return true;
    }
    return false;
}

// Both serialisers append into one buffer: building each level's string and copying it into
// its parent's was quadratic in the nesting depth (minutes for a hostile 1 MB feed).
static void appendTextContent(const XmlNode &node, QString &out)
{
    if (node.isText) {
        out += node.text;
        return;
    }
    for (const XmlNode &c : node.children)
        appendTextContent(c, out);
}

QString XmlNode::textContent() const
{
    if (isText)
        return text;
    QString out;
    appendTextContent(*this, out);
    return out;
}

static QString escapeXml(const QString &s, bool attribute)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else if (attribute && c == QLatin1Char('"'))
            out += QLatin1String("&quot;");
        else
            out += c;
    }
    return out;
}

static void appendInnerXml(const XmlNode &node, QString &out)
{
    static const QSet<QString> voidElements = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                               "link", "meta", "param", "source", "wbr"};
    for (const XmlNode &c : node.children) {
        if (c.isText) {
            out += escapeXml(c.text, false);
            continue;
        }
        out += QLatin1Char('<') + c.name;
        for (const auto &[k, v] : c.attrs)
            out += QLatin1Char(' ') + k + QLatin1String("=\"") + escapeXml(v, true) + QLatin1Char('"');
        if (c.children.empty() && voidElements.contains(c.name.toLower())) {
            out += QLatin1String(" />");
            continue;
        }
        out += QLatin1Char('>');
        appendInnerXml(c, out);
        out += QLatin1String("</") + c.name + QLatin1Char('>');
    }
}

QString XmlNode::innerXml() const
{
    QString out;
    appendInnerXml(*this, out);
    return out;
}

const XmlNode *XmlDocument::documentElement() const
{
    for (const XmlNode &c : root.children) {
        if (!c.isText)
            return &c;
    }
    return nullptr;
}

QString canonicalNamespace(const QString &uri)
{
    static const QHash<QString, QString> known = {
        {"http://www.w3.org/2005/atom", "atom"},
        {"http://purl.org/atom/ns#", "atom03"},
        {"http://purl.org/dc/elements/1.1", "dc"},
        {"http://purl.org/dc/terms", "dcterms"},
        {"http://purl.org/rss/1.0/modules/content", "content"},
        {"http://search.yahoo.com/mrss", "media"},
        {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf"},
        {"http://purl.org/rss/1.0", "rss10"},
        {"http://my.netscape.com/rdf/simple/0.9", "rss090"},
        {"http://backend.userland.com/rss2", ""},
        {"http://blogs.law.harvard.edu/tech/rss", ""},
        {"http://www.w3.org/1999/xhtml", "xhtml"},
        {"http://www.itunes.com/dtds/podcast-1.0.dtd", "itunes"},
        {"http://wellformedweb.org/commentapi", "wfw"},
        {"http://purl.org/rss/1.0/modules/slash", "slash"},
        {"http://www.w3.org/xml/1998/namespace", "xml"},
        {"http://purl.org/rss/1.0/modules/syndication", "sy"},
        {"http://webns.net/mvcb", "admin"},
    };
    QString key = uri.trimmed().toLower();
    while (key.endsWith(QLatin1Char('/')))
        key.chop(1);
    return known.value(key, uri);
}

QString resolveUrl(const QString &base, const QString &ref)
{
    const QString r = ref.trimmed();
    if (base.isEmpty())
        return r;
    // Every link of a document resolves against one or two bases: parse each base once.
    thread_local QString lastBase;
    thread_local QUrl lastBaseUrl;
    if (base != lastBase) {
        lastBaseUrl = QUrl(base);
        lastBase = base;
    }
    const QUrl &b = lastBaseUrl;
    if (!b.isValid() || b.isRelative())
        return r;
    const QUrl rel(r);
    if (!rel.isValid())
        return r;
    return b.resolved(rel).toString(QUrl::FullyEncoded);
}

namespace {

/// Escapes what XML would choke on but a browser would accept: undefined HTML entities
/// ("&nbsp;" becomes the character) and bare '&' ("?a=1&b=2"). CDATA, comments and the
/// DOCTYPE are left alone. Returns true if anything changed.
bool repairEntities(QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return false;
    static const QRegularExpression declared(QStringLiteral("<!ENTITY\\s+([A-Za-z_][\\w.-]*)"));
    QSet<QString> declaredNames;
    if (text.contains(QLatin1String("<!ENTITY"))) {
        for (auto it = declared.globalMatch(text); it.hasNext();)
            declaredNames.insert(it.next().captured(1));
    }
    static const QSet<QString> xmlNames = {"amp", "lt", "gt", "quot", "apos"};

    QString out;
    out.reserve(text.size() + 64);
    bool changed = false;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto skipTo = [&](const QString &end) {
        const qsizetype e = text.indexOf(end, i);
        const qsizetype stop = e < 0 ? n : e + end.size();
        out += QStringView(text).mid(i, stop - i);
        i = stop;
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('<')) {
            if (QStringView(text).mid(i, 9) == QLatin1String("<![CDATA[")) {
                skipTo(QStringLiteral("]]>"));
                continue;
            }
            if (QStringView(text).mid(i, 4) == QLatin1String("<!--")) {
                skipTo(QStringLiteral("-->"));
                continue;
            }
            if (QStringView(text).mid(i, 9) == QLatin1String("<!DOCTYPE")) {
                const qsizetype bracket = text.indexOf(QLatin1Char('['), i);
                const qsizetype gt = text.indexOf(QLatin1Char('>'), i);
                skipTo(bracket >= 0 && bracket < gt ? QStringLiteral("]>") : QStringLiteral(">"));
                continue;
            }
        }
        if (c != QLatin1Char('&')) {
            // Copy up to the next character that needs a look ('<' or '&') in one append.
            qsizetype j = i + 1;
            while (j < n && text.at(j) != QLatin1Char('<') && text.at(j) != QLatin1Char('&'))
                ++j;
            out += QStringView(text).mid(i, j - i);
            i = j;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && j - i < 40 && (text.at(j).isLetterOrNumber() || text.at(j) == QLatin1Char('#')
                                       || text.at(j) == QLatin1Char('_') || text.at(j) == QLatin1Char('.')
                                       || text.at(j) == QLatin1Char('-')))
            ++j;
        const QString name = text.mid(i + 1, j - i - 1);
        const bool terminated = j < n && text.at(j) == QLatin1Char(';');
        if (terminated && !name.isEmpty()) {
            const int numeric = name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X"))
                ? name.mid(2).toInt(nullptr, 16)
                : (name.startsWith(QLatin1Char('#')) ? name.mid(1).toInt() : 0);
            if (numeric >= 0x80 && numeric < 0xA0) {
                // &#146; means the windows-1252 character (a right quote), not a C1 control.
                static const char16_t kHigh[32] = {
                    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                    0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
                    0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178};
                out += QStringLiteral("&#x%1;").arg(int(kHigh[numeric - 0x80]), 0, 16).toUpper().replace(QLatin1String("&#X"), QLatin1String("&#x"));
            } else if (name.startsWith(QLatin1Char('#')) || xmlNames.contains(name) || declaredNames.contains(name)) {
                out += QStringView(text).mid(i, j + 1 - i);
            } else if (const int cp = htmlEntityCodePoint(name)) {
                out += QStringLiteral("&#%1;").arg(cp);
                changed = true;
            } else {
                out += QLatin1String("&amp;") + name + QLatin1Char(';');
                changed = true;
            }
            i = j + 1;
            continue;
        }
        out += QLatin1String("&amp;");
        changed = true;
        ++i;
    }
    if (changed)
        text = out;
    return changed;
}

} // namespace

/// How many characters the internal general entities declared in `text` would add when
/// expanded, saturating a little above `budget`. QXmlStreamReader caps one entity's expansion,
/// not the number of references, and builds a whole text token before we see it, so the
/// check has to come before parsing.
qsizetype entityExpansion(const QString &text, qsizetype budget)
{
    if (!text.contains(QLatin1String("<!ENTITY")))
        return 0;
    static const QRegularExpression decl(QStringLiteral(
        "<!ENTITY\\s+([A-Za-z_][\\w.-]*)\\s+(?:\"([^\"]*)\"|'([^']*)')"));
    static const QRegularExpression ref(QStringLiteral("&([A-Za-z_][\\w.-]*);"));
    QHash<QString, QString> values;
    for (auto it = decl.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        values.insert(m.captured(1), m.captured(2).isNull() ? m.captured(3) : m.captured(2));
    }
    if (values.isEmpty())
        return 0;
    const qsizetype cap = budget + 1;
    QHash<QString, qsizetype> length;
    std::function<qsizetype(const QString &, int)> expanded = [&](const QString &name, int depth) -> qsizetype {
        if (const auto known = length.constFind(name); known != length.cend())
            return *known;
        if (depth > 32)
            return cap; // deeper than any real document; the reader would refuse it anyway
        length.insert(name, 0); // a cycle counts as nothing (QXmlStreamReader rejects it)
        const QString &value = values.value(name);
        qsizetype total = value.size();
        for (auto it = ref.globalMatch(value); it.hasNext() && total < cap;) {
            const auto m = it.next();
            if (values.contains(m.captured(1)))
                total += expanded(m.captured(1), depth + 1) - m.capturedLength();
        }
        total = qMin(total, cap);
        length.insert(name, total);
        return total;
    };
    qsizetype total = 0;
    for (auto it = ref.globalMatch(text); it.hasNext() && total < cap;) {
        const auto m = it.next();
        if (values.contains(m.captured(1)))
            total += expanded(m.captured(1), 0);
    }
    return qMin(total, cap);
}

XmlDocument parseXml(const QString &input, const QUrl &baseUrl)
{
    XmlDocument doc;
    QString text = input;
    const bool repaired = repairEntities(text);
    if (entityExpansion(text, text.size() + kMaxEntityGrowth) > text.size() + kMaxEntityGrowth) {
        doc.wellFormed = false;
        doc.error = QStringLiteral("XML error: its entities would expand to more than %1 characters (refused)")
                        .arg(text.size() + kMaxEntityGrowth);
        return doc;
    }

    QXmlStreamReader reader(text);
    reader.setNamespaceProcessing(true);
    std::vector<XmlNode *> stack{&doc.root};
    // Entity expansion: QXmlStreamReader caps what one entity expands to, not how often it is
    // used, so 50,000 references to a 4,000-character entity made 200 million characters (800 MB)
    // of a 400 KB feed. Text and attribute values can only outgrow the document through
    // entities; allow a generous margin over the document's own size, then stop.
    const qsizetype textBudget = text.size() + kMaxEntityGrowth;
    qsizetype textSeen = 0;
    auto overBudget = [&](qsizetype more) {
        textSeen += more;
        if (textSeen <= textBudget)
            return false;
        reader.raiseError(QStringLiteral("entities expand to more than %1 characters").arg(textBudget));
        return true;
    };
    doc.root.base = baseUrl.toString(QUrl::FullyEncoded);
    // A document uses a handful of namespaces on thousands of elements and attributes.
    std::vector<std::pair<QString, QString>> knownNamespaces;
    const auto namespaceKey = [&knownNamespaces](QStringView uri) -> QString {
        for (const auto &[seen, key] : knownNamespaces) {
            if (seen == uri)
                return key;
        }
        knownNamespaces.emplace_back(uri.toString(), canonicalNamespace(uri.toString()));
        return knownNamespaces.back().second;
    };
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        XmlNode *top = stack.back();
        if (token == QXmlStreamReader::StartElement) {
            // The tree and everything that walks it recurse once per level: a hostile feed
            // nested a million levels deep would exhaust the stack. Real feeds, XHTML content
            // included, stay far below this; deeper input ends like an XML error.
            if (stack.size() > kMaxXmlDepth) {
                reader.raiseError(QStringLiteral("elements nested deeper than %1 levels").arg(kMaxXmlDepth));
                break;
            }
            qsizetype attrChars = 0;
            for (const QXmlStreamAttribute &a : reader.attributes())
                attrChars += a.value().size();
            if (overBudget(attrChars))
                break;
            XmlNode node;
            node.ns = namespaceKey(reader.namespaceUri());
            node.name = reader.name().toString();
            node.prefix = reader.prefix().toString();
            node.base = top->base;
            node.lang = top->lang;
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                const QString ans = namespaceKey(a.namespaceUri());
                const QString local = a.name().toString();
                node.attrs.append({a.qualifiedName().toString(), a.value().toString()});
                node.nsAttrs.append({ans.isEmpty() ? local : ans + QLatin1Char(':') + local, a.value().toString()});
                if (ans == QLatin1String("xml") && local == QLatin1String("base"))
                    node.base = resolveUrl(top->base, a.value().toString());
                else if (ans == QLatin1String("xml") && local == QLatin1String("lang"))
                    node.lang = a.value().toString();
            }
            top->children.push_back(std::move(node));
            stack.push_back(&top->children.back());
        } else if (token == QXmlStreamReader::EndElement) {
            top->closed = true;
            stack.pop_back();
        } else if (token == QXmlStreamReader::Characters) {
            if (overBudget(reader.text().size()))
                break;
            if (!top->children.empty() && top->children.back().isText) {
                top->children.back().text += reader.text();
            } else {
                XmlNode t;
                t.isText = true;
                t.text = reader.text().toString();
                top->children.push_back(std::move(t));
            }
        } else if (token == QXmlStreamReader::EntityReference) {
            // Undeclared entity inside a document with an external DTD: keep it visible.
            XmlNode t;
            t.isText = true;
            t.text = QLatin1Char('&') + reader.name().toString() + QLatin1Char(';');
            top->children.push_back(std::move(t));
        }
    }
    if (reader.hasError()) {
        doc.wellFormed = false;
        doc.error = QStringLiteral("XML error at line %1, column %2: %3")
                        .arg(reader.lineNumber())
                        .arg(reader.columnNumber())
                        .arg(reader.errorString());
    } else if (repaired) {
        doc.wellFormed = false;
        doc.error = QStringLiteral("undefined entity or unescaped '&' (repaired)");
    }
    return doc;
}

} // namespace warta::feeds
