#include "content/extraction.h"

#include "content/boilerplate_filter.h"
#include "content/encoding_sniffer.h"
#include "content/html_document.h"
#include "content/html_sanitizer.h"
#include "content/metadata_extractor.h"
#include "content/pagination.h"
#include "content/readability_scorer.h"
#include "content/related_links.h"
#include "content/tag_extractor.h"
#include "content/text_collector.h"

#include <QSet>

#include <memory>
#include <optional>

namespace warta::content {
namespace {

// Pages beyond this are cut: real articles are far smaller, and the parser's cost is linear,
// so the cut bounds time and memory for hostile input (about 0.2 s for 16 MB).
constexpr qsizetype kMaxPageBytes = 16 * 1024 * 1024;
// Readability's threshold for "this attempt found an article".
constexpr int kMinArticleChars = 500;

struct PageContent {
    QString html;
    QStringList imageUrls; // as kept in `html`, in order, unique
    QStringList paragraphs;
    QVector<warta::RelatedLink> related; // position = paragraphs before it on this page
    QVector<int> blockStarts;            // first index in `related` of each marker, in order
    int textLength = 0;
};

// `facts`: BodyFacts of `doc` as parsed, if the caller has them.
PageContent extractBody(HtmlDocument &doc, const BodyFacts *facts, const QUrl &url, const QString &title,
                        const ScoringFlags &flags, int firstRelatedIndex)
{
    PageContent page;
    if (!doc.isValid() || !doc.body())
        return page;
    const auto blocks = markRelatedBlocks(doc.body(), doc.doc(), url, facts);
    prepareDocument(doc);
    xmlNodePtr article = grabArticle(doc, title, flags);
    if (!article)
        return page;
    removeBoilerplate(article);
    const CollectedText text = collectText(article);
    page.paragraphs = text.paragraphs;
    for (const auto &[marker, before] : text.markers) {
        const int block = dom::attr(marker, "data-block").toInt();
        if (block < 0 || block >= blocks.size())
            continue;
        dom::setAttr(marker, "data-related", QString::number(firstRelatedIndex + page.related.size()));
        for (warta::RelatedLink link : blocks[block]) {
            link.position = before;
            page.related.append(link);
        }
    }
    for (const QString &p : page.paragraphs)
        page.textLength += p.size();
    SanitizeOptions options;
    options.baseUrl = url;
    SanitizedHtml sanitized = serializeSanitized(article, options);
    page.html = std::move(sanitized.html);
    page.imageUrls = std::move(sanitized.imageUrls);
    return page;
}

// Readability's retry ladder: each pass that finds too little text drops one heuristic;
// the longest result wins if none reaches the threshold. Every pass rewrites its tree, so
// each needs a fresh parse; the first uses `parsed` (the tree metadata was read from,
// untouched so far, with its BodyFacts if built) to save one parse per page.
PageContent extractBodyWithRetries(const QByteArray &utf8, std::unique_ptr<HtmlDocument> parsed,
                                   const BodyFacts *parsedFacts, const QUrl &url, const QString &title,
                                   int firstRelatedIndex)
{
    const ScoringFlags ladder[] = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
    PageContent best;
    for (const ScoringFlags &flags : ladder) {
        const BodyFacts *facts = parsed ? parsedFacts : nullptr;
        const std::unique_ptr<HtmlDocument> doc = parsed ? std::move(parsed) : std::make_unique<HtmlDocument>(utf8);
        PageContent page = extractBody(*doc, facts, url, title, flags, firstRelatedIndex);
        if (page.textLength >= kMinArticleChars)
            return page;
        if (page.textLength > best.textLength)
            best = std::move(page);
    }
    return best;
}

QByteArray prepareBytes(QByteArray bytes, const QByteArray &contentType)
{
    if (bytes.size() > kMaxPageBytes)
        bytes.truncate(kMaxPageBytes);
    return decodeToUtf8(bytes, contentType);
}

QString normalisedUrl(const QUrl &u)
{
    return u.adjusted(QUrl::RemoveFragment | QUrl::StripTrailingSlash).toString();
}

} // namespace

Extraction extractArticle(const QByteArray &html, const QUrl &url, const QByteArray &contentType, const PageLoader &loadPage,
                          int maxPages)
{
    Extraction out;
    if (html.trimmed().isEmpty()) {
        out.error = QStringLiteral("empty document");
        return out;
    }
    const QByteArray utf8 = prepareBytes(html, contentType);
    QUrl next;
    auto firstDoc = std::make_unique<HtmlDocument>(utf8);
    std::optional<BodyFacts> firstFacts; // shared by metadata and the first related-links pass
    {
        const HtmlDocument &doc = *firstDoc; // only read here; extraction reuses it
        if (!doc.isValid()) {
            out.error = QStringLiteral("not an HTML document");
            return out;
        }
        const PageMetadata md = extractMetadata(doc, url, firstFacts.emplace(doc.body()));
        out.title = md.title;
        out.byline = md.byline;
        out.editor = md.editor;
        out.source = md.source;
        out.siteName = md.siteName;
        out.language = md.language;
        out.leadImage = md.leadImage;
        out.published = md.published;
        out.tags = extractTags(doc, md.metaTags, firstFacts->text);
        next = findNextPage(doc, url);
    }

    PageContent first = extractBodyWithRetries(utf8, std::move(firstDoc), &*firstFacts, url, out.title, 0);
    out.html = first.html;
    out.imageUrls = first.imageUrls;
    out.paragraphs = first.paragraphs;
    out.related = first.related;

    QSet<QString> seen = {normalisedUrl(url)};
    while (loadPage && next.isValid() && out.pages < maxPages && !seen.contains(normalisedUrl(next))) {
        seen.insert(normalisedUrl(next));
        const std::optional<QByteArray> bytes = loadPage(next);
        if (!bytes || bytes->trimmed().isEmpty())
            break;
        const QByteArray pageUtf8 = prepareBytes(*bytes, {});
        // The next link is read before extraction rewrites the tree, which then reuses it.
        auto pageDoc = std::make_unique<HtmlDocument>(pageUtf8);
        const QUrl pageUrl = next;
        const QUrl following = findNextPage(*pageDoc, pageUrl);
        PageContent page = extractBodyWithRetries(pageUtf8, std::move(pageDoc), nullptr, pageUrl, out.title,
                                                  int(out.related.size()));
        if (page.paragraphs.isEmpty())
            break;
        for (warta::RelatedLink link : page.related) {
            link.position += int(out.paragraphs.size());
            out.related.append(link);
        }
        out.paragraphs += page.paragraphs;
        out.html += page.html;
        // Images come from the sanitiser, so the list matches what `html` keeps.
        for (const QString &src : page.imageUrls)
            if (!out.imageUrls.contains(src))
                out.imageUrls.append(src);
        ++out.pages;
        next = following;
    }

    if (out.paragraphs.isEmpty() && out.title.isEmpty())
        out.error = QStringLiteral("no article content found");
    return out;
}

} // namespace warta::content
