#include "ui/article_html.h"

#include "ui/relative_date.h"

#include <QCoreApplication>
#include <climits>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QUrl>
#include <QUrlQuery>

namespace warta::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString relatedCard(const RelatedLink &link)
{
    // A cached target opens from the cache; any other is fetched, cached and opened in Warta.
    const QString href = link.targetArticleId != 0
                             ? QStringLiteral("warta://article/%1").arg(link.targetArticleId)
                             : relatedOpenUrl(link.url, link.text).toString(QUrl::FullyEncoded);
    QString card = QStringLiteral("<aside class=\"baca-juga%1\"><span class=\"label\">Baca Juga</span> "
                                  "<a href=\"%2\">%3</a>")
                       .arg(link.targetArticleId ? QStringLiteral(" saved") : QString(), esc(href),
                            esc(link.text.isEmpty() ? link.url : link.text));
    if (link.targetArticleId != 0)
        card += QStringLiteral(" <span class=\"saved-mark\">%1</span>")
                    .arg(esc(QCoreApplication::translate("ArticleHtml", "saved offline")));
    return card + QStringLiteral("</aside>\n");
}

} // namespace

QString textOnlyHtml(const QString &untrustedHtml)
{
    // QTextDocument only parses: it runs no script and loads nothing.
    QString text = QTextDocumentFragment::fromHtml(untrustedHtml).toPlainText();
    text.remove(QChar::ObjectReplacementCharacter); // what images and frames leave behind
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString para = line.simplified();
        if (!para.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(esc(para));
    }
    return out;
}

