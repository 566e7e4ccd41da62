// Atom 1.0 (RFC 4287) and the pre-standard Atom 0.3 it replaced.
#include "feeds/feed_formats.h"
#include "feeds/feed_helpers.h"

#include <QByteArray>

namespace warta::feeds {
namespace {

struct Ns {
    QString atom; // "atom" or "atom03"
    bool v03 = false;
};

/// Atom text construct: type text/html/xhtml (1.0) or a MIME type with mode xml/escaped/base64 (0.3).
TextDetail textConstruct(const XmlNode &node, const Ns &ns)
{
    TextDetail d;
    d.language = node.lang;
    d.base = node.base;
    QString type = node.attr(QStringLiteral("type")).trimmed().toLower();
    const QString mode = node.attr(QStringLiteral("mode")).trimmed().toLower();
    if (type.isEmpty() || type == QLatin1String("text"))
        type = QStringLiteral("text/plain");
    else if (type == QLatin1String("html"))
        type = QStringLiteral("text/html");
    else if (type == QLatin1String("xhtml"))
        type = QStringLiteral("application/xhtml+xml");
    d.type = type;

    const auto elems = node.elements();
    if (mode == QLatin1String("base64")) {
        d.value = QString::fromUtf8(QByteArray::fromBase64(node.textContent().trimmed().toLatin1()));
    } else if (type == QLatin1String("application/xhtml+xml") || (!elems.empty() && mode != QLatin1String("escaped"))) {
        // The xhtml wrapper <div> is not part of the content (RFC 4287 section 3.1.1.3).
        const bool wrapped = elems.size() == 1 && elems.front()->name == QLatin1String("div")
            && elems.front()->ns == QLatin1String("xhtml");
        d.value = (wrapped ? elems.front()->innerXml() : node.innerXml()).trimmed();
        if (type == QLatin1String("text/plain"))
            d.type = QStringLiteral("application/xhtml+xml");
    } else {
        d.value = node.textContent();
        if (type != QLatin1String("text/plain"))
            d.value = d.value.trimmed();
    }
    if (ns.v03 && d.type == QLatin1String("text/plain") && looksLikeHtml(d.value) && mode == QLatin1String("escaped"))
        d.type = QStringLiteral("text/html");
    finishHtml(d);
    return d;
}

void readText(const XmlNode &parent, const Ns &ns, const QStringList &names, const QString &key,
              QHash<QString, TextDetail> &out)
{
    for (const QString &name : names) {
        if (const XmlNode *n = parent.child(ns.atom, name)) {
            out.insert(key, textConstruct(*n, ns));
            return;
        }
    }
}

void readLinks(const XmlNode &parent, const Ns &ns, QVector<Link> &links)
{
    for (const XmlNode *l : parent.elements(ns.atom, QStringLiteral("link"))) {
        Link link;
        link.href = resolveUrl(l->base, l->attr("href"));
        link.rel = l->attr("rel").trimmed();
        if (link.rel.isEmpty())
            link.rel = QStringLiteral("alternate");
        link.type = l->attr("type");
        link.title = l->attr("title");
        link.length = l->attr("length").toLongLong();
        links.append(link);
    }
}

void readPeople(const XmlNode &parent, const Ns &ns, const QString &name, QVector<Person> &out)
{
    for (const XmlNode *a : parent.elements(ns.atom, name)) {
        Person p;
        if (const XmlNode *n = a->child(ns.atom, QStringLiteral("name")))
            p.name = n->textContent().trimmed();
        if (const XmlNode *e = a->child(ns.atom, QStringLiteral("email")))
            p.email = e->textContent().trimmed();
        const XmlNode *u = a->child(ns.atom, QStringLiteral("uri"));
        if (!u)
            u = a->child(ns.atom, QStringLiteral("url"));
        if (u)
            p.url = resolveUrl(u->base, u->textContent());
        out.append(p);
    }
}

void readCategories(const XmlNode &parent, const Ns &ns, QVector<Category> &tags)
{
    for (const XmlNode *c : parent.elements(ns.atom, QStringLiteral("category"))) {
        QString term = c->attr("term").trimmed();
        if (term.isEmpty() && ns.v03)
            term = c->textContent().trimmed();
        tags.append({term, c->attr("scheme"), c->attr("label")});
    }
    for (const XmlNode *c : parent.elements(QStringLiteral("dc"), QStringLiteral("subject")))
        tags.append({c->textContent().trimmed(), {}, {}});
}

QDateTime firstDate(const XmlNode &parent, const Ns &ns, const QStringList &names)
{
    for (const QString &name : names) {
        const QString elementNs = name.startsWith(QLatin1String("dc")) ? name.section(QLatin1Char(':'), 0, 0) : ns.atom;
        const QString local = name.contains(QLatin1Char(':')) ? name.section(QLatin1Char(':'), 1) : name;
        if (const XmlNode *n = parent.child(elementNs, local))
            return nodeDate(n);
    }
    return {};
}

ParsedItem parseEntry(const XmlNode &node, const Ns &ns)
{
    ParsedItem item;
    readText(node, ns, {QStringLiteral("title")}, QStringLiteral("title"), item.details);
    readText(node, ns, {QStringLiteral("summary")}, QStringLiteral("summary"), item.details);
    readText(node, ns, {QStringLiteral("rights"), QStringLiteral("copyright")}, QStringLiteral("rights"), item.details);
    for (const XmlNode *c : node.elements(ns.atom, QStringLiteral("content")))
        item.contents.append(textConstruct(*c, ns));
    for (const XmlNode *c : node.elements(QStringLiteral("content"), QStringLiteral("encoded"))) {
        TextDetail d{c->textContent().trimmed(), QStringLiteral("text/html"), c->lang, c->base};
        finishHtml(d);
        item.contents.append(d);
    }
    if (const XmlNode *id = node.child(ns.atom, QStringLiteral("id")))
        item.id = id->textContent().trimmed();
    readLinks(node, ns, item.links);
    for (const Link &l : std::as_const(item.links)) {
        if (l.rel == QLatin1String("enclosure"))
            item.enclosures.append({l.href, l.type, l.length});
    }
    item.published = firstDate(node, ns, {QStringLiteral("published"), QStringLiteral("issued"), QStringLiteral("dcterms:issued")});
    item.updated = firstDate(node, ns, {QStringLiteral("updated"), QStringLiteral("modified"), QStringLiteral("dcterms:modified"), QStringLiteral("dc:date")});
    item.created = firstDate(node, ns, {QStringLiteral("created"), QStringLiteral("dcterms:created")});
    readPeople(node, ns, QStringLiteral("author"), item.authorDetails);
    for (const XmlNode *c : node.elements(QStringLiteral("dc"), QStringLiteral("creator")))
        item.authorDetails.append(parsePersonText(c->textContent()));
    readPeople(node, ns, QStringLiteral("contributor"), item.contributors);
    readCategories(node, ns, item.tags);
    readMediaRss(node, item);
    return item;
}

} // namespace

bool acceptAtom(const XmlNode &root)
{
    if (root.name != QLatin1String("feed"))
        return false;
    return root.ns == QLatin1String("atom") || root.ns == QLatin1String("atom03")
        || root.hasAttr(QStringLiteral("version")); // pre-standard Atom under any namespace
}

void parseAtom(const XmlNode &root, bool wellFormed, ParsedFeed &feed)
{
    Ns ns;
    ns.atom = root.ns;
    ns.v03 = root.ns != QLatin1String("atom");
    feed.format = ns.v03 ? QStringLiteral("atom0.3") : QStringLiteral("atom1.0");
    if (ns.v03 && root.ns != QLatin1String("atom03"))
        feed.format = QStringLiteral("atom") + root.attr(QStringLiteral("version")).trimmed();

    readText(root, ns, {QStringLiteral("title")}, QStringLiteral("title"), feed.details);
    readText(root, ns, {QStringLiteral("subtitle"), QStringLiteral("tagline")}, QStringLiteral("subtitle"), feed.details);
    readText(root, ns, {QStringLiteral("rights"), QStringLiteral("copyright")}, QStringLiteral("rights"), feed.details);
    readText(root, ns, {QStringLiteral("info")}, QStringLiteral("info"), feed.details);
    readLinks(root, ns, feed.links);
    if (const XmlNode *id = root.child(ns.atom, QStringLiteral("id")))
        feed.id = id->textContent().trimmed();
    feed.language = root.lang;
    if (const XmlNode *icon = root.child(ns.atom, QStringLiteral("icon")))
        feed.iconUrl = resolveUrl(icon->base, icon->textContent());
    if (const XmlNode *logo = root.child(ns.atom, QStringLiteral("logo")))
        feed.imageUrl = resolveUrl(logo->base, logo->textContent());
    if (const XmlNode *g = root.child(ns.atom, QStringLiteral("generator")))
        feed.generator = g->textContent().trimmed();
    feed.updated = firstDate(root, ns, {QStringLiteral("updated"), QStringLiteral("modified"), QStringLiteral("dc:date")});
    feed.published = firstDate(root, ns, {QStringLiteral("published"), QStringLiteral("issued")});
    readPeople(root, ns, QStringLiteral("author"), feed.authorDetails);
    readPeople(root, ns, QStringLiteral("contributor"), feed.contributors);
    readCategories(root, ns, feed.tags);
    for (const XmlNode *e : root.elements(ns.atom, QStringLiteral("entry"))) {
        if (!wellFormed && !e->closed)
            continue; // cut off by an XML error: its fields are incomplete
        feed.items.append(parseEntry(*e, ns));
    }
}

} // namespace warta::feeds
