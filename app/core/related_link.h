#pragma once

#include <QString>

namespace warta {

/// A "Baca Juga" (read also) link found inside an article's running text.
struct RelatedLink {
    QString text;       ///< anchor text, whitespace-normalised
    QString url;        ///< absolute URL
    int position = 0;   ///< index of the marker in the article body (reading order)
    qint64 targetArticleId = 0; ///< the cached article it points to, 0 if not cached
};

} // namespace warta
