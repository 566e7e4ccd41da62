#include "services/article_cacher.h"

#include "content/extraction.h"
#include "net/fetcher.h"
#include "storage/article_store.h"
#include "storage/cache_store.h"
#include "storage/storage.h"

#include <QCryptographicHash>
#include <QHash>

namespace warta {

namespace {

constexpr int kMaxImages = 40;
constexpr qint64 kMaxImageBytes = 8 * 1024 * 1024;
// Real article pages weigh well under 1 MB; the cap bounds a hostile page's cost.
constexpr qint64 kMaxPageBytes = 8 * 1024 * 1024;

bool isImageType(const QByteArray &contentType)
{
    return contentType.trimmed().toLower().startsWith("image/");
}

} // namespace

ResourceLoader networkLoader(net::Fetcher &fetcher)
{
    return [&fetcher](const QUrl &url, qint64 maxBytes) {
        net::FetchRequest request;
        request.url = url;
        request.maxBytes = maxBytes;
        request.transferTimeoutMs = 30'000;
        const net::FetchResult r = fetcher.fetch(request).result();
        return LoadedResource{r.ok(), r.body, r.contentType, r.finalUrl, r.errorMessage};
    };
}

QString cachedImageUrl(const QString &sha256)
{
    return QStringLiteral("warta://image/") + sha256;
}

CacheOutcome cacheArticle(Storage &storage, const ResourceLoader &load, qint64 articleId,
                          const std::atomic_bool &cancelled)
{
    CacheOutcome outcome;
    outcome.articleId = articleId;
    const Article article = ArticleStore::byId(*storage.openReader(), articleId);
    const QUrl link(article.link);
    auto fail = [&](const QString &error) {
        outcome.error = error;
        if (!cancelled)
            storage.write(QStringLiteral("recording an extraction failure"), [articleId, error](SqliteConnection &db) {
                CacheStore::saveExtractionError(db, articleId, error);
            }).waitForFinished();
        return outcome;
    };
    if (!article.id)
        return outcome; // deleted meanwhile
    if (!link.isValid() || !link.scheme().startsWith(QLatin1String("http")))
        return fail(QStringLiteral("the article has no web page to fetch"));

    const LoadedResource page = load(link, kMaxPageBytes);
    if (cancelled)
        return outcome;
    if (!page.ok)
        return fail(QStringLiteral("fetching the page failed: %1").arg(page.error));

    // Next pages are fetched on demand by the extractor, through the same fetcher.
    const content::PageLoader loadPage = [&](const QUrl &url) -> std::optional<QByteArray> {
        if (cancelled)
            return std::nullopt;
        const LoadedResource next = load(url, kMaxPageBytes);
        if (!next.ok)
            return std::nullopt;
        return next.body;
    };
    const content::Extraction extraction =
        content::extractArticle(page.body, page.finalUrl.isValid() ? page.finalUrl : link, page.contentType, loadPage);
    if (!extraction.error.isEmpty())
        return fail(extraction.error);

    // Images: each distinct URL fetched once; the HTML then points at the cache.
    QHash<QString, QString> cachedUrl; // remote URL -> warta://image/<sha256>
    QList<std::tuple<QString, QString, QByteArray>> images; // url, mime, bytes
    QStringList wanted = extraction.imageUrls;
    if (!extraction.leadImage.isEmpty() && !wanted.contains(extraction.leadImage))
        wanted.append(extraction.leadImage);
    for (const QString &url : std::as_const(wanted)) {
        if (cancelled || images.size() >= kMaxImages)
            break;
        const LoadedResource image = load(QUrl(url), kMaxImageBytes);
        if (!image.ok || !isImageType(image.contentType) || image.body.isEmpty())
            continue;
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(image.body, QCryptographicHash::Sha256).toHex());
        cachedUrl.insert(url, cachedImageUrl(hash));
        images.append({url, QString::fromLatin1(image.contentType.split(';').first().trimmed()), image.body});
    }
    if (cancelled)
        return outcome;

    CacheStore::ExtractedContent stored;
    // Images that could not be cached are dropped rather than loaded remotely later.
    stored.html = content::rewriteUrls(extraction.html, [&](const QString &url) {
        if (cachedUrl.contains(url))
            return cachedUrl.value(url);
        return url.startsWith(QLatin1String("http")) && !extraction.imageUrls.contains(url) ? url : QString();
    });
    stored.text = extraction.paragraphs.join(QStringLiteral("\n\n"));
    stored.byline = extraction.byline;
    stored.editor = extraction.editor;
    stored.source = extraction.source;
    stored.siteName = extraction.siteName;
    stored.language = extraction.language;
    stored.leadImage = extraction.leadImage;
    stored.published = extraction.published;
    stored.tags = extraction.tags;
    stored.related = QList<RelatedLink>(extraction.related.begin(), extraction.related.end());

    auto saved = storage.write(QStringLiteral("saving an article for offline reading"),
                               [articleId, stored, images](SqliteConnection &db) {
        Transaction tx(db);
        for (const auto &[url, mime, bytes] : images)
            CacheStore::putResource(db, articleId, url, mime, bytes);
        CacheStore::saveExtraction(db, articleId, stored);
        tx.commit();
    });
    try {
        saved.waitForFinished();
    } catch (const std::exception &e) {
        outcome.error = QString::fromUtf8(e.what());
        return outcome;
    }
    outcome.ok = true;
    outcome.images = int(images.size());
    return outcome;
}

} // namespace warta