QUrl relatedOpenUrl(const QString &url, const QString &title)
{
    QUrl out(QStringLiteral("warta://related/open"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("url"), QString::fromUtf8(QUrl::toPercentEncoding(url)));
    if (!title.isEmpty())
        query.addQueryItem(QStringLiteral("title"), QString::fromUtf8(QUrl::toPercentEncoding(title)));
    out.setQuery(query);
    return out;
}

QString renderArticleBody(const Article &article, const HtmlSanitizer &sanitize, const HtmlSanitizer &sanitizeStored)
{
    const HtmlSanitizer &clean = sanitize ? sanitize : HtmlSanitizer(textOnlyHtml);
    if (article.extractedHtml.isEmpty()) {
        const QString raw = article.content.isEmpty() ? article.summary : article.content;
        QString body = clean(raw);
        for (const RelatedLink &link : article.related)
            body += relatedCard(link);
        return body;
    }
    // Sanitised whole (pieces between markers may hold unbalanced tags); the sanitiser
    // writes the markers back in one canonical form, which is what is matched here.
    const QString cleaned = sanitizeStored ? sanitizeStored(article.extractedHtml) : textOnlyHtml(article.extractedHtml);
    static const QRegularExpression marker(
        QStringLiteral("<aside\\s+class=\"warta-related\"\\s+data-related=\"(\\d+)\"\\s*>\\s*</aside>"),
        QRegularExpression::CaseInsensitiveOption);
    // A marker holds the index of its block's first link (the stored position); the
    // block's other links follow it up to the next marker's first link.
    QList<QRegularExpressionMatch> matches;
    for (auto it = marker.globalMatch(cleaned); it.hasNext();)
        matches << it.next();
    QString body;
    QList<int> placed;
    qsizetype from = 0;
    for (int i = 0; i < matches.size(); ++i) {
        const QRegularExpressionMatch &m = matches[i];
        body += cleaned.mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        const int first = m.captured(1).toInt();
        const int end = i + 1 < matches.size() ? matches[i + 1].captured(1).toInt() : INT_MAX;
        for (const RelatedLink &link : article.related)
            if (link.position >= first && link.position < end && !placed.contains(link.position)) {
                body += relatedCard(link);
                placed << link.position;
            }
    }
    body += cleaned.mid(from);
    for (const RelatedLink &link : article.related)
        if (!placed.contains(link.position))
            body += relatedCard(link);
    return body;
}

QUrl tagFollowUrl(const QString &tag, bool follow)
{
    return QUrl(QStringLiteral("warta://%1/%2")
                    .arg(follow ? QStringLiteral("tag-follow") : QStringLiteral("tag-unfollow"),
                         QString::fromUtf8(QUrl::toPercentEncoding(tag))));
}

QString renderArticleHeader(const Article &article, const QString &outlet, const TagFollowState &isTagFollowed)
{
    QStringList meta;
    const QString site = article.siteName.isEmpty() ? outlet : article.siteName;
    if (!site.isEmpty())
        meta << QStringLiteral("<span class=\"outlet\">%1</span>").arg(esc(site));
    if (!article.byline.isEmpty() || !article.author.isEmpty())
        meta << esc(article.byline.isEmpty() ? article.author : article.byline);
    if (!article.editor.isEmpty())
        meta << esc(QCoreApplication::translate("ArticleHtml", "Editor: %1").arg(article.editor));
    if (article.published.isValid())
        meta << QStringLiteral("<time>%1</time>").arg(esc(localDateTime(article.published)));
    QString chips;
    for (const QString &tag : article.tags) {
        const bool followed = isTagFollowed && isTagFollowed(tag);
        QString follow;
        if (isTagFollowed)
            follow = QStringLiteral(" <a class=\"follow\" href=\"%1\" title=\"%2\">%3</a>")
                         .arg(esc(tagFollowUrl(tag, !followed).toString(QUrl::FullyEncoded)),
                              esc(followed ? QCoreApplication::translate("ArticleHtml", "Unfollow %1").arg(tag)
                                           : QCoreApplication::translate("ArticleHtml", "Follow %1").arg(tag)),
                              followed ? QStringLiteral("\u2713")
                                       : esc(QCoreApplication::translate("ArticleHtml", "+ Follow")));
        chips += QStringLiteral("<li class=\"chip%1\"><a href=\"warta://tag/%2\">%3</a>%4</li>")
                     .arg(followed ? QStringLiteral(" followed") : QString(),
                          esc(QString::fromUtf8(QUrl::toPercentEncoding(tag))), esc(tag), follow);
    }
    QString header = QStringLiteral("<header><h1>%1</h1><p class=\"meta\">%2</p>")
                         .arg(esc(article.title), meta.join(QStringLiteral(" · ")));
    if (!chips.isEmpty())
        header += QStringLiteral("<ul class=\"tags\">%1</ul>").arg(chips);
    if (!article.link.isEmpty())
        header += QStringLiteral("<p class=\"source\"><a href=\"%1\">%2</a></p>")
                      .arg(esc(article.link), esc(QCoreApplication::translate("ArticleHtml", "Open the original page")));
    return header + QStringLiteral("</header>\n");
}

QString readerStyleSheet()
{
    return QStringLiteral(R"(
:root { --fg:#1d1d1f; --bg:#fdfdfb; --muted:#6b6b70; --accent:#c0392b; --card:#fff6e5; --cardline:#f0a500; --chip:#eef1f5; }
@media (prefers-color-scheme: dark) { :root:not(.light) { --fg:#e6e6e6; --bg:#1e1f22; --muted:#9a9aa0; --accent:#ff7b6b; --card:#3a3220; --cardline:#d89b00; --chip:#2e3238; } }
:root.dark { --fg:#e6e6e6; --bg:#1e1f22; --muted:#9a9aa0; --accent:#ff7b6b; --card:#3a3220; --cardline:#d89b00; --chip:#2e3238; }
body { background:var(--bg); color:var(--fg); font-family:"Noto Serif","DejaVu Serif",Georgia,serif;
       font-size:18px; line-height:1.6; max-width:42em; margin:1.5em auto; padding:0 1.2em; }
h1 { font-family:"Noto Sans","DejaVu Sans",sans-serif; font-size:1.6em; line-height:1.25; margin:0 0 .3em; }
.meta { color:var(--muted); font-family:"Noto Sans","DejaVu Sans",sans-serif; font-size:.8em; margin:0 0 .6em; }
.outlet { color:var(--accent); font-weight:bold; }
ul.tags { list-style:none; padding:0; margin:0 0 1em; }
li.chip a { color:inherit; text-decoration:none; }
li.chip a.follow { color:var(--muted); font-size:.9em; margin-left:.3em; }
li.chip.followed { font-weight:bold; }
li.chip.followed a.follow { color:var(--accent); }
li.chip { display:inline-block; background:var(--chip); border-radius:1em; padding:.1em .7em; margin:0 .3em .3em 0;
          font-family:"Noto Sans","DejaVu Sans",sans-serif; font-size:.75em; }
.source { font-size:.8em; }
a { color:var(--accent); }
img { max-width:100%; height:auto; }
aside.baca-juga { display:block; background:var(--card); border-left:4px solid var(--cardline); border-radius:4px;
                  padding:.5em .8em; margin:1em 0; font-family:"Noto Sans","DejaVu Sans",sans-serif; font-size:.9em; }
aside.baca-juga .label { font-weight:bold; text-transform:uppercase; font-size:.8em; letter-spacing:.05em; }
aside.baca-juga .saved-mark { color:var(--muted); font-size:.8em; white-space:nowrap; }
)");
}

QByteArray renderArticlePage(const Article &article, const ArticleRenderOptions &options)
{
    const QString themeClass = options.theme == QLatin1String("dark") || options.theme == QLatin1String("light")
                                   ? QStringLiteral(" class=\"%1\"").arg(options.theme)
                                   : QString();
    const QString lang = article.language.isEmpty() ? QStringLiteral("id") : article.language;
    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"%2><head><meta charset=\"utf-8\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"%3\">\n"
                       "<title>%4</title><style>%5</style></head>\n<body><article>\n%6<div class=\"body\">\n%7</div>"
                       "</article></body></html>\n")
            .arg(esc(lang), themeClass, QLatin1String(kArticleCsp), esc(article.title), readerStyleSheet(),
                 renderArticleHeader(article, options.outlet, options.isTagFollowed), renderArticleBody(article, options.sanitize, options.sanitizeStored));
    return page.toUtf8();
}

} // namespace warta::ui
