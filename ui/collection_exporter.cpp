#include "ui/collection_exporter.h"

#include "storage/cache_store.h"

#include "storage/article_store.h"
#include "storage/feed_store.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace warta::ui {

namespace {

QList<Article> collectionArticles(SqliteConnection &reader, const QString &collection)
{
    ArticleStore::Filter filter;
    filter.collection = collection;
    QList<Article> out;
    for (const Article &brief : ArticleStore::list(reader, filter))
        out.append(ArticleStore::byId(reader, brief.id));
    return out;
}

QHash<qint64, QString> feedTitles(SqliteConnection &reader)
{
    QHash<qint64, QString> titles;
    for (const Feed &f : FeedStore::all(reader))
        titles.insert(f.id, f.title);
    return titles;
}

// Markdown punctuation in titles would otherwise turn into formatting.
QString mdEscape(const QString &text)
{
    static const QRegularExpression special(QStringLiteral("([\\\\`*_\\[\\]#<>|])"));
    return QString(text).replace(special, QStringLiteral("\\\\1"));
}

QString plainBody(const Article &a)
{
    const QString html = a.extractedHtml.isEmpty() ? (a.content.isEmpty() ? a.summary : a.content)
                                                   : a.extractedHtml;
    QStringList paras;
    QString text = QTextDocumentFragment::fromHtml(html).toPlainText();
    text.remove(QChar::ObjectReplacementCharacter);
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.simplified().isEmpty())
            paras << line.simplified();
    return paras.join(QStringLiteral("\n\n"));
}

} // namespace

QString exportCollectionMarkdown(SqliteConnection &reader, const QString &collection)
{
    const QHash<qint64, QString> feeds = feedTitles(reader);
    QString md = QStringLiteral("# %1\n").arg(mdEscape(collection));
    for (const Article &a : collectionArticles(reader, collection)) {
        md += QStringLiteral("\n## %1\n\n").arg(mdEscape(a.title));
        QStringList meta;
        const QString outlet = a.siteName.isEmpty() ? feeds.value(a.feedId) : a.siteName;
        if (!outlet.isEmpty())
            meta << mdEscape(outlet);
        if (a.published.isValid())
            meta << QLocale().toString(a.published.toLocalTime(), QLocale::ShortFormat);
        if (!a.link.isEmpty())
            meta << QStringLiteral("<%1>").arg(a.link);
        md += QStringLiteral("*%1*\n\n").arg(meta.join(QStringLiteral(" · ")));
        if (!a.tags.isEmpty())
            md += QStringLiteral("Tags: %1\n\n").arg(mdEscape(a.tags.join(QStringLiteral(", "))));
        md += plainBody(a) + QLatin1Char('\n');
        for (const RelatedLink &r : a.related)
            md += QStringLiteral("\n> **Baca Juga:** [%1](%2)\n").arg(mdEscape(r.text), r.url);
    }
    return md;
}

QString inlineCachedImages(SqliteConnection &reader, const QString &html)
{
    // After sanitising, cached images are exactly src="warta://image/<hex>"; the file must
    // read without Warta, so their bytes go in as data: URIs (the sanitiser would drop
    // data: URLs, hence this step comes after it).
    static const QRegularExpression re(QStringLiteral("src=\"warta://image/([0-9a-f]{64})\""));
    QString out;
    qsizetype from = 0;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += html.mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        const CacheStore::Resource r = CacheStore::resourceByHash(reader, m.captured(1));
        if (r.found && r.mimeType.startsWith(QLatin1String("image/")))
            out += QStringLiteral("src=\"data:%1;base64,%2\"")
                       .arg(r.mimeType.toHtmlEscaped(), QString::fromLatin1(r.data.toBase64()));
        else
            out += QStringLiteral("src=\"\"");
    }
    return out + html.mid(from);
}

QByteArray exportCollectionHtml(SqliteConnection &reader, const QString &collection, const HtmlSanitizer &sanitize)
{
    const QHash<qint64, QString> feeds = feedTitles(reader);
    QString articles;
    for (const Article &a : collectionArticles(reader, collection))
        articles += QStringLiteral("<article>\n%1<div class=\"body\">%2</div></article>\n<hr>\n")
                        .arg(renderArticleHeader(a, feeds.value(a.feedId)),
                             inlineCachedImages(reader, renderArticleBody(a, sanitize)));
    // Self-contained: inline styles, and a CSP that forbids any load from outside the file.
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "img-src data:; style-src 'unsafe-inline'\">\n<title>%1</title><style>%2</style>"
                          "</head>\n<body><h1 class=\"collection\">%1</h1>\n%3</body></html>\n")
        .arg(collection.toHtmlEscaped(), readerStyleSheet(), articles)
        .toUtf8();
}

} // namespace warta::ui
