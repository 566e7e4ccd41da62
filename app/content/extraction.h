#pragma once

#include "core/related_link.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <functional>
#include <optional>

namespace warta::content {

/// What the content layer makes of one article (all its pages).
struct Extraction {
    QString title;
    QString byline;   ///< writer as credited, without channel/outlet labels
    QString editor;   ///< "Editor:" credit
    QString source;   ///< "Sumber:" credit or the outlet of a syndication line
    QString siteName;
    QString language;
    QString leadImage; ///< absolute og:image (site-wide logo fallbacks dropped)
    QDateTime published; ///< UTC, invalid if unknown
    QStringList tags;    ///< display form, page order, de-duplicated case-insensitively
    /// Inline related-link blocks in reading order. `position` is the number of running-text
    /// paragraphs before the block, so a client can place the card without parsing `html`.
    QVector<warta::RelatedLink> related;
    /// Sanitised body; each related block is an <aside class="warta-related" data-related="N">
    /// where N is the index in `related` of the block's first link.
    QString html;
    QStringList paragraphs; ///< running text, one entry per paragraph/heading/list item
    QStringList imageUrls;  ///< absolute URLs of the images kept in `html`
    int pages = 1;
    QString error; ///< non-empty when nothing usable could be extracted
};

/// Fetches a further page of an article; an empty optional (or empty bytes) ends pagination.
using PageLoader = std::function<std::optional<QByteArray>(const QUrl &)>;

/// Extracts the article from page bytes. `contentType` is the HTTP header (for its charset).
/// Follows next-page links through `loadPage` (at most `maxPages` documents, never a URL twice).
[[nodiscard]] Extraction extractArticle(const QByteArray &html, const QUrl &url,
                                        const QByteArray &contentType = {},
                                        const PageLoader &loadPage = {}, int maxPages = 10);

/// Allow-list sanitiser for untrusted HTML (article bodies and feed content): keeps text
/// structure, links and images with absolute http(s) URLs; drops scripts, styles, event
/// handlers, forms and embeds (iframes become links).
[[nodiscard]] QString sanitizeHtml(const QString &html, const QUrl &baseUrl);

/// Rewrites every img src and a href of already sanitised HTML through `map`
/// (e.g. image URLs to warta:// cache URLs). An empty result drops the attribute.
[[nodiscard]] QString rewriteUrls(const QString &html, const std::function<QString(const QString &)> &map);

} // namespace warta::content
