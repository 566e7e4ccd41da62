#include "content/metadata_extractor.h"

#include "content/page_text.h"
#include "content/related_links.h"
#include "content/text_index.h"

#include "core/dates.h"
#include "core/text_utils.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace warta::content {
namespace {

using RX = QRegularExpression;

struct Sources {
    QHash<QString, QString> meta;   // first value per lower-cased name/property
    QStringList articleTags;
    QJsonArray jsonLd;              // every object found, @graph flattened
    QString docTitle;
    QStringList h1s;
};

void flattenJsonLd(const QJsonValue &v, QJsonArray &out, int depth = 0)
{
    if (depth > 8)
        return;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            flattenJsonLd(e, out, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        out.append(o);
        if (o.contains(QLatin1String("@graph")))
            flattenJsonLd(o.value(QLatin1String("@graph")), out, depth + 1);
    }
}

Sources gather(const HtmlDocument &doc)
{
    Sources s;
    for (const xmlNode *m : dom::descendants(doc.root(), "meta")) {
        const QString value = dom::attr(m, "content").trimmed();
        if (value.isEmpty())
            continue;
        // Readability's rules: property may list several space-separated names; in name,
        // "dc.title" and "dc:title" are the same key.
        QStringList keys = dom::attr(m, "property").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (keys.isEmpty() && dom::hasAttr(m, "name"))
            keys.append(dom::attr(m, "name").trimmed().toLower().replace(QLatin1Char('.'), QLatin1Char(':')).remove(QLatin1Char(' ')));
        if (keys.isEmpty() && dom::hasAttr(m, "itemprop"))
            keys.append(dom::attr(m, "itemprop").trimmed().toLower());
        for (const QString &key : keys) {
            if (key == QLatin1String("article:tag"))
                s.articleTags.append(value);
            s.meta.insert(key, value); // last one wins, as in Readability
        }
    }
    for (const xmlNode *script : dom::descendants(doc.root(), "script")) {
        if (!dom::attr(script, "type").contains(QLatin1String("ld+json"), Qt::CaseInsensitive))
            continue;
        QString text = dom::textContent(script).trimmed();
        text.remove(RX(QStringLiteral("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$")));
        const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
        flattenJsonLd(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), s.jsonLd);
    }
    const auto titles = dom::descendants(doc.head() ? doc.head() : doc.root(), "title");
    if (!titles.empty())
        s.docTitle = dom::innerText(titles.front());
    for (const xmlNode *h : dom::descendants(doc.body(), "h1"))
        if (const QString t = dom::innerText(h); !t.isEmpty())
            s.h1s.append(t);
    return s;
}

QJsonObject articleJson(const Sources &s)
{
    static const RX articleType(QStringLiteral("Article|BlogPosting|Report"));
    for (const QJsonValue &v : s.jsonLd) {
        const QJsonValue type = v.toObject().value(QLatin1String("@type"));
        const QString typeText = type.isArray() ? type.toArray().first().toString() : type.toString();
        if (articleType.match(typeText).hasMatch())
            return v.toObject();
    }
    return {};
}

QString jsonName(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray())
        return v.toArray().isEmpty() ? QString() : jsonName(v.toArray().first());
    return v.toObject().value(QLatin1String("name")).toString();
}

