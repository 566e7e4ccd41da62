// RSS 0.9x and 2.0 (<rss>) and RSS 1.0 / 0.90 (<rdf:RDF>): one mapper, since RDF feeds
// differ only in namespaces and in keeping items beside the channel instead of inside it.
#include "feeds/feed_formats.h"
#include "feeds/feed_helpers.h"

namespace warta::feeds {
namespace {

const QString kDc = QStringLiteral("dc");
const QString kDcTerms = QStringLiteral("dcterms");

QString plain(const XmlNode *n)
{
    return n ? n->textContent().trimmed() : QString();
}

/// The first child named `name` in the feed's own namespace, or in no namespace at all
/// (RDF feeds often mix both).
const XmlNode *core(const XmlNode &parent, const QString &ns, const QString &name)
{
    if (const XmlNode *n = parent.child(ns, name))
        return n;
    return ns.isEmpty() ? nullptr : parent.child(QString(), name);
}

std::vector<const XmlNode *> coreAll(const XmlNode &parent, const QString &ns, const QString &name)
{
    auto out = parent.elements(ns, name);
    if (!ns.isEmpty()) {
        const auto more = parent.elements(QString(), name);
        out.insert(out.end(), more.begin(), more.end());
    }
    return out;
}

void readAtomLinks(const XmlNode &parent, QVector<Link> &links)
{
    for (const XmlNode *l : parent.elements(QStringLiteral("atom"), QStringLiteral("link"))) {
        Link link;
        link.href = resolveUrl(l->base, l->attr("href"));
        link.rel = l->hasAttr("rel") ? l->attr("rel") : QStringLiteral("alternate");
        link.type = l->attr("type");
        link.title = l->attr("title");
        link.length = l->attr("length").toLongLong();
        if (!link.href.isEmpty())
            links.append(link);
    }
}

void readCategories(const XmlNode &parent, const QString &ns, QVector<Category> &tags)
{
    for (const XmlNode *c : coreAll(parent, ns, QStringLiteral("category"))) {
        const QString term = c->textContent().trimmed();
        if (!term.isEmpty())
            tags.append({term, c->attr("domain"), {}});
    }
    for (const XmlNode *c : parent.elements(kDc, QStringLiteral("subject"))) {
        const QString term = c->textContent().trimmed();
        if (!term.isEmpty())
            tags.append({term, {}, {}});
    }
}

void readPeople(const XmlNode &parent, const QStringList &names, const QString &ns, QVector<Person> &out)
{
    for (const QString &name : names) {
        const QString elementNs = name.startsWith(QLatin1String("dc:")) ? kDc : ns;
        const QString local = name.startsWith(QLatin1String("dc:")) ? name.mid(3) : name;
        for (const XmlNode *n : (elementNs == kDc ? parent.elements(kDc, local) : coreAll(parent, ns, local))) {
            const Person p = parsePersonText(n->textContent());
            if (!p.name.isEmpty() || !p.email.isEmpty())
                out.append(p);
        }
    }
}

ParsedItem parseItem(const XmlNode &node, const QString &ns)
{
    ParsedItem item;
    if (const XmlNode *t = core(node, ns, QStringLiteral("title")))
        item.details.insert(QStringLiteral("title"), looseText(*t, QStringLiteral("text/plain")));
    if (const XmlNode *t = node.child(kDc, QStringLiteral("title")); t && !item.details.contains("title"))
        item.details.insert(QStringLiteral("title"), looseText(*t, QStringLiteral("text/plain")));
    if (const XmlNode *l = core(node, ns, QStringLiteral("link")))
        item.link = resolveUrl(l->base, l->textContent());
    readAtomLinks(node, item.links);
    if (const XmlNode *g = core(node, ns, QStringLiteral("guid"))) {
        item.id = g->textContent().trimmed();
        const bool permaLink = g->attr("isPermaLink").toLower() != QLatin1String("false");
        if (permaLink && item.link.isEmpty() && !item.id.isEmpty()) {
            item.link = resolveUrl(g->base, item.id);
            item.guidIsLink = true;
        }
    } else if (node.hasAttr(QStringLiteral("rdf:about"))) {
        item.id = node.attr(QStringLiteral("rdf:about"));
    }
    if (!item.link.isEmpty())
        item.links.prepend({item.link, QStringLiteral("alternate"), QStringLiteral("text/html"), {}, 0});

    if (const XmlNode *d = core(node, ns, QStringLiteral("description"))) {
        TextDetail summary = looseText(*d, QStringLiteral("text/html"));
        finishHtml(summary);
        item.details.insert(QStringLiteral("summary"), summary);
    } else if (const XmlNode *dd = node.child(kDc, QStringLiteral("description"))
                                       ? node.child(kDc, QStringLiteral("description"))
                                       : core(node, ns, QStringLiteral("fullitem"))) {
        TextDetail summary = looseText(*dd, QStringLiteral("text/html"));
        finishHtml(summary);
        item.details.insert(QStringLiteral("summary"), summary);
    }
    for (const XmlNode *c : node.elements(QStringLiteral("content"), QStringLiteral("encoded"))) {
        TextDetail content = looseText(*c, QStringLiteral("text/html"));
        content.type = QStringLiteral("text/html");
        finishHtml(content);
        item.contents.append(content);
    }
    for (const XmlNode *b : node.elements(QStringLiteral("xhtml"), QStringLiteral("body"))) {
        TextDetail content{b->innerXml().trimmed(), QStringLiteral("application/xhtml+xml"), b->lang, b->base};
        finishHtml(content);
        item.contents.append(content);
    }
    if (const XmlNode *r = node.child(kDc, QStringLiteral("rights")))
        item.details.insert(QStringLiteral("rights"), looseText(*r, QStringLiteral("text/plain")));

    item.published = nodeDate(core(node, ns, QStringLiteral("pubDate")));
    if (!item.published.isValid())
        item.published = nodeDate(node.child(kDc, QStringLiteral("date")));
    if (!item.published.isValid())
        item.published = nodeDate(node.child(kDcTerms, QStringLiteral("issued")));
    item.updated = nodeDate(node.child(kDcTerms, QStringLiteral("modified")));
    if (!item.updated.isValid())
        item.updated = nodeDate(node.child(QStringLiteral("atom"), QStringLiteral("updated")));
    if (!item.updated.isValid() && node.child(kDc, QStringLiteral("date")) && core(node, ns, QStringLiteral("pubDate")))
        item.updated = nodeDate(node.child(kDc, QStringLiteral("date")));
    item.created = nodeDate(node.child(kDcTerms, QStringLiteral("created")));

    readPeople(node, {QStringLiteral("author"), QStringLiteral("dc:creator"), QStringLiteral("dc:author")}, ns,
               item.authorDetails);
    readPeople(node, {QStringLiteral("dc:contributor")}, ns, item.contributors);
    readCategories(node, ns, item.tags);
    for (const XmlNode *e : coreAll(node, ns, QStringLiteral("enclosure"))) {
        const QString url = resolveUrl(e->base, e->attr("url"));
        if (!url.isEmpty())
            item.enclosures.append({url, e->attr("type"), e->attr("length").toLongLong()});
    }
    for (const Link &l : std::as_const(item.links)) {
        if (l.rel == QLatin1String("enclosure"))
            item.enclosures.append({l.href, l.type, l.length});
    }
    item.comments = resolveUrl(node.base, plain(core(node, ns, QStringLiteral("comments"))));
    readMediaRss(node, item);
    return item;
}

} // namespace

bool acceptRss(const XmlNode &root)
{
    // Any namespace on <rss>: some generators invent one (http://backend.userland.com/rss).
    if (root.name == QLatin1String("rss"))
        return true;
    return root.name == QLatin1String("RDF") && root.ns == QLatin1String("rdf");
}

void parseRss(const XmlNode &root, bool wellFormed, ParsedFeed &feed)
{
    QString ns;
    const XmlNode *channel = nullptr;
    if (root.name == QLatin1String("rss")) {
        const QString version = root.attr(QStringLiteral("version")).trimmed();
        static const QStringList known = {"0.91", "0.92", "0.93", "0.94", "2.0"};
        feed.format = known.contains(version) ? QStringLiteral("rss") + version : QStringLiteral("rss");
        ns = root.ns;
        channel = core(root, ns, QStringLiteral("channel"));
    } else {
        const bool has090 = root.child(QStringLiteral("rss090"), QStringLiteral("channel"));
        ns = has090 ? QStringLiteral("rss090") : QStringLiteral("rss10");
        feed.format = has090 ? QStringLiteral("rss0.90") : QStringLiteral("rss1.0");
        channel = core(root, ns, QStringLiteral("channel"));
    }
    const XmlNode empty;
    const XmlNode &ch = channel ? *channel : empty;

    if (const XmlNode *t = core(ch, ns, QStringLiteral("title")))
        feed.details.insert(QStringLiteral("title"), looseText(*t, QStringLiteral("text/plain")));
    else if (const XmlNode *dt = ch.child(kDc, QStringLiteral("title")))
        feed.details.insert(QStringLiteral("title"), looseText(*dt, QStringLiteral("text/plain")));
    if (const XmlNode *l = core(ch, ns, QStringLiteral("link"))) {
        feed.link = resolveUrl(l->base, l->textContent());
        feed.links.append({feed.link, QStringLiteral("alternate"), QStringLiteral("text/html"), {}, 0});
    }
    readAtomLinks(ch, feed.links);
    if (const XmlNode *d = core(ch, ns, QStringLiteral("description"))) {
        TextDetail subtitle = looseText(*d, QStringLiteral("text/html"));
        finishHtml(subtitle);
        feed.details.insert(QStringLiteral("subtitle"), subtitle);
    } else if (const XmlNode *dd = ch.child(kDc, QStringLiteral("description"))) {
        feed.details.insert(QStringLiteral("subtitle"), looseText(*dd, QStringLiteral("text/html")));
    }
    feed.language = plain(core(ch, ns, QStringLiteral("language")));
    if (feed.language.isEmpty())
        feed.language = plain(ch.child(kDc, QStringLiteral("language")));
    if (const XmlNode *r = core(ch, ns, QStringLiteral("copyright")))
        feed.details.insert(QStringLiteral("rights"), looseText(*r, QStringLiteral("text/plain")));
    else if (const XmlNode *dr = ch.child(kDc, QStringLiteral("rights")))
        feed.details.insert(QStringLiteral("rights"), looseText(*dr, QStringLiteral("text/plain")));
    feed.generator = plain(core(ch, ns, QStringLiteral("generator")));
    if (const XmlNode *g = ch.child(QStringLiteral("admin"), QStringLiteral("generatorAgent")); g && feed.generator.isEmpty())
        feed.generator = g->attr(QStringLiteral("rdf:resource"));
    const XmlNode *image = core(ch, ns, QStringLiteral("image"));
    if (!image || !core(*image, ns, QStringLiteral("url")))
        image = core(root, ns, QStringLiteral("image"));
    if (image)
        feed.imageUrl = resolveUrl(image->base, plain(core(*image, ns, QStringLiteral("url"))));
    feed.updated = nodeDate(core(ch, ns, QStringLiteral("lastBuildDate")));
    if (!feed.updated.isValid())
        feed.updated = nodeDate(ch.child(kDc, QStringLiteral("date")));
    feed.published = nodeDate(core(ch, ns, QStringLiteral("pubDate")));
    if (!feed.updated.isValid())
        feed.updated = feed.published;
    readPeople(ch, {QStringLiteral("managingEditor"), QStringLiteral("dc:creator"), QStringLiteral("dc:author"),
                    QStringLiteral("webMaster"), QStringLiteral("author")},
               ns, feed.authorDetails);
    readPeople(ch, {QStringLiteral("dc:contributor")}, ns, feed.contributors);
    readCategories(ch, ns, feed.tags);

    // RSS 2 keeps items in the channel; RDF beside it; some broken feeds do both.
    auto items = coreAll(ch, ns, QStringLiteral("item"));
    for (const XmlNode *n : coreAll(root, ns, QStringLiteral("item")))
        items.push_back(n);
    for (const XmlNode *n : items) {
        if (!wellFormed && !n->closed)
            continue; // cut off by an XML error: its fields are incomplete
        feed.items.append(parseItem(*n, ns));
    }
}

} // namespace warta::feeds
