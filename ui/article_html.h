#pragma once

#include "core/article.h"
#include "ui/html_safety.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>

namespace warta::ui {

/// Turns untrusted article HTML into HTML safe to show (see ui/html_safety.h).
using HtmlSanitizer = std::function<QString(const QString &untrustedHtml)>;
/// Whether the reader follows `tag`; when set, each tag chip offers Follow/Unfollow.
using TagFollowState = std::function<bool(const QString &tag)>;

/// The most cautious choice: the text of `untrustedHtml`, escaped, one <p> per paragraph.
[[nodiscard]] QString textOnlyHtml(const QString &untrustedHtml);

/// The Content-Security-Policy every served page carries (Qt 6.4 cannot set headers).
inline constexpr const char *kArticleCsp =
    "default-src 'none'; img-src warta: data:; style-src 'unsafe-inline'";

struct ArticleRenderOptions {
    QString outlet;              ///< feed title when the page named no site
    QString theme;               ///< "light", "dark" or empty to follow the system
    HtmlSanitizer sanitize = sanitizeFeedHtml;         ///< feed content and summary
    HtmlSanitizer sanitizeStored = sanitizeStoredHtml; ///< stored extracted HTML
    TagFollowState isTagFollowed; ///< empty: chips without follow links (exports)
};

/// Where a chip's follow link points: `warta://tag-follow/<tag>` or `warta://tag-unfollow/<tag>`.
[[nodiscard]] QUrl tagFollowUrl(const QString &tag, bool follow);

/// Where an uncached "Baca Juga" card points: `warta://related/open?url=...&title=...`;
/// clicking it fetches, caches and opens the article inside Warta.
[[nodiscard]] QUrl relatedOpenUrl(const QString &url, const QString &title);

/// The article body: extracted HTML when present, else the feed's content or summary,
/// sanitised, with "Baca Juga" cards where the extractor left their markers.
[[nodiscard]] QString renderArticleBody(const Article &article, const HtmlSanitizer &sanitize,
                                        const HtmlSanitizer &sanitizeStored = sanitizeStoredHtml);
/// The header: title, outlet, byline, editor, local date and tag chips (with follow links
/// when `isTagFollowed` is set).
[[nodiscard]] QString renderArticleHeader(const Article &article, const QString &outlet,
                                          const TagFollowState &isTagFollowed = {});
/// A whole page for the reader pane, with the CSP <meta> and reader typography.
[[nodiscard]] QByteArray renderArticlePage(const Article &article, const ArticleRenderOptions &options);
/// The reader style sheet (also used by the HTML export).
[[nodiscard]] QString readerStyleSheet();

} // namespace warta::ui