int wordCount(const QString &s)
{
    return s.split(RX(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
}

// Mozilla Readability's _getArticleTitle: strip site names around separators.
QString titleFromDocument(const Sources &s)
{
    const QString orig = s.docTitle;
    QString cur = orig;
    bool hierarchical = false;
    static const RX sep(QStringLiteral(" [\\|\\-–—\\\\/>»] "));
    if (orig.contains(sep)) {
        hierarchical = orig.contains(RX(QStringLiteral(" [\\\\/>»] ")));
        qsizetype last = -1;
        for (auto it = sep.globalMatch(orig); it.hasNext();)
            last = it.next().capturedStart();
        cur = orig.left(last);
        if (wordCount(cur) < 3) {
            cur = orig;
            cur.remove(RX(QStringLiteral("^[^\\|\\-\\\\/>»]*[\\|\\-–—\\\\/>»]")));
        }
    } else if (orig.contains(QLatin1String(": "))) {
        if (!s.h1s.contains(orig.trimmed())) {
            cur = orig.mid(orig.lastIndexOf(QLatin1Char(':')) + 1);
            if (wordCount(cur) < 3)
                cur = orig.mid(orig.indexOf(QLatin1Char(':')) + 1);
            else if (wordCount(orig.left(orig.indexOf(QLatin1Char(':')))) > 5)
                cur = orig;
        }
    } else if ((orig.size() > 150 || orig.size() < 15) && s.h1s.size() == 1) {
        cur = s.h1s.front();
    }
    cur = collapseWhitespace(cur);
    const int words = wordCount(cur);
    QString stripped = orig;
    stripped.remove(RX(QStringLiteral("[\\|\\-–—\\\\/>»]+")));
    if (words <= 4 && (!hierarchical || words != wordCount(stripped) - 1))
        cur = orig;
    return cur;
}

double textSimilarity(const QString &x, const QString &y)
{
    static const RX nonWord(QStringLiteral("\\W+"));
    const QStringList a = x.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QStringList b = y.toLower().split(nonWord, Qt::SkipEmptyParts);
    if (a.isEmpty() || b.isEmpty())
        return 0;
    int uniq = 0, total = 0;
    for (const QString &t : b) {
        total += t.size();
        if (!a.contains(t))
            uniq += t.size();
    }
    return 1 - double(uniq + b.size() - 1) / double(total + b.size() - 1);
}

QString pickTitle(const Sources &s, const QJsonObject &article, bool preferHeadline)
{
    // Readability: JSON-LD name, unless headline (and not name) resembles the page title.
    const QString name = article.value(QLatin1String("name")).toString().trimmed();
    const QString headline = article.value(QLatin1String("headline")).toString().trimmed();
    QString metaTitle = name.isEmpty() ? headline : name;
    if (!name.isEmpty() && !headline.isEmpty() && name != headline) {
        const QString docTitle = titleFromDocument(s);
        if (textSimilarity(headline, docTitle) > 0.75 && textSimilarity(name, docTitle) <= 0.75)
            metaTitle = headline;
    }
    for (const char *key : {"dc:title", "dcterm:title", "og:title", "weibo:article:title", "title", "twitter:title", "parsely-title"})
        if (metaTitle.isEmpty())
            metaTitle = s.meta.value(QLatin1String(key));
    metaTitle = collapseWhitespace(metaTitle);
    // Indonesian outlets: the headline as displayed (no site suffix) wins when it is the
    // same story as the metadata title.
    for (const QString &h1 : s.h1s) {
        if (!metaTitle.isEmpty() && h1.compare(metaTitle, Qt::CaseInsensitive) == 0)
            return h1;
        if (preferHeadline && wordCount(h1) >= 3
            && ((!metaTitle.isEmpty() && metaTitle.contains(h1, Qt::CaseInsensitive)) || s.docTitle.contains(h1, Qt::CaseInsensitive)))
            return h1;
    }
    return metaTitle.isEmpty() ? titleFromDocument(s) : metaTitle;
}

// "Tim detikINET - detikInet" -> "Tim detikINET"; "Name | Outlet" -> "Name"; "Oleh Name" -> "Name".
QString cleanPersonName(QString name)
{
    name = collapseWhitespace(name);
    name.remove(RX(QStringLiteral("^(oleh|by|penulis|pewarta|reporter)\\s*:?\\s+"), RX::CaseInsensitiveOption));
    // A credit line often runs on into the date ("Rina Kartika Senin, 23 November 2026"):
    // names hold neither weekday names nor digits.
    static const RX dateTail(QStringLiteral("[\\s,|]*\\b(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|"
                                            "wednesday|thursday|friday|saturday|sunday)\\b.*$|[\\s,|]*\\d.*$"),
                             RX::CaseInsensitiveOption);
    name.remove(dateTail);
    const int bar = name.indexOf(QLatin1String(" | "));
    if (bar > 0)
        name = name.left(bar);
    const int dash = name.lastIndexOf(QRegularExpression(QStringLiteral(" [-–—] ")));
    if (dash > 0 && wordCount(name.mid(dash + 3)) <= 2)
        name = name.left(dash);
    name.remove(RX(QStringLiteral("[\\s,;:\\-–]+$")));
    return name.trimmed();
}

void appendLines(const xmlNode *n, QString &current, QStringList &out, int depth)
{
    if (depth > dom::kMaxDepth)
        return;
    static const QStringList blocks = {"p", "div", "li", "tr", "td", "h1", "h2", "h3", "h4", "h5", "h6", "section", "ul", "ol", "dd", "dt"};
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (dom::isText(c)) {
            current += dom::textContent(c);
        } else if (dom::is(c, "br") || (dom::isElement(c) && blocks.contains(dom::tag(c)))) {
            if (!dom::is(c, "br"))
                appendLines(c, current, out, depth + 1);
            out.append(collapseWhitespace(current));
            current.clear();
        } else if (dom::isElement(c) && !dom::is(c, "script") && !dom::is(c, "style")) {
            appendLines(c, current, out, depth + 1);
        }
    }
}

struct Credits {
    QString byline, editor, source, authorElement;
};

bool isLeafish(const xmlNode *n)
{
    static const char *const kLeafish[] = {"div", "span", "p", "li", "td", "small", "em", "strong", "b",
                                           "i", "dd", "address", "a", "h3", "h4", "h5", "h6"};
    return std::any_of(std::begin(kLeafish), std::end(kLeafish), [n](const char *t) { return dom::is(n, t); });
}

Credits visibleCredits(const HtmlDocument &doc, const BodyFacts &body)
{
    Credits c;
    static const RX writer(QStringLiteral("^(penulis|pewarta|reporter|wartawan|oleh|writer)\\s*:\\s*(.+)$"), RX::CaseInsensitiveOption);
    static const RX editor(QStringLiteral("^(editor|penyunting|redaktur)\\s*:\\s*(.+)$"), RX::CaseInsensitiveOption);
    static const RX source(QStringLiteral("^sumber\\s*:\\s*(.+)$"), RX::CaseInsensitiveOption);
    static const RX syndication(QStringLiteral("artikel ini (?:telah|sudah) (?:tayang|terbit|dimuat) di\\s+(.+?)\\s+(?:dengan judul|berjudul|pada|dalam)\\b"), RX::CaseInsensitiveOption);
    static const RX reporter(QStringLiteral("^laporan (?:wartawan|reporter|koresponden)\\s+[^,]+,\\s*(.+)$"), RX::CaseInsensitiveOption);
    static const RX authorClass(QStringLiteral("author|byline|penulis|reporter"), RX::CaseInsensitiveOption);
    static const RX notAuthorClass(QStringLiteral("photo|caption|img|foto|media__|avatar"), RX::CaseInsensitiveOption);
    // Page-wide gates (see PageText): each pattern above (or its start), searched once in
    // the whole page. Most pages have no credit lines and no author-named elements, and
    // then no element's text, lines or attributes need to be built.
    static const RX syndicationGate = pageGate(QStringLiteral("artikel ini (?:telah|sudah) (?:tayang|terbit|dimuat) di "));
    static const RX lineGate = pageGate(
        QStringLiteral("(?:penulis|pewarta|reporter|wartawan|oleh|writer|editor|penyunting|redaktur|sumber)\\s*:"
                       "|laporan (?:wartawan|reporter|koresponden) "));
    const PageText &page = body.text;
    const bool anySyndication = !page.usable || syndicationGate.match(page.text).hasMatch();
    const bool anyLines = !page.usable || lineGate.match(page.textOutsideScripts).hasMatch();
    const bool anyAuthorClass = !page.usable || authorClass.match(page.classesAndIds).hasMatch();
    // The document is only read here, so one index answers every element.
    const TextIndex &lengths = body.lengths;
    for (const xmlNode *n : dom::descendants(doc.body())) {
        if (!isLeafish(n))
            continue;
        const qsizetype length = lengths.innerLength(n); // == innerText(n).size()
        if (length == 0 || length > 300)
            continue;
        const bool trySyndication = anySyndication && c.source.isEmpty();
        const bool tryAuthor = anyAuthorClass && c.authorElement.isEmpty() && length < 100;
        if (!trySyndication && !anyLines && !tryAuthor)
            continue;
        QString text;
        if (trySyndication || anyLines)
            text = dom::innerText(n);
        if (trySyndication)
            if (const auto m = syndication.match(text); m.hasMatch())
                c.source = m.captured(1).remove(RX(QStringLiteral("[\\s,.]+$")));
        if (anyLines) {
            QString current;
            QStringList lines;
            appendLines(n, current, lines, 0);
            lines.append(collapseWhitespace(current));
            for (const QString &line : lines) {
                if (line.isEmpty())
                    continue;
                if (const auto m = writer.match(line); m.hasMatch() && c.byline.isEmpty())
                    c.byline = cleanPersonName(m.captured(2));
                else if (const auto r = reporter.match(line); r.hasMatch() && c.byline.isEmpty())
                    c.byline = cleanPersonName(r.captured(1));
                if (const auto m = editor.match(line); m.hasMatch() && c.editor.isEmpty())
                    c.editor = cleanPersonName(m.captured(2));
                if (const auto m = source.match(line); m.hasMatch() && c.source.isEmpty())
                    c.source = collapseWhitespace(m.captured(1)).remove(RX(QStringLiteral("[\\s.]+$")));
            }
        }
        if (!tryAuthor)
            continue;
        const QString classAndId = dom::classAndId(n);
        if (!authorClass.match(classAndId).hasMatch() || notAuthorClass.match(classAndId).hasMatch())
            continue;
        if (text.isNull())
            text = dom::innerText(n);
        if (!text.startsWith(QLatin1Char('(')))
            c.authorElement = cleanPersonName(text);
    }
    return c;
}

QDateTime publishedDate(const Sources &s, const QJsonObject &article, const HtmlDocument &doc, const PageText &page, int offset)
{
    QStringList candidates;
    for (const char *key : {"article:published_time", "og:published_time", "published_time", "datepublished"})
        candidates.append(s.meta.value(QLatin1String(key)));
    candidates.append(article.value(QLatin1String("datePublished")).toString());
    for (const char *key : {"pubdate", "publishdate", "publish-date", "publish_date", "dtk:publishdate", "date", "dc.date.issued", "dc.date",
                            "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "content_publishedDate"})
        candidates.append(s.meta.value(QString::fromLatin1(key).toLower()));
    for (const xmlNode *n : dom::descendants(doc.body())) {
        if (dom::attr(n, "itemprop") == QLatin1String("datePublished"))
            candidates.append(dom::hasAttr(n, "content") ? dom::attr(n, "content") : dom::attr(n, "datetime"));
    }
    for (const QString &c : candidates)
        if (!c.isEmpty())
            if (const QDateTime d = warta::parseDate(c, offset); d.isValid())
                return d.toUTC();
    // Visible dates: the first small element named like a date whose text parses.
    static const RX dateClass(QStringLiteral("date|time|tanggal|waktu"), RX::CaseInsensitiveOption);
    const bool anyDateClass = !page.usable || dateClass.match(page.classesAndIds).hasMatch();
    for (const xmlNode *n : dom::descendants(doc.body())) {
        if (!dom::is(n, "time") && (!anyDateClass || !dateClass.match(dom::classAndId(n)).hasMatch()))
            continue;
        QString text = dom::is(n, "time") && dom::hasAttr(n, "datetime") ? dom::attr(n, "datetime") : dom::innerText(n);
        if (text.size() > 80)
            continue;
        text.remove(RX(QStringLiteral("^.*?(diperbarui|dipublikasikan|diterbitkan|published|updated)\\s*:?\\s*"), RX::CaseInsensitiveOption));
        text.remove(RX(QStringLiteral("^[^0-9]*?-\\s+(?=\\d)")));
        if (const QDateTime d = warta::parseDate(text, offset); d.isValid())
            return d.toUTC();
    }
    return {};
}

QStringList jsonKeywords(const QJsonValue &v, int depth = 0)
{
    QStringList out;
    if (depth > 4)
        return out;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            out += jsonKeywords(e, depth + 1);
    } else if (v.isString()) {
        for (QString k : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            k.remove(RX(QStringLiteral("^\\s*[A-Za-z ]{2,20}:\\s*"))); // "Topic: x", "Editor:x"
            if (!k.trimmed().isEmpty())
                out.append(k.trimmed());
        }
    }
    return out;
}

} // namespace

QStringList textLines(const xmlNode *n)
{
    QString current;
    QStringList lines;
    appendLines(n, current, lines, 0);
    lines.append(collapseWhitespace(current));
    lines.removeAll(QString());
    return lines;
}

PageMetadata extractMetadata(const HtmlDocument &doc, const QUrl &url)
{
    return extractMetadata(doc, url, BodyFacts(doc.body()));
}

PageMetadata extractMetadata(const HtmlDocument &doc, const QUrl &url, const BodyFacts &body)
{
    PageMetadata md;
    const Sources s = gather(doc);
    const QJsonObject article = articleJson(s);

    md.language = dom::attr(doc.root(), "lang").trimmed();
    if (md.language.isEmpty())
        md.language = s.meta.value(QStringLiteral("content-language"), s.meta.value(QStringLiteral("og:locale")));
    md.indonesian = md.language.startsWith(QLatin1String("id"), Qt::CaseInsensitive)
        || md.language.startsWith(QLatin1String("in"), Qt::CaseInsensitive) || url.host().endsWith(QLatin1String(".id"));

    md.title = pickTitle(s, article, md.indonesian);
    md.siteName = s.meta.value(QStringLiteral("og:site_name"));
    if (md.siteName.isEmpty())
        md.siteName = jsonName(article.value(QLatin1String("publisher")));

    const Credits credits = visibleCredits(doc, body);
    md.byline = credits.byline;
    if (md.byline.isEmpty())
        md.byline = credits.authorElement;
    if (md.byline.isEmpty()) {
        QString fromMeta = jsonName(article.value(QLatin1String("author")));
        if (fromMeta.isEmpty())
            fromMeta = s.meta.value(QStringLiteral("author"));
        if (!fromMeta.startsWith(QLatin1String("http")))
            md.byline = cleanPersonName(fromMeta);
    }
    md.editor = credits.editor;
    md.source = credits.source;

    md.published = publishedDate(s, article, doc, body.text, md.indonesian ? warta::kWibOffsetSeconds : 0);

    QString image = s.meta.value(QStringLiteral("og:image"));
    if (image.isEmpty())
        image = s.meta.value(QStringLiteral("og:image:url"));
    if (image.isEmpty())
        image = s.meta.value(QStringLiteral("twitter:image"));
    if (!image.isEmpty()) {
        image = resolveUrl(url, image);
        // A site-wide fallback (the publisher's logo) is not the article's image.
        const QJsonValue logo = article.value(QLatin1String("publisher")).toObject().value(QLatin1String("logo"));
        const QString logoUrl = logo.isObject() ? logo.toObject().value(QLatin1String("url")).toString() : logo.toString();
        if (logoUrl.isEmpty() || resolveUrl(url, logoUrl) != image)
            md.leadImage = image;
    }

    md.metaTags = s.articleTags;
    if (md.metaTags.isEmpty())
        md.metaTags = jsonKeywords(article.value(QLatin1String("keywords")));
    if (md.metaTags.isEmpty())
        md.metaTags = jsonKeywords(s.meta.value(QStringLiteral("news_keywords"), s.meta.value(QStringLiteral("keywords"))));
    return md;
}

} // namespace warta::content
