#pragma once

#include "services/article_cacher.h"

#include <QString>
#include <QUrl>

#include <atomic>

namespace warta {

class Storage;

/// What opening a "Baca Juga" link inside Warta did.
struct RelatedOpenOutcome {
    qint64 articleId = 0; ///< the article to show (0 when none could be made)
    bool cached = false;  ///< its full text is stored and reads offline
    QString error;        ///< why caching failed (the article may still show its title)
};

/// Opens the article a "Baca Juga" card points to: the stored article with that link when
/// there is one, else a new article row detached from any feed (like a collection entry
/// whose feed was deleted), then caches its page unless already cached. Blocking (network,
/// extraction): run it on a worker thread. `title` is the card's text, used until the page
/// gives a better one.
[[nodiscard]] RelatedOpenOutcome openRelatedArticle(Storage &storage, const ResourceLoader &load, const QUrl &url,
                                                    const QString &title, const std::atomic_bool &cancelled);

} // namespace warta
